<#
.SYNOPSIS
WuTrust benchmarks, each beside its baseline measured in the same run. See bench/README.md.

.DESCRIPTION
1. Start-up: a bare `pwsh -NoProfile` start (baseline), the same plus Import-Module WuTrust, and
   the same plus Import-Module and the first engine call (Get-WuTrustStatus -Snapshot). The module's
   cost is the difference of the medians. Target: Import-Module plus the first call adds < 250 ms.
   Two more starts attribute costs: the system time-zone enumeration Jint's options trigger, and
   the first call with the plain IL Jint build instead of the ReadyToRun one.
2. Per call, in one session after the first call: Get-WuTrustStatus -Snapshot on a sample, beside
   the baseline of reading and parsing the same file with ConvertFrom-Json. Target: < 50 ms per call.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$Sample,
    [int]$StartRuns = 20,
    [int]$CallRuns = 200
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

function Measure-Start([string]$Command, [int]$Runs) {
    $times = New-Object System.Collections.Generic.List[double]
    & $exe @prefix -NoProfile -NonInteractive -Command $Command | Out-Null   # warm the file cache, not measured
    for ($i = 0; $i -lt $Runs; $i++) {
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        & $exe @prefix -NoProfile -NonInteractive -Command $Command | Out-Null
        $sw.Stop()
        if ($LASTEXITCODE -ne 0) { throw "Benchmark command failed: $Command" }
        $times.Add($sw.Elapsed.TotalMilliseconds)
    }
    , $times.ToArray()
}

$import = "Import-Module '$ModulePath'"
$firstCall = "$import; `$null = Get-WuTrustStatus -Snapshot '$Sample'"
# The same module without its ReadyToRun Jint builds (lib/net10.0-*): what precompiling saves.
$ilCopy = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-bench-il-' + [guid]::NewGuid().ToString('N'))
Copy-Item -Path (Split-Path -Parent $ModulePath) -Destination $ilCopy -Recurse
Get-ChildItem -Path (Join-Path $ilCopy 'lib') -Directory -Filter 'net10.0-*' | Remove-Item -Recurse -Force
$firstCallIl = "Import-Module '$(Join-Path $ilCopy 'WuTrust.psd1')'; `$null = Get-WuTrustStatus -Snapshot '$Sample'"
# Interleave the three so that machine noise hits them alike.
# A fourth start attributes a known cost: Jint's Options constructor builds a Temporal time-zone
# provider that enumerates the system time zones (TimeZoneInfo.GetSystemTimeZones), slow on Linux.
$timeZones = '$null = [System.TimeZoneInfo]::GetSystemTimeZones()'
$bare = @(); $withImport = @(); $withCall = @(); $withTimeZones = @(); $withCallIl = @()
for ($round = 0; $round -lt $StartRuns; $round++) {
    $bare += Measure-Start 'exit 0' 1
    $withImport += Measure-Start "$import; exit 0" 1
    $withCall += Measure-Start "$firstCall; exit 0" 1
    $withTimeZones += Measure-Start "$timeZones; exit 0" 1
    $withCallIl += Measure-Start "$firstCallIl; exit 0" 1
}
Remove-Item -Path $ilCopy -Recurse -Force
$mBare = Get-Median $bare
$mTimeZones = Get-Median $withTimeZones
$mImport = Get-Median $withImport
$mCall = Get-Median $withCall

Import-Module $ModulePath -Force
$null = Get-WuTrustStatus -Snapshot $Sample
$calls = New-Object System.Collections.Generic.List[double]
$baseline = New-Object System.Collections.Generic.List[double]
for ($i = 0; $i -lt $CallRuns; $i++) {
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    $null = Get-Content -Raw -LiteralPath $Sample | ConvertFrom-Json
    $sw.Stop(); $baseline.Add($sw.Elapsed.TotalMilliseconds)
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    $null = Get-WuTrustStatus -Snapshot $Sample
    $sw.Stop(); $calls.Add($sw.Elapsed.TotalMilliseconds)
}

$results = [ordered]@{
    machine                       = "$([System.Environment]::ProcessorCount) cores, PowerShell $($PSVersionTable.PSVersion) $($PSVersionTable.OS)"
    startRuns                     = $StartRuns
    bareStartMedianMs             = [math]::Round($mBare, 1)
    importMedianMs                = [math]::Round($mImport, 1)
    importAndFirstCallMedianMs    = [math]::Round($mCall, 1)
    moduleAddsImportOnlyMs        = [math]::Round($mImport - $mBare, 1)
    moduleAddsImportAndFirstCallMs = [math]::Round($mCall - $mBare, 1)
    systemTimeZoneEnumerationMs   = [math]::Round($mTimeZones - $mBare, 1)
    ilBuildImportAndFirstCallMs   = [math]::Round((Get-Median $withCallIl) - $mBare, 1)
    startTargetMs                 = 250
    callRuns                      = $CallRuns
    perCallMedianMs               = [math]::Round((Get-Median $calls.ToArray()), 2)
    perCallP95Ms                  = [math]::Round((Get-Percentile $calls.ToArray() 0.95), 2)
    baselineReadParseMedianMs     = [math]::Round((Get-Median $baseline.ToArray()), 2)
    perCallTargetMs               = 50
}
$results.startVerdict = if ($results.moduleAddsImportAndFirstCallMs -lt 250) { 'meets target' } else { 'misses target' }
$results.perCallVerdict = if ($results.perCallMedianMs -lt 50) { 'meets target' } else { 'misses target' }
[pscustomobject]$results | Format-List | Out-Host
$outFile = Join-Path (Split-Path -Parent (Split-Path -Parent $ModulePath)) '../bench-results.json'
$results | ConvertTo-Json | Set-Content -LiteralPath $outFile -Encoding ascii
Write-Host "Written: $([System.IO.Path]::GetFullPath($outFile))"
