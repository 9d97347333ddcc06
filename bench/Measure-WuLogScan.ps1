<#
.SYNOPSIS
The update-log scan's benchmark (#12): a generated WindowsUpdate.log (1 GB by default; made here,
never committed) read by the module's streaming pre-filter (Read-WuLogMatch, as Get-WuTrustStatus
and Get-WuFailureTimeline read it) against Select-String -SimpleMatch '*FAILED*' over the same file,
in the same run, each in its own child session so that its peak memory is its own.
Targets: at least 200 MB/s, at least 2 x Select-String, peak memory under 100 MB (measured as the
child session's peak working set over a child session that scanned a 1 KB log the same way).
#>
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$OutFile,
    [int]$SizeMB = 1024,
    [int]$Rounds = 3
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-bench-log-' + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $dir
$log = Join-Path $dir 'WindowsUpdate.log'
try {
    # One line in 100 fails, as in a log that fails every sync; the others as Get-WindowsUpdateLog writes them.
    $url = 'HTTPS://slscr.update.microsoft.com/SLS/{9482F4B4-E343-43B6-B170-9A65BC822C77}/x64/10.0.19045.2728/0?CH=584'
    $lines = @(
        "2023/03/21 22:19:01.4037009 19924 14968 SLS             Making request with URL $url and send SLS events."
        '2023/03/21 22:19:02.2028576 19924 14968 Agent           Update {BA5F3C2E-5B14-4D11-9C2C-7C7A1E5C6F2D}.200 is pending'
        '2023/03/21 22:19:02.2028576 19924 14968 DownloadManager Download job 0A1B2C3D progress: 1234567 of 99999999 bytes'
        '2023/03/21 22:19:02.2028576 19924 14968 ComApi          * START *   Search ClientId = UpdateOrchestrator'
    )
    $fail = '2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request'
    $writer = New-Object System.IO.StreamWriter -ArgumentList @($log, $false, (New-Object System.Text.UTF8Encoding -ArgumentList $false), 1048576)
    try {
        $target = [long]$SizeMB * 1MB
        $block = New-Object System.Text.StringBuilder
        for ($i = 0; $i -lt 1000; $i++) { $null = $block.Append($(if ($i % 100 -eq 0) { $fail } else { $lines[$i % 4] })).Append("`r`n") }
        $text = $block.ToString()
        $written = 0L
        while ($written -lt $target) { $writer.Write($text); $written += $text.Length }
    } finally { $writer.Dispose() }
    $size = (Get-Item -LiteralPath $log).Length
    $small = Join-Path $dir 'small.log'
    Set-Content -LiteralPath $small -Value ($fail + "`r`n" + $lines[0]) -Encoding ascii
    Write-Host ("generated {0:N0} MB" -f ($size / 1MB))
    $exe = (Get-Process -Id $PID).Path
    $prefix = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @((Join-Path $PSHOME 'pwsh.dll')) }
    $load = "`$m = Import-Module '$ModulePath' -PassThru; `$c = [Diagnostics.Stopwatch]::StartNew(); `$s = 0; "
    $scripts = [ordered]@{
        # The same scan over a 1 KB log: what is left is what the file's size costs.
        idle         = $load + "`$null = @(& `$m { param(`$p) Read-WuLogMatch -Path `$p -Needle ' [' } '$small'); " + '$ms = 0'
        wutrust      = $load + "foreach (`$b in (& `$m { param(`$p) Read-WuLogMatch -Path `$p -Needle ' [' } '$log')) { `$s += `$b.Count }; " +
        '$ms = $c.ElapsedMilliseconds'
        selectString = $load + "Select-String -LiteralPath '$log' -SimpleMatch '*FAILED*' | ForEach-Object { `$s++ }; " +
        '$ms = $c.ElapsedMilliseconds'
    }
    $results = [ordered]@{}
    foreach ($name in $scripts.Keys) { $results[$name] = @() }
    for ($round = 1; $round -le $Rounds; $round++) {
        foreach ($name in $scripts.Keys) {
            $command = $scripts[$name] + "; [GC]::Collect(); '{0} {1} {2}' -f `$ms, `$s, (Get-Process -Id `$PID).PeakWorkingSet64"
            $out = & $exe @prefix -NoProfile -NonInteractive -Command $command | Select-Object -Last 1
            $parts = ([string]$out).Split(' ')
            $results[$name] += , @{ ms = [double]$parts[0]; lines = [int]$parts[1]; peak = [double]$parts[2] }
        }
        Write-Host ("round {0}: WuTrust {1:N0} ms ({2} lines), Select-String {3:N0} ms ({4} lines)" -f $round,
            $results.wutrust[-1].ms, $results.wutrust[-1].lines, $results.selectString[-1].ms, $results.selectString[-1].lines)
    }
    $median = { param($values) $s = @($values | Sort-Object); $s[[int][math]::Floor(($s.Count - 1) / 2)] }
    $wuMs = & $median @($results.wutrust | ForEach-Object { $_.ms })
    $ssMs = & $median @($results.selectString | ForEach-Object { $_.ms })
    $idlePeak = & $median @($results.idle | ForEach-Object { $_.peak })
    $wuPeak = & $median @($results.wutrust | ForEach-Object { $_.peak })
    $summary = [ordered]@{
        sizeBytes               = $size
        wutrustMs               = $wuMs
        selectStringMs          = $ssMs
        wutrustMBps             = [math]::Round($size / 1MB / ($wuMs / 1000), 1)
        selectStringMBps        = [math]::Round($size / 1MB / ($ssMs / 1000), 1)
        overSelectString        = [math]::Round($ssMs / $wuMs, 2)
        peakOverIdleMB          = [math]::Round(($wuPeak - $idlePeak) / 1MB, 1)
        idlePeakMB              = [math]::Round($idlePeak / 1MB, 1)
        rounds                  = $results
    }
    Set-Content -LiteralPath $OutFile -Value ($summary | ConvertTo-Json -Depth 5) -Encoding ascii
    $format = 'WuTrust scan: {0} MB/s (target >= 200), {1} x Select-String ({2} MB/s; target >= 2), ' +
    'peak {3} MB over a session that scanned a 1 KB log (target < 100)'
    Write-Host ($format -f $summary.wutrustMBps, $summary.overSelectString, $summary.selectStringMBps, $summary.peakOverIdleMB)
} finally {
    Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
}
