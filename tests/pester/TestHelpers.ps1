# Shared by the Pester tests: paths, the case matcher (the same rules as tests/node/caseFiles.ts),
# and the scanner for constructs that Windows PowerShell 5.1 cannot run.

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


function Test-WuJsonPartial {
    # Returns $null when every key of $Expected matches $Actual; otherwise the first mismatch.
    param([AllowNull()][object]$Expected, [AllowNull()][object]$Actual, [string]$Path = '$')
    if ($Expected -is [System.Array]) {
        if ($Actual -isnot [System.Array]) { return "${Path}: expected an array, got '$Actual'" }
        if ($Expected.Count -eq 0 -and $Actual.Count -ne 0) { return "${Path}: expected an empty array, got $($Actual.Count) items" }
        # Arrays of plain values must match exactly (as in tests/node/caseFiles.ts).
        $plain = @($Expected | Where-Object { $_ -is [System.Management.Automation.PSCustomObject] -or $_ -is [System.Array] }).Count -eq 0
        if ($plain -and $Expected.Count -ne $Actual.Count) { return "${Path}: expected exactly $($Expected.Count) items, got $($Actual.Count)" }
        if ($Actual.Count -lt $Expected.Count) { return "${Path}: expected at least $($Expected.Count) items, got $($Actual.Count)" }
        for ($i = 0; $i -lt $Expected.Count; $i++) {
            $m = Test-WuJsonPartial -Expected $Expected[$i] -Actual $Actual[$i] -Path "$Path[$i]"
            if ($null -ne $m) { return $m }
        }
        return $null
    }
    if ($Expected -is [System.Management.Automation.PSCustomObject]) {
        if ($Actual -isnot [System.Management.Automation.PSCustomObject]) { return "${Path}: expected an object, got '$Actual'" }
        foreach ($property in $Expected.PSObject.Properties) {
            $actualProperty = $Actual.PSObject.Properties[$property.Name]
            # No 'if' expression here: it would unroll a one-element array into its element.
            $actualValue = $null
            if ($null -ne $actualProperty) { $actualValue = $actualProperty.Value }
            if ($null -eq $actualProperty -and $null -ne $property.Value) { return "$Path.$($property.Name): missing" }
            $m = Test-WuJsonPartial -Expected $property.Value -Actual $actualValue -Path "$Path.$($property.Name)"
            if ($null -ne $m) { return $m }
        }
        return $null
    }
    if ($null -eq $Expected) {
        if ($null -eq $Actual) { return $null }
        return "${Path}: expected null, got '$Actual'"
    }
    if ($null -eq $Actual -or $Expected.GetType() -ne $Actual.GetType()) {
        $numeric = ($Expected -is [int] -or $Expected -is [long] -or $Expected -is [double]) -and ($Actual -is [int] -or $Actual -is [long] -or $Actual -is [double])
        if (-not $numeric) { return "${Path}: expected '$Expected' ($($Expected.GetType().Name)), got '$Actual'" }
    }
    if ($Expected -is [string]) {
        if ($Expected -cne $Actual) { return "${Path}: expected '$Expected', got '$Actual'" }
        return $null
    }
    if ($Expected -ne $Actual) { return "${Path}: expected '$Expected', got '$Actual'" }
    return $null
}

function Get-WuCaseMismatch {
    # All mismatches between a case's expectations and an engine response (none = the case holds).
    param([Parameter(Mandatory = $true)][object]$Expect, [Parameter(Mandatory = $true)][object]$Response)
    $problems = New-Object System.Collections.Generic.List[string]
    if ($Response.ok -ne $Expect.ok) {
        $problems.Add("ok: expected $($Expect.ok), got $($Response.ok) ($($Response.error | ConvertTo-Json -Compress))")
        return , $problems.ToArray()
    }
    if ($Expect.PSObject.Properties['error']) {
        $m = Test-WuJsonPartial -Expected $Expect.error -Actual $Response.error -Path '$.error'
        if ($m) { $problems.Add($m) }
    }
    if ($Expect.PSObject.Properties['findingIds']) {
        $actual = (@($Response.result.findings | ForEach-Object { $_.id }) | Sort-Object -CaseSensitive) -join ','
        $expected = (@($Expect.findingIds) | Sort-Object -CaseSensitive) -join ','
        if ($actual -cne $expected) { $problems.Add("findingIds: expected [$expected], got [$actual]") }
    }
    if ($Expect.PSObject.Properties['checks']) {
        $all = @($Response.result.checksRun) + @($Response.result.checksNotRun)
        foreach ($check in $Expect.checks.PSObject.Properties) {
            $found = $all | Where-Object { $_.id -ceq $check.Name } | Select-Object -First 1
            $outcome = if ($found) { $found.outcome } else { 'no such check' }
            if ($outcome -cne $check.Value) { $problems.Add("check $($check.Name): expected $($check.Value), got $outcome") }
        }
    }
    if ($Expect.PSObject.Properties['result']) {
        $m = Test-WuJsonPartial -Expected $Expect.result -Actual $Response.result -Path '$.result'
        if ($m) { $problems.Add($m) }
    }
    , $problems.ToArray()
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
        'ternary operator ?:'          = { param($n) $n.GetType().Name -eq 'TernaryExpressionAst' }
        'pipeline chain && or ||'      = { param($n) $n.GetType().Name -eq 'PipelineChainAst' }
        'null-coalescing ??'           = { param($n) $n -is [System.Management.Automation.Language.BinaryExpressionAst] -and $n.Operator.ToString() -eq 'QuestionQuestion' }
        'null-coalescing assignment ??=' = { param($n) $n -is [System.Management.Automation.Language.AssignmentStatementAst] -and $n.Operator.ToString() -eq 'QuestionQuestionEquals' }
        'null-conditional ?. or ?['    = { param($n) ($n -is [System.Management.Automation.Language.MemberExpressionAst] -or $n -is [System.Management.Automation.Language.IndexExpressionAst]) -and $n.PSObject.Properties['NullConditional'] -and $n.NullConditional }
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
    $newCommands = @('Test-Json', 'Get-Error', 'Remove-Alias', 'Join-String', 'ConvertFrom-Markdown', 'Get-Uptime', 'Remove-Service', 'Clear-RecycleBin')
    $aliases = @{ '%' = 'ForEach-Object'; 'foreach' = 'ForEach-Object' }
    foreach ($command in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $commandName = $command.GetCommandName()
        if (-not $commandName) { continue }
        if ($aliases.ContainsKey($commandName)) { $commandName = $aliases[$commandName] }
        if ($newCommands -contains $commandName) { $found.Add("${Name}:$($command.Extent.StartLineNumber): $commandName is not in Windows PowerShell 5.1") }
        if ($newParameters.ContainsKey($commandName)) {
            foreach ($element in $command.CommandElements) {
                if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
                    foreach ($p in $newParameters[$commandName]) {
                        if ($p.StartsWith($element.ParameterName, [System.StringComparison]::OrdinalIgnoreCase) -and $element.ParameterName.Length -ge 3) {
                            $found.Add("${Name}:$($command.Extent.StartLineNumber): $commandName -$p is PowerShell 6+")
                        }
                    }
                }
            }
        }
        if ($commandName -in @('Out-File', 'Set-Content', 'Add-Content') ) {
            $text = $command.Extent.Text
            if ($text -match '(?i)-Encoding\s+(utf8NoBOM|utf8BOM|ansi)') { $found.Add("${Name}:$($command.Extent.StartLineNumber): -Encoding $($Matches[1]) is PowerShell 6+") }
        }
    }
    foreach ($variable in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.VariableExpressionAst] }, $true)) {
        if ($variable.VariablePath.UserPath -in @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR', 'PSStyle')) {
            $found.Add("${Name}:$($variable.Extent.StartLineNumber): `$$($variable.VariablePath.UserPath) does not exist in Windows PowerShell 5.1 (strict mode fails)")
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
        foreach ($name in $names) { [System.Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        Remove-Item -LiteralPath $fresh -Recurse -Force -ErrorAction SilentlyContinue
    }
}
