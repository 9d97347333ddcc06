function Invoke-WuProbeBatch {
    <#
    .SYNOPSIS
    Runs probe and DNS work items concurrently in a RunspacePool (5.1-safe; the team's network spike
    measured it) and returns their facts in the order given. The whole batch ends within about one
    timeout: each item bounds itself, and an item still running at the outer deadline is stopped
    and answered by its Fallback fact.

    .PARAMETER WorkItem
    Hashtables: Command (one of the self-contained collectors), Parameters, Label (for progress),
    Fallback (the fact used when the item does not finish).
    #>
    [CmdletBinding()]
    [OutputType([object[]])]
    param(
        [Parameter(Mandatory = $true)][AllowEmptyCollection()][object[]]$WorkItem,
        [int]$TimeoutSeconds = 5,
        # The calling cmdlet, for progress records (cmdlet methods autoload no module).
        [System.Management.Automation.PSCmdlet]$Cmdlet
    )
    $count = $WorkItem.Count
    if ($count -eq 0) { return , @() }
    $functions = @('Invoke-WuEndpointProbe', 'Invoke-WuDnsQuery', 'Resolve-WuSystemDns')
    $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
    foreach ($name in $functions) {
        $definition = (Get-Item -LiteralPath "function:$name").ScriptBlock.ToString()
        $state.Commands.Add((New-Object System.Management.Automation.Runspaces.SessionStateFunctionEntry -ArgumentList @($name, $definition)))
    }
    $size = [System.Math]::Max(1, [System.Math]::Min($count, 32))
    $pool = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspacePool(1, $size, $state, $Host)
    $pool.Open()
    $jobs = New-Object System.Collections.Generic.List[object]
    $results = New-Object object[] $count
    $stoppedAny = $false
    try {
        for ($i = 0; $i -lt $count; $i++) {
            $item = $WorkItem[$i]
            if ($functions -notcontains $item.Command) { throw "Invoke-WuProbeBatch: '$($item.Command)' is not a probe collector." }
            $ps = [System.Management.Automation.PowerShell]::Create()
            $ps.RunspacePool = $pool
            [void]$ps.AddCommand($item.Command).AddParameters([System.Collections.IDictionary]$item.Parameters)
            $jobs.Add(@{ PowerShell = $ps; Handle = $ps.BeginInvoke(); Index = $i; Done = $false })
        }
        # Each item ends by its own timeout; the grace covers runspace start-up on a busy machine.
        $deadline = [System.DateTime]::UtcNow.AddSeconds($TimeoutSeconds + 3)
        $finished = 0
        while ($finished -lt $count -and [System.DateTime]::UtcNow -lt $deadline) {
            foreach ($job in $jobs) {
                if ($job.Done -or -not $job.Handle.IsCompleted) { continue }
                $job.Done = $true
                $finished++
                try {
                    $output = $job.PowerShell.EndInvoke($job.Handle)
                    if ($output.Count -gt 0) { $results[$job.Index] = $output[$output.Count - 1] }
                } catch {
                    $results[$job.Index] = $null
                }
                if ($null -ne $Cmdlet) {
                    $label = $WorkItem[$job.Index].Label
                    $status = "$finished of $count done: $label"
                    $record = New-Object System.Management.Automation.ProgressRecord -ArgumentList @(7, 'Probing the update endpoints', $status)
                    $record.PercentComplete = [int](100 * $finished / $count)
                    $Cmdlet.WriteProgress($record)
                }
            }
            if ($finished -lt $count) { [System.Threading.Thread]::Sleep(25) }
        }
        foreach ($job in $jobs) {
            if (-not $job.Done) {
                $stoppedAny = $true
                [void]$job.PowerShell.BeginStop($null, $null)
            }
        }
    } finally {
        if ($null -ne $Cmdlet) {
            $done = New-Object System.Management.Automation.ProgressRecord -ArgumentList @(7, 'Probing the update endpoints', 'Done')
            $done.RecordType = [System.Management.Automation.ProgressRecordType]::Completed
            $Cmdlet.WriteProgress($done)
        }
        foreach ($job in $jobs) { if ($job.Done) { $job.PowerShell.Dispose() } }
        # A stuck item must not hold the caller: close the pool without waiting for it.
        if ($stoppedAny) { [void]$pool.BeginClose($null, $null) } else { $pool.Dispose() }
    }
    for ($i = 0; $i -lt $count; $i++) {
        if ($null -eq $results[$i]) { $results[$i] = $WorkItem[$i].Fallback }
    }
    , $results
}
