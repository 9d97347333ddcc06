function Invoke-WuFleetWorkers {
    <#
    .SYNOPSIS
    Invoke-WuFleetBatches in several runspaces at once, each with its own copy of the module (and
    so its own engine), over contiguous slices of the files; the results joined in file order and
    the workers' summaries merged by the engine (mergeFleetSummaries).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string[]]$File,
        [Parameter(Mandatory = $true)][int]$BatchSize,
        [Parameter(Mandatory = $true)][string]$Tail,
        [Parameter(Mandatory = $true)][int]$Workers,
        [System.Management.Automation.PSCmdlet]$Cmdlet
    )
    $manifest = [System.IO.Path]::Combine($script:ModuleRoot, 'WuTrust.psd1')
    $counter = [hashtable]::Synchronized(@{ Done = 0 })
    $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
    $pool = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspacePool(1, $Workers, $state, $Host)
    $pool.Open()
    $jobs = [System.Collections.Generic.List[object]]::new()
    $work = {
        param($Manifest, $Slice, $BatchSize, $Tail, $Counter)
        Import-Module -Name $Manifest -ErrorAction Stop
        & (Get-Module -Name WuTrust) {
            param($f, $b, $t, $c) Invoke-WuFleetBatches -File $f -BatchSize $b -Tail $t -Counter $c
        } $Slice $BatchSize $Tail $Counter
    }
    try {
        $size = [int][System.Math]::Ceiling($File.Count / [double]$Workers)
        for ($w = 0; $w -lt $Workers; $w++) {
            $slice = [string[]]@($File | Select-Object -Skip ($w * $size) -First $size)
            if ($slice.Count -eq 0) { continue }
            $ps = [System.Management.Automation.PowerShell]::Create()
            $ps.RunspacePool = $pool
            [void]$ps.AddScript($work.ToString())
            foreach ($argument in @($manifest, $slice, $BatchSize, $Tail, $counter)) { [void]$ps.AddArgument($argument) }
            $jobs.Add(@{ PowerShell = $ps; Handle = $ps.BeginInvoke() })
        }
        while (@($jobs | Where-Object { -not $_.Handle.IsCompleted }).Count -gt 0) {
            if ($null -ne $Cmdlet) {
                $done = [int]$counter['Done']
                $status = "$done of $($File.Count) snapshots, $Workers engines"
                $progress = [System.Management.Automation.ProgressRecord]::new(1, 'Get-WuTrustFleetReport', $status)
                $progress.PercentComplete = [int](100 * $done / [System.Math]::Max(1, $File.Count))
                $Cmdlet.WriteProgress($progress)
            }
            [System.Threading.Thread]::Sleep(200)
        }
        $parts = foreach ($job in $jobs) {
            $output = $job.PowerShell.EndInvoke($job.Handle)
            if ($job.PowerShell.HadErrors -and $output.Count -eq 0) { throw $job.PowerShell.Streams.Error[0] }
            $output[$output.Count - 1]
        }
    } finally {
        foreach ($job in $jobs) { $job.PowerShell.Dispose() }
        $pool.Close()
        $pool.Dispose()
    }
    $records = [System.Collections.Generic.List[string]]::new()
    $machines = [System.Collections.Generic.List[object]]::new()
    $notAnalysed = [System.Collections.Generic.List[object]]::new()
    foreach ($part in $parts) {
        $records.AddRange($part.Records)
        $machines.AddRange($part.Machines)
        $notAnalysed.AddRange($part.NotAnalysed)
    }
    $request = '{"summaries":[' + ((@($parts | ForEach-Object { $_.SummaryJson })) -join ',') + ']}'
    $merged = Invoke-WuTrustEngine -Command 'mergeFleetSummaries' -RequestJson $request -Context 'The fleet report'
    @{ SummaryJson = $merged.summaryJson; Summary = $merged.summary; Records = $records; Machines = $machines; NotAnalysed = $notAnalysed }
}
