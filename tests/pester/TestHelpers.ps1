# Shared by the Pester tests: paths, ACL fixtures, the scanner for constructs that Windows
# PowerShell 5.1 cannot run, and fresh PowerShell children.

$script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
$script:BuiltModuleRoot = Join-Path $script:RepoRoot 'out/module/WuTrust'
$script:BuiltManifest = Join-Path $script:BuiltModuleRoot 'WuTrust.psd1'
$script:CasesRoot = Join-Path $script:RepoRoot 'tests/cases'
$script:SamplesRoot = Join-Path $script:RepoRoot 'samples'

# ACL fixtures (FACTS.md 3): CryptSvc's service SID, a healthy AuthRoot and AutoUpdate, and seed
# 000's AutoUpdate (inheritance disabled, converted to explicit, the CryptSvc entry gone).
$script:CS = 'S-1-5-80-242729624-280608522-2219052887-3187409060-2225943459'
$script:Broken = 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)'
$script:Parent = "O:SYG:SYD:AI(A;OICI;GA;;;$script:CS)(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)"
$script:Healthy = "O:SYG:SYD:AI(A;OICIID;GA;;;$script:CS)(A;CIID;KA;;;SY)(A;CIID;KA;;;BA)(A;CIID;KR;;;BU)"

function Import-WuTrustBuiltModule {
    if (-not (Test-Path -LiteralPath $script:BuiltManifest)) {
        throw "The built module is missing ($script:BuiltManifest); run build.ps1 -Task Build first."
    }
    Import-Module $script:BuiltManifest -Force -ErrorAction Stop
}

function Get-WuTestCase {
    # Every case file, with its request text exactly as the Node runner builds it.
    Get-ChildItem -Path $script:CasesRoot -Recurse -Filter '*.json' | Sort-Object FullName | ForEach-Object {
        $relative = $_.FullName.Substring($script:CasesRoot.Length + 1).Replace('\', '/')
        @{ Id = $relative; Path = $_.FullName }
    }
}


function Find-WuPs7OnlyConstruct {
    # Constructs Windows PowerShell 5.1 cannot parse or run, found in a script's text.
    param([Parameter(Mandatory = $true)][string]$Text, [string]$Name = 'script')
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Text, [ref]$tokens, [ref]$errors)
    $found = New-Object System.Collections.Generic.List[string]
    foreach ($e in $errors) { $found.Add("${Name}: parse error: $($e.Message)") }
    $astChecks = @{
        'ternary operator ?:'            = { param($n) $n.GetType().Name -eq 'TernaryExpressionAst' }
        'pipeline chain && or ||'        = { param($n) $n.GetType().Name -eq 'PipelineChainAst' }
        'null-coalescing ??'             = {
            param($n)
            $n -is [System.Management.Automation.Language.BinaryExpressionAst] -and $n.Operator.ToString() -eq 'QuestionQuestion'
        }
        'null-coalescing assignment ??=' = {
            param($n)
            $n -is [System.Management.Automation.Language.AssignmentStatementAst] -and $n.Operator.ToString() -eq 'QuestionQuestionEquals'
        }
        'null-conditional ?. or ?['      = {
            param($n)
            $access = $n -is [System.Management.Automation.Language.MemberExpressionAst] -or
                $n -is [System.Management.Automation.Language.IndexExpressionAst]
            $access -and $n.PSObject.Properties['NullConditional'] -and $n.NullConditional
        }
    }
    foreach ($label in $astChecks.Keys) {
        $predicate = $astChecks[$label]
        foreach ($hit in $ast.FindAll({ param($n) & $predicate $n }, $true)) {
            $found.Add("${Name}:$($hit.Extent.StartLineNumber): $label")
        }
    }
    # Parameters that exist only in PowerShell 6+ (command -> parameters).
    $newParameters = @{
        'ForEach-Object'   = @('Parallel', 'ThrottleLimit', 'AsJob', 'UseNewRunspace')
        'ConvertFrom-Json' = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
        'ConvertTo-Json'   = @('AsArray', 'EnumsAsStrings', 'EscapeHandling')
        'Get-Content'      = @('AsByteStream')
        'Set-Content'      = @('AsByteStream')
        'Add-Content'      = @('AsByteStream')
        'Split-Path'       = @('LeafBase', 'Extension')
        'Get-Date'         = @('AsUTC')
        'Join-Path'        = @('AdditionalChildPath')
        'Invoke-WebRequest' = @('SkipCertificateCheck', 'SslProtocol')
        'Invoke-RestMethod' = @('SkipCertificateCheck', 'SslProtocol')
        'Import-Module'    = @('UseWindowsPowerShell')
    }
    $newCommands = @(
        'Test-Json', 'Get-Error', 'Remove-Alias', 'Join-String', 'ConvertFrom-Markdown', 'Get-Uptime', 'Remove-Service', 'Clear-RecycleBin'
    )
    $aliases = @{ '%' = 'ForEach-Object'; 'foreach' = 'ForEach-Object' }
    foreach ($command in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $commandName = $command.GetCommandName()
        if (-not $commandName) { continue }
        if ($aliases.ContainsKey($commandName)) { $commandName = $aliases[$commandName] }
        $at = "${Name}:$($command.Extent.StartLineNumber)"
        if ($newCommands -contains $commandName) { $found.Add("${at}: $commandName is not in Windows PowerShell 5.1") }
        if ($newParameters.ContainsKey($commandName)) {
            foreach ($element in $command.CommandElements) {
                if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
                    foreach ($p in $newParameters[$commandName]) {
                        $prefixOf = $p.StartsWith($element.ParameterName, [System.StringComparison]::OrdinalIgnoreCase)
                        if ($prefixOf -and $element.ParameterName.Length -ge 3) {
                            $found.Add("${at}: $commandName -$p is PowerShell 6+")
                        }
                    }
                }
            }
        }
        if ($commandName -in @('Out-File', 'Set-Content', 'Add-Content') ) {
            $text = $command.Extent.Text
            if ($text -match '(?i)-Encoding\s+(utf8NoBOM|utf8BOM|ansi)') { $found.Add("${at}: -Encoding $($Matches[1]) is PowerShell 6+") }
        }
    }
    foreach ($variable in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.VariableExpressionAst] }, $true)) {
        if ($variable.VariablePath.UserPath -in @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR', 'PSStyle')) {
            $message = "`$$($variable.VariablePath.UserPath) does not exist in Windows PowerShell 5.1 (strict mode fails)"
            $found.Add("${Name}:$($variable.Extent.StartLineNumber): $message")
        }
    }
    , $found.ToArray()
}

function Invoke-WuFreshPwsh {
    # Runs a command in a new PowerShell process that sees what a new machine sees: HOME, the XDG
    # folders, LOCALAPPDATA/APPDATA and the module analysis cache all point into a new empty folder
    # (no profile, no cache of earlier sessions). Returns the output lines; $LASTEXITCODE is the child's.
    param([Parameter(Mandatory = $true)][string]$Command)
    $exe = (Get-Process -Id $PID).Path
    $prefix = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @((Join-Path $PSHOME 'pwsh.dll')) }
    $fresh = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-fresh-' + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $fresh
    $names = @('HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'LOCALAPPDATA', 'APPDATA', 'PSModuleAnalysisCachePath')
    $saved = @{}
    foreach ($name in $names) { $saved[$name] = [System.Environment]::GetEnvironmentVariable($name) }
    try {
        foreach ($name in $names) {
            $value = if ($name -eq 'PSModuleAnalysisCachePath') { Join-Path $fresh 'ModuleAnalysisCache' } else { $fresh }
            [System.Environment]::SetEnvironmentVariable($name, $value)
        }
        & $exe @prefix -NoProfile -NonInteractive -Command $Command
    } finally {
        foreach ($name in $names) { Set-WuTestEnvironmentVariable -Name $name -Value $saved[$name] }
        Remove-Item -LiteralPath $fresh -Recurse -Force -ErrorAction SilentlyContinue
    }
}

function Get-WuTestHealthyNetwork {
    # The network section of samples/healthy.json (direct, genuine chains, DNS resolving), for
    # tests that collect live with the collectors mocked: no test probes a real endpoint.
    $sample = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'healthy.json') | ConvertFrom-Json
    [ordered]@{ network = $sample.network }
}

function Get-WuTestHealthyLogs {
    # The update-log sections of samples/healthy.json (the logs read, no failure; its setup logs),
    # for live tests with the collectors mocked.
    $sample = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'healthy.json') | ConvertFrom-Json
    [ordered]@{ updateLogs = $sample.updateLogs; logs = $sample.logs }
}

function Set-WuTestEnvironmentVariable {
    # Sets a process environment variable, or removes it for $null: PowerShell passes $null to a .NET
    # string parameter as "", and [Environment]::SetEnvironmentVariable(name, "") leaves the variable
    # set but empty, which a child still sees (edge-js turns its trace on for any EDGE_DEBUG).
    param([Parameter(Mandatory = $true)][string]$Name, [AllowNull()][string]$Value)
    if ([string]::IsNullOrEmpty($Value)) {
        Remove-Item -LiteralPath "Env:$Name" -ErrorAction SilentlyContinue
    } else {
        [System.Environment]::SetEnvironmentVariable($Name, $Value)
    }
}
