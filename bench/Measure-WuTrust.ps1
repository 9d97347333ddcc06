<#
.SYNOPSIS
WuTrust benchmarks, each beside its baseline measured in the same run. See bench/README.md.

.DESCRIPTION
1. Start-up: a bare `pwsh -NoProfile` start (baseline), the same plus Import-Module WuTrust, and
   the same plus Import-Module and the first engine call (Get-WuTrustStatus -Snapshot). The module's
   cost is the difference of the medians. Target: Import-Module plus the first call adds < 250 ms.
   More starts in the same rounds attribute the cost:
   - floor: an empty module's import, and a minimal module that loads the same Jint build and
     evaluates one line (what any module with an in-process Jint pays before doing anything);
   - the same first call with the plain IL Jint build (what ReadyToRun saves);
   - the same first call with Jint's net8.0 build (what choosing its netstandard2.1 build saves:
     the net8.0 build enumerates every system time zone when its first Options is created).
   - when given PowerShell's own assemblies precompiled (-ReadyToRunPwshDir; the PowerShell .NET
     tool ships them as IL, official releases precompiled), the bare start, import, first call and
     floor kinds again on a copy of this PowerShell with them in place.
2. Per call, after the first call: Get-WuTrustStatus -Snapshot on a sample, beside the baseline
   of reading and parsing the same file with ConvertFrom-Json. Target: < 50 ms per call. Measured
   in child sessions (CallSessions of CallRuns calls each, alternating with the baseline module's
   sessions when one is given).
3. With -BaselineModulePath (the module built from an earlier commit: build.ps1 -Task Bench
   -BaselineRef <commit>), the import, first-call and per-call kinds of that module in the same
   rounds, so a change's cost is read beside its "before" (no regression above 10%).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$Sample,
    # Jint's and Acornima's net8.0 builds (two paths), for the attribution start; skipped when not given.
    [string[]]$Net8Assemblies,
    # PowerShell's own assemblies precompiled (tools/bench/WuTrust.Bench.PwshR2R.csproj): the
    # start-up kinds run again on a copy of this PowerShell with them in place; skipped when not given.
    [string]$ReadyToRunPwshDir,
    # The module built from an earlier commit, measured in the same rounds; skipped when not given.
    [string]$BaselineModulePath,
    [int]$StartRuns = 20,
    [int]$CallRuns = 200,
    # Child sessions per module for the per-call figures, alternating between the modules; each
    # makes CallRuns calls after its first (the first calls of a session are Jint's warm-up, so
    # fewer calls per session would measure the warm-up more than the steady state).
    [int]$CallSessions = 2
)
$ErrorActionPreference = 'Stop'

function Get-Median([double[]]$Values) {
    $sorted = $Values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { return $sorted[($n - 1) / 2] }
    return ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2
}
function Get-Percentile([double[]]$Values, [double]$P) {
    $sorted = @($Values | Sort-Object)
    $sorted[[math]::Min($sorted.Count - 1, [math]::Ceiling($P * $sorted.Count) - 1)]
}

# Start pwsh the way this session was started (the apphost, or dotnet + pwsh.dll for the .NET tool).
$exe = (Get-Process -Id $PID).Path
$prefix = @()
if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @((Join-Path $PSHOME 'pwsh.dll')) }

function Measure-Start([string]$Command, [string[]]$Launch) {
    # $Launch: the pwsh to start, when not this session's (dotnet + a pwsh.dll).
    $file = $exe; $arguments = $prefix
    if ($Launch) { $file = $Launch[0]; $arguments = @($Launch | Select-Object -Skip 1) }
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    & $file @arguments -NoProfile -NonInteractive -Command $Command | Out-Null
    $sw.Stop()
    if ($LASTEXITCODE -ne 0) { throw "Benchmark command failed: $Command" }
    $sw.Elapsed.TotalMilliseconds
}

$moduleRoot = Split-Path -Parent $ModulePath
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-bench-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $scratch | Out-Null
try {
    # The same module without its ReadyToRun Jint builds (lib/net10.0-*): what precompiling saves.
    $ilCopy = Join-Path $scratch 'il/WuTrust'
    New-Item -ItemType Directory -Path (Split-Path -Parent $ilCopy) | Out-Null
    Copy-Item -Path $moduleRoot -Destination $ilCopy -Recurse
    Get-ChildItem -Path (Join-Path $ilCopy 'lib') -Directory -Filter 'net10.0-*' | Remove-Item -Recurse -Force
    # The IL module again with Jint's net8.0 build in place of its netstandard2.1 build.
    $net8Copy = $null
    if ($Net8Assemblies) {
        $net8Copy = Join-Path $scratch 'net8/WuTrust'
        New-Item -ItemType Directory -Path (Split-Path -Parent $net8Copy) | Out-Null
        Copy-Item -Path $ilCopy -Destination $net8Copy -Recurse
        Copy-Item -Path $Net8Assemblies -Destination (Join-Path $net8Copy 'lib/netstandard2.1') -Force
    }
    # Floor: an empty module, and a minimal module that loads the same Jint build WuTrust loads
    # here and evaluates one line.
    $emptyModule = Join-Path $scratch 'Empty/Empty.psm1'
    New-Item -ItemType Directory -Path (Split-Path -Parent $emptyModule) | Out-Null
    Set-Content -LiteralPath $emptyModule -Value 'function Get-Nothing { [CmdletBinding()] param() }' -Encoding ascii
    $nothingElse = @{ CmdletsToExport = @(); VariablesToExport = @(); AliasesToExport = @() }
    New-ModuleManifest -Path ($emptyModule -replace 'psm1$', 'psd1') -RootModule 'Empty.psm1' -FunctionsToExport 'Get-Nothing' @nothingElse
    $emptyModule = $emptyModule -replace 'psm1$', 'psd1'
    Import-Module $ModulePath -Force
    $jintLib = & (Get-Module WuTrust) { Get-WuTrustJintLibraryPath }
    Remove-Module WuTrust
    $floorModule = Join-Path $scratch 'Floor/Floor.psm1'
    New-Item -ItemType Directory -Path (Split-Path -Parent $floorModule) | Out-Null
    Set-Content -LiteralPath $floorModule -Encoding ascii -Value @"
function Invoke-Floor {
    [CmdletBinding()] param()
    [void][System.Reflection.Assembly]::LoadFrom('$jintLib/Acornima.dll')
    [void][System.Reflection.Assembly]::LoadFrom('$jintLib/Jint.dll')
    `$engine = [Jint.Engine]::new([Jint.Options]::new())
    `$engine.Evaluate('JSON.stringify({ sum: 1 + 2 })').ToString()
}
"@
    New-ModuleManifest -Path ($floorModule -replace 'psm1$', 'psd1') -RootModule 'Floor.psm1' -FunctionsToExport 'Invoke-Floor' @nothingElse
    $floorModule = $floorModule -replace 'psm1$', 'psd1'

    $kinds = [ordered]@{
        bare          = 'exit 0'
        import        = "Import-Module '$ModulePath'; exit 0"
        firstCall     = "Import-Module '$ModulePath'; `$null = Get-WuTrustStatus -Snapshot '$Sample'; exit 0"
        emptyModule   = "Import-Module '$emptyModule'; exit 0"
        jintFloor     = "Import-Module '$floorModule'; `$null = Invoke-Floor; exit 0"
        firstCallIl   = "Import-Module '$(Join-Path $ilCopy 'WuTrust.psd1')'; `$null = Get-WuTrustStatus -Snapshot '$Sample'; exit 0"
    }
    if ($BaselineModulePath) {
        $kinds.baselineImport = "Import-Module '$BaselineModulePath'; exit 0"
        $kinds.baselineFirstCall = "Import-Module '$BaselineModulePath'; `$null = Get-WuTrustStatus -Snapshot '$Sample'; exit 0"
    }
    if ($net8Copy) {
        $kinds.firstCallNet8 = "Import-Module '$(Join-Path $net8Copy 'WuTrust.psd1')'; `$null = Get-WuTrustStatus -Snapshot '$Sample'; exit 0"
    }
    $launch = @{}
    if ($ReadyToRunPwshDir -and $prefix.Count -gt 0) {
        # A copy of this PowerShell with its own assemblies precompiled, started the same way.
        $r2rHome = Join-Path $scratch 'pwsh-r2r'
        Copy-Item -Path $PSHOME -Destination $r2rHome -Recurse
        foreach ($dll in (Get-ChildItem -Path $ReadyToRunPwshDir -Filter '*.dll')) {
            if (Test-Path -LiteralPath (Join-Path $r2rHome $dll.Name)) { Copy-Item -LiteralPath $dll.FullName -Destination $r2rHome -Force }
        }
        foreach ($kind in @('bare', 'import', 'firstCall', 'emptyModule', 'jintFloor')) {
            $kinds["r2r_$kind"] = $kinds[$kind]
            $launch["r2r_$kind"] = @($exe, (Join-Path $r2rHome 'pwsh.dll'))
        }
    }
    $times = @{}
    foreach ($kind in $kinds.Keys) {
        $times[$kind] = New-Object System.Collections.Generic.List[double]
        $null = Measure-Start $kinds[$kind] $launch[$kind]   # warm the file cache, not measured
    }
    # Interleave the kinds so that machine noise hits them alike.
    for ($round = 0; $round -lt $StartRuns; $round++) {
        foreach ($kind in $kinds.Keys) { $times[$kind].Add((Measure-Start $kinds[$kind] $launch[$kind])) }
    }
} finally {
    Remove-Item -Path $scratch -Recurse -Force -ErrorAction SilentlyContinue
}
$median = @{}
foreach ($kind in $kinds.Keys) { $median[$kind] = Get-Median $times[$kind].ToArray() }
$mBare = $median.bare

# Per call: child sessions, each importing a module, making its first call, then CallRuns /
# CallSessions calls alternating with the read-and-parse baseline; the modules' sessions alternate.
$perCallScript = @'
param($Module, $Sample, $Calls)
Import-Module $Module
$null = Get-WuTrustStatus -Snapshot $Sample
foreach ($i in 1..$Calls) {
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    $null = Get-Content -Raw -LiteralPath $Sample | ConvertFrom-Json
    $read = $sw.Elapsed.TotalMilliseconds
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    $null = Get-WuTrustStatus -Snapshot $Sample
    '{0} {1}' -f $read.ToString([cultureinfo]::InvariantCulture), $sw.Elapsed.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture)
}
'@
$perCallFile = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-percall-' + [guid]::NewGuid().ToString('N') + '.ps1')
Set-Content -LiteralPath $perCallFile -Value $perCallScript -Encoding ascii
$calls = New-Object System.Collections.Generic.List[double]
$baseline = New-Object System.Collections.Generic.List[double]
$baselineModuleCalls = New-Object System.Collections.Generic.List[double]
try {
    $perSession = $CallRuns
    for ($session = 0; $session -lt $CallSessions; $session++) {
        $modules = @(@{ Path = $ModulePath; Into = $calls })
        if ($BaselineModulePath) { $modules += @{ Path = $BaselineModulePath; Into = $baselineModuleCalls } }
        foreach ($m in $modules) {
            foreach ($line in (& $exe @prefix -NoProfile -NonInteractive -File $perCallFile $m.Path $Sample $perSession)) {
                $parts = "$line" -split ' '
                if ($m.Path -eq $ModulePath) { $baseline.Add([double]::Parse($parts[0], [cultureinfo]::InvariantCulture)) }
                $m.Into.Add([double]::Parse($parts[1], [cultureinfo]::InvariantCulture))
            }
            if ($LASTEXITCODE -ne 0) { throw "Per-call session failed for $($m.Path)" }
        }
    }
} finally {
    Remove-Item -LiteralPath $perCallFile -Force -ErrorAction SilentlyContinue
}

# A kind's median over its baseline's, or 'not run' when the kind was not measured.
function Get-Over([string]$Kind, [string]$Base) {
    if (-not $median.ContainsKey($Kind)) { return 'not run' }
    [math]::Round($median[$Kind] - $median[$Base], 1)
}
$results = [ordered]@{
    machine                        = "$([System.Environment]::ProcessorCount) cores, PowerShell $($PSVersionTable.PSVersion) $($PSVersionTable.OS)"
    startRuns                      = $StartRuns
    bareStartMedianMs              = [math]::Round($mBare, 1)
    importMedianMs                 = [math]::Round($median.import, 1)
    importAndFirstCallMedianMs     = [math]::Round($median.firstCall, 1)
    moduleAddsImportOnlyMs         = Get-Over 'import' 'bare'
    moduleAddsImportAndFirstCallMs = Get-Over 'firstCall' 'bare'
    floorEmptyModuleImportMs       = Get-Over 'emptyModule' 'bare'
    floorMinimalJintModuleMs       = Get-Over 'jintFloor' 'bare'
    ilBuildImportAndFirstCallMs    = Get-Over 'firstCallIl' 'bare'
    net8JintImportAndFirstCallMs   = Get-Over 'firstCallNet8' 'bare'
    r2rPwshBareStartMedianMs       = if ($median.ContainsKey('r2r_bare')) { [math]::Round($median.r2r_bare, 1) } else { 'not run' }
    r2rPwshModuleAddsImportOnlyMs  = Get-Over 'r2r_import' 'r2r_bare'
    r2rPwshModuleAddsImportAndFirstCallMs = Get-Over 'r2r_firstCall' 'r2r_bare'
    r2rPwshFloorEmptyModuleImportMs = Get-Over 'r2r_emptyModule' 'r2r_bare'
    r2rPwshFloorMinimalJintModuleMs = Get-Over 'r2r_jintFloor' 'r2r_bare'
    startTargetMs                  = 250
    callRuns                       = $CallRuns
    perCallMedianMs                = [math]::Round((Get-Median $calls.ToArray()), 2)
    perCallP95Ms                   = [math]::Round((Get-Percentile $calls.ToArray() 0.95), 2)
    baselineReadParseMedianMs      = [math]::Round((Get-Median $baseline.ToArray()), 2)
    perCallTargetMs                = 50
    baselineModule                 = if ($BaselineModulePath) { $BaselineModulePath } else { 'not run' }
    baselineModuleAddsImportOnlyMs = Get-Over 'baselineImport' 'bare'
    baselineModuleAddsImportAndFirstCallMs = Get-Over 'baselineFirstCall' 'bare'
    baselinePerCallMedianMs        = 'not run'
    baselinePerCallP95Ms           = 'not run'
}
$results.startVerdict = if ($results.moduleAddsImportAndFirstCallMs -lt 250) { 'meets target' } else { 'misses target' }
$results.perCallVerdict = if ($results.perCallMedianMs -lt 50) { 'meets target' } else { 'misses target' }
# Against the earlier commit: regressions above 10% are reported (per call, and import + first call over bare start).
if ($baselineModuleCalls.Count -gt 0) {
    $results.baselinePerCallMedianMs = [math]::Round((Get-Median $baselineModuleCalls.ToArray()), 2)
    $results.baselinePerCallP95Ms = [math]::Round((Get-Percentile $baselineModuleCalls.ToArray() 0.95), 2)
    $results.perCallChangePercent = [math]::Round(100 * ($results.perCallMedianMs / $results.baselinePerCallMedianMs - 1), 1)
    $startRatio = $results.moduleAddsImportAndFirstCallMs / $results.baselineModuleAddsImportAndFirstCallMs
    $results.startChangePercent = [math]::Round(100 * ($startRatio - 1), 1)
    $within = $results.perCallChangePercent -le 10 -and $results.startChangePercent -le 10
    $results.regressionVerdict = if ($within) { 'within 10% of the baseline' } else { 'more than 10% slower than the baseline' }
}
[pscustomobject]$results | Format-List | Out-Host
$outFile = Join-Path (Split-Path -Parent (Split-Path -Parent $ModulePath)) '../bench-results.json'
$results | ConvertTo-Json | Set-Content -LiteralPath $outFile -Encoding ascii
Write-Host "Written: $([System.IO.Path]::GetFullPath($outFile))"
