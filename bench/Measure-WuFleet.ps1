<#
.SYNOPSIS
The fleet report's benchmark (#13): 10,000 snapshots generated here (the samples, each copied
under its own computer name; never committed) read by Get-WuTrustFleetReport, against the
baseline `Get-ChildItem | Get-WuTrustStatus` over the same files, in the same run, each in its own
child session so that its time and peak memory are its own. Target: at least 500 snapshots/s.
With -BeforeModulePath (an earlier build, e.g. build.ps1 -Task Bench -BaselineRef <commit>), that
module's fleet report runs in the same rounds too.
#>
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$OutFile,
    [int]$Count = 10000,
    [int]$Rounds = 1,
    [string]$BeforeModulePath
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-bench-fleet-' + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $dir
try {
    $bytes = & (Join-Path $PSScriptRoot 'New-WuBenchFleet.ps1') -Folder $dir -Count $Count
    Write-Host ("generated {0:N0} snapshots, {1:N0} MB" -f $Count, ($bytes / 1MB))
    $exe = (Get-Process -Id $PID).Path
    $prefix = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @((Join-Path $PSHOME 'pwsh.dll')) }
    $load = { param([string]$Module) "Import-Module '$Module'; `$c = [Diagnostics.Stopwatch]::StartNew(); " }
    $fleetReport = "`$n = (Get-WuTrustFleetReport -Path '$dir').MachineCount; "
    $scripts = [ordered]@{
        fleetReport = (& $load $ModulePath) + $fleetReport
        baseline    = (& $load $ModulePath) + "`$n = @(Get-ChildItem -Path '$dir' -Filter '*.json' | Get-WuTrustStatus).Count; "
    }
    if ($BeforeModulePath) {
        $scripts['fleetReportBefore'] = (& $load (Resolve-Path -LiteralPath $BeforeModulePath).ProviderPath) + $fleetReport
    }
    $results = [ordered]@{}
    foreach ($name in $scripts.Keys) { $results[$name] = @() }
    for ($round = 1; $round -le $Rounds; $round++) {
        foreach ($name in $scripts.Keys) {
            $command = $scripts[$name] + "'{0} {1} {2}' -f `$c.ElapsedMilliseconds, `$n, (Get-Process -Id `$PID).PeakWorkingSet64"
            $line = @(& $exe @prefix -NoProfile -NonInteractive -Command $command)[-1]
            $ms, $n, $peak = $line -split ' '
            $results[$name] += [pscustomobject]@{ Ms = [long]$ms; Machines = [int]$n; PeakMB = [math]::Round([long]$peak / 1MB, 1) }
            Write-Host ("{0} round {1}: {2:N0} machines in {3:N1} s = {4:N0}/s, peak working set {5} MB" -f $name, $round, [int]$n,
                ([long]$ms / 1000), ([int]$n * 1000 / [math]::Max(1, [long]$ms)), [math]::Round([long]$peak / 1MB, 1))
        }
    }
    $median = { param($xs) $s = @($xs | Sort-Object); $s[[int][math]::Floor($s.Count / 2)] }
    $fleetMs = & $median ($results.fleetReport | ForEach-Object Ms)
    $baseMs = & $median ($results.baseline | ForEach-Object Ms)
    $summary = [ordered]@{
        date                = [DateTime]::UtcNow.ToString('yyyy-MM-dd')
        snapshots           = $Count
        megabytes           = [math]::Round($bytes / 1MB, 1)
        processors          = [Environment]::ProcessorCount
        fleetReportPerSec   = [math]::Round($Count * 1000 / $fleetMs, 1)
        baselinePerSec      = [math]::Round($Count * 1000 / $baseMs, 1)
        speedup             = [math]::Round($baseMs / $fleetMs, 2)
        fleetReportPeakMB   = ($results.fleetReport | ForEach-Object PeakMB | Measure-Object -Maximum).Maximum
        baselinePeakMB      = ($results.baseline | ForEach-Object PeakMB | Measure-Object -Maximum).Maximum
        target              = '>= 500 snapshots/s'
        beforePerSec        = $(if ($results.Contains('fleetReportBefore')) {
                [math]::Round($Count * 1000 / (& $median ($results.fleetReportBefore | ForEach-Object Ms)), 1) })
        rounds              = $results
    }
    $summary | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $OutFile
    Write-Host ("fleet report {0}/s, baseline {1}/s, {2} x; peak {3} MB (baseline {4} MB)" -f $summary.fleetReportPerSec,
        $summary.baselinePerSec, $summary.speedup, $summary.fleetReportPeakMB, $summary.baselinePeakMB)
} finally {
    Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
}
