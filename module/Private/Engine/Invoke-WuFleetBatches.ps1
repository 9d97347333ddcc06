function Invoke-WuFleetBatches {
    <#
    .SYNOPSIS
    Judges snapshot files in batches (one fleetReport engine call each, the summary carried from
    batch to batch). Returns SummaryJson, Summary, Records (each batch's JSON Lines), Machines and
    NotAnalysed. Runs in the caller's session or in a worker runspace of Get-WuTrustFleetReport.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][AllowEmptyCollection()][string[]]$File,
        [Parameter(Mandatory = $true)][int]$BatchSize,
        # The request's tail after the items: options and the redaction key, as JSON members.
        [Parameter(Mandatory = $true)][string]$Tail,
        [System.Management.Automation.PSCmdlet]$Cmdlet,
        [int]$ProgressOffset = 0,
        [int]$ProgressTotal = 0,
        # Workers add the files they have judged here (a synchronized table; key Done).
        [hashtable]$Counter
    )
    $summaryJson = 'null'
    $summary = $null
    $records = [System.Collections.Generic.List[string]]::new()
    $machines = [System.Collections.Generic.List[object]]::new()
    $notAnalysed = [System.Collections.Generic.List[object]]::new()
    for ($start = 0; $start -lt $File.Count -or ($start -eq 0 -and $null -eq $summary); $start += $BatchSize) {
        $end = [System.Math]::Min($File.Count, $start + $BatchSize)
        if ($null -ne $Cmdlet -and $File.Count -gt 0) {
            $total = [System.Math]::Max($ProgressTotal, $File.Count)
            $status = "Snapshots $($ProgressOffset + $start + 1) to $($ProgressOffset + $end) of $total"
            $progress = [System.Management.Automation.ProgressRecord]::new(1, 'Get-WuTrustFleetReport', $status)
            $progress.PercentComplete = [int](100 * ($ProgressOffset + $start) / $total)
            $Cmdlet.WriteProgress($progress)
        }
        $request = [System.Text.StringBuilder]::new()
        [void]$request.Append('{"items":[')
        $count = 0
        for ($i = $start; $i -lt $end; $i++) {
            $read = Read-WuTrustInputFile -Path $File[$i] -Kind Snapshot -MaxBytes $script:WuMaxSnapshotBytes
            if ($null -ne $read.ErrorRecord) {
                $reason = $read.ErrorRecord.Exception.Message
                $notAnalysed.Add([pscustomobject]@{ PSTypeName = 'WuTrust.NotAnalysed'; Source = $File[$i]; Code = 'Unreadable'; Reason = $reason })
                continue
            }
            if ($count -gt 0) { [void]$request.Append(',') }
            [void]$request.Append('{"source":').Append((ConvertTo-WuJsonString -Text $File[$i])).Append(',"text":').
            Append((ConvertTo-WuJsonText -Text $read.Text)).Append('}')
            $count++
        }
        [void]$request.Append(']').Append($Tail).Append(',"summary":').Append($summaryJson).Append('}')
        $context = if ($File.Count -gt 0) { "The fleet batch from '$($File[$start])'" } else { 'The fleet report' }
        $result = Invoke-WuTrustEngine -Command 'fleetReport' -RequestJson $request.ToString() -Context $context
        $summary = $result.summary
        $summaryJson = $result.summaryJson
        foreach ($n in @($result.notAnalysed)) {
            $notAnalysed.Add([pscustomobject]@{ PSTypeName = 'WuTrust.NotAnalysed'; Source = $n.source; Code = $n.code; Reason = $n.reason })
        }
        foreach ($m in @($result.machines)) {
            $machines.Add([pscustomobject]@{
                    PSTypeName   = 'WuTrust.FleetMachine'
                    ComputerName = $m.computerName
                    Status       = $m.status
                    RootCauses   = [string[]]@($m.rootCauses)
                    FindingIds   = [string[]]@($m.findingIds)
                    CollectedAt  = $m.collectedAt
                    Source       = $m.source
                    Summary      = $m.summary
                })
        }
        if ($result.records.Length -gt 0) { $records.Add($result.records) }
        if ($null -ne $Counter) { $Counter['Done'] = [int]$Counter['Done'] + ($end - $start) }
        if ($File.Count -eq 0) { break }
    }
    @{ SummaryJson = $summaryJson; Summary = $summary; Records = $records; Machines = $machines; NotAnalysed = $notAnalysed }
}
