<#
.SYNOPSIS
The Node host's report benchmark (#14): `wutrust report` over 10,000 snapshots generated here (the
samples under their own computer names; never committed), one engine per processor (worker
threads) and one, in the same run. Target: at least 2,000 snapshots/s. With -BeforePackagePath
(the package of an earlier build), that package's report runs in the same run too.
#>
param(
    [Parameter(Mandatory = $true)][string]$PackagePath,
    [Parameter(Mandatory = $true)][string]$OutFile,
    [int]$Count = 10000,
    [string]$BeforePackagePath
)
$ErrorActionPreference = 'Stop'
$packageDir = (Resolve-Path -LiteralPath $PackagePath).ProviderPath
$cli = Join-Path $packageDir 'bin/wutrust.js'
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-bench-node-' + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $dir
try {
    $null = & (Join-Path $PSScriptRoot 'New-WuBenchFleet.ps1') -Folder $dir -Count $Count
    $rows = [ordered]@{}
    $runs = @(@{ Name = ''; Cli = $cli })
    if ($BeforePackagePath) {
        $runs += @{ Name = 'before'; Cli = (Join-Path (Resolve-Path -LiteralPath $BeforePackagePath).ProviderPath 'bin/wutrust.js') }
    }
    foreach ($threads in @([Environment]::ProcessorCount, 1)) {
        foreach ($run in $runs) {
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $first = @(& node $run.Cli report $dir --threads $threads)[0]
            $ms = $clock.ElapsedMilliseconds
            $row = [ordered]@{ threads = $threads; ms = $ms; perSec = [math]::Round($Count * 1000 / $ms, 1); firstLine = $first }
            $rows["$($run.Name)threads$threads"] = $row
            Write-Host ("wutrust report{5}, {0} thread(s): {1:N0} snapshots in {2:N1} s = {3:N0}/s ({4})" -f $threads, $Count, ($ms / 1000),
                ($Count * 1000 / $ms), $first, $(if ($run.Name) { " ($($run.Name))" } else { '' }))
        }
    }
    # The reading floor (bench/report-floor.cjs): the files read, the batch requests built and the
    # engine's strict read of each request and text, nothing judged. No report can beat it here.
    $floor = [ordered]@{}
    foreach ($threads in @([Environment]::ProcessorCount, 1)) {
        $line = @(& node (Join-Path $PSScriptRoot 'report-floor.cjs') $packageDir $dir $threads)[0]
        if ($LASTEXITCODE -ne 0 -or -not $line) { throw "report-floor.cjs failed with exit code $LASTEXITCODE." }
        $measured = $line | ConvertFrom-Json
        $floor["threads$threads"] = [ordered]@{ threads = $threads; ms = $measured.ms; perSec = $measured.perSec }
        Write-Host ("reading floor (read, request, strict read; nothing judged), {0} thread(s): {1:N0} snapshots in {2:N1} s = {3:N0}/s" -f
            $threads, $Count, ($measured.ms / 1000), $measured.perSec)
    }
    $rows['readingFloor'] = $floor
    $summary = [ordered]@{ date = [DateTime]::UtcNow.ToString('yyyy-MM-dd'); snapshots = $Count; target = '>= 2000 snapshots/s'; runs = $rows }
    $summary | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $OutFile
} finally {
    Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
}
