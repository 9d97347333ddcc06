<#
.SYNOPSIS
The network family's benchmarks (#11), against the loopback test network (tests/network):
  1. 20 endpoint probes, 3 of them to listeners that never answer, with the default timeout:
     concurrently (Invoke-WuProbeBatch, what the module does) and one after another, in the same run.
     Targets: concurrent total under 1.5 x the timeout and under 0.5 x the one-after-another total.
  2. The first probe of a new session and the later ones, directly and through each proxy.
Run by build.ps1 -Task Bench after Measure-WuTrust.ps1; results also in out/bench-network.json.
Where the test network's tools are missing, says so and measures nothing.
#>
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$OutFile,
    [int]$Rounds = 3,
    [int]$LaterProbes = 10
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'tests/network/TestNetwork.psm1') -Force
$missing = @(Get-WuTestNetworkMissingTool)
if ($missing.Count -gt 0) {
    Write-Host "Network benchmarks: not run ($($missing -join ', ') missing; build.ps1 -Task Test installs them on Debian as root)"
    return
}
function Get-Median([double[]]$Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2 -eq 1) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}
$state = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-bench-net-' + [guid]::NewGuid().ToString('N'))
$net = Start-WuTestNetwork -Path $state
try {
    Import-Module $ModulePath -Force
    $module = Get-Module WuTrust
    $timeout = & $module { $script:WuDefaultProbeTimeoutSeconds }
    $items = @(1..20 | ForEach-Object {
            $port = if ($_ -le 3) { $net.Ports["hang$_"] } else { $net.Ports['https-rsa'] }
            @{
                Kind = 'Probe'; Command = 'Invoke-WuEndpointProbe'; Label = "p$_"
                Parameters = @{ Name = "p$_.update.test"; Port = $port; Address = '127.0.0.1'; TimeoutMs = $timeout * 1000 }
                Fallback = @{ outcome = 'Timeout' }
            }
        })
    $pool = @()
    $serial = @()
    for ($round = 1; $round -le $Rounds; $round++) {
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $results = & $module { param($i, $t) Invoke-WuProbeBatch -WorkItem $i -TimeoutSeconds $t } $items $timeout
        $pool += $clock.Elapsed.TotalMilliseconds
        $hung = @($results | Where-Object { $_.outcome -eq 'Timeout' }).Count
        if ($hung -ne 3) { throw "round ${round}: expected 3 probes to time out, got $hung" }
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        foreach ($item in $items) { $p = $item.Parameters; $null = & $module { param($q) Invoke-WuEndpointProbe @q } $p }
        $serial += $clock.Elapsed.TotalMilliseconds
        Write-Host ("round {0}: concurrent {1:N0} ms, one after another {2:N0} ms" -f $round, $pool[-1], $serial[-1])
    }
    $poolMedian = Get-Median $pool
    $serialMedian = Get-Median $serial

    # First and later probes, each path in a new session.
    $exe = (Get-Process -Id $PID).Path
    $prefix = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @((Join-Path $PSHOME 'pwsh.dll')) }
    $paths = [ordered]@{
        'direct'                    = ''
        'tinyproxy (passes TLS)'    = "127.0.0.1:$($net.Ports['tinyproxy'])"
        'mitmproxy (own CA)'        = "127.0.0.1:$($net.Ports['mitm-default'])"
        'mitmproxy (Zscaler CA)'    = "127.0.0.1:$($net.Ports['mitm-zscaler'])"
        'mitmproxy (Fortinet CA)'   = "127.0.0.1:$($net.Ports['mitm-fortinet'])"
    }
    $first = [ordered]@{}
    foreach ($path in $paths.Keys) {
        $child = @"
`$m = Import-Module '$ModulePath' -PassThru
`$p = @{ Name = 'fe3.update.test'; Port = $($net.Ports['https-rsa']); Address = '127.0.0.1'; TimeoutMs = 5000; Proxy = '$($paths[$path])' }
`$times = foreach (`$i in 0..$LaterProbes) { (& `$m { param(`$q) Invoke-WuEndpointProbe @q } `$p).timings.totalMs }
`$times -join ','
"@
        $line = & $exe @prefix -NoProfile -NonInteractive -Command $child
        $times = @(([string]($line | Select-Object -Last 1)).Split(',') | ForEach-Object { [double]$_ })
        $first[$path] = [ordered]@{ first = $times[0]; laterMedian = (Get-Median $times[1..($times.Count - 1)]) }
        Write-Host ("{0}: first {1} ms, later median {2} ms" -f $path, $times[0], $first[$path].laterMedian)
    }
    $summary = [ordered]@{
        timeoutSeconds       = $timeout
        rounds               = $Rounds
        concurrentMs         = $pool
        oneAfterAnotherMs    = $serial
        concurrentMedianMs   = $poolMedian
        oneAfterAnotherMedianMs = $serialMedian
        overTimeout          = [math]::Round($poolMedian / ($timeout * 1000), 3)
        overOneAfterAnother  = [math]::Round($poolMedian / $serialMedian, 3)
        firstAndLater        = $first
    }
    Set-Content -LiteralPath $OutFile -Value ($summary | ConvertTo-Json -Depth 5) -Encoding ascii
    Write-Host ''
    $format = '20 probes, 3 hanging, timeout {0} s: concurrent {1:N0} ms = {2} x the timeout (target < 1.5), ' +
    '{3} x one after another ({4:N0} ms; target < 0.5)'
    Write-Host ($format -f $timeout, $poolMedian, $summary.overTimeout, $summary.overOneAfterAnother, $serialMedian)
} finally {
    Stop-WuTestNetwork -State $net
    Remove-Item -LiteralPath $state -Recurse -Force -ErrorAction SilentlyContinue
}
