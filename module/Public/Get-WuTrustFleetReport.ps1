function Get-WuTrustFleetReport {
    <#
    .SYNOPSIS
    Reports on many machines from their snapshots: machines by status, root causes first, every
    finding with the machines that have it; optionally as one self-contained HTML file and as
    JSON Lines.

    .DESCRIPTION
    Reads the snapshot files given (files, folders of *.json files, wildcards) in batches: each
    batch is one engine call, which judges every snapshot exactly as Get-WuTrustStatus does and
    carries the fleet summary on to the next batch. A file that cannot be read, is damaged, is a
    report instead of a snapshot, or was written by a newer WuTrust is listed under NotAnalysed
    with the reason; it never stops the others.

    Findings are grouped by their catalogue ID. A finding that a root cause explains on a machine
    is counted under that root cause (Explained), so the same cause across families counts once.

    With -Html, the report is one HTML file that works offline and prints: a summary, charts of
    machines by status and by root cause, a sortable table per finding, and each machine's
    evidence and remedies on a click. Given one snapshot, it is the one-page report a help desk
    attaches to a ticket. With -JsonLines, one JSON object per machine (its findings with
    evidence) for a SIEM or a spreadsheet.

    -Redact hashes computer names, account names, user SIDs (the RID is kept) and profile
    folders, the same input always to the same token, so a redacted report can leave the
    organisation and still be compared with the next one. -RedactKey makes the tokens your own
    (without it, anyone can test a guessed name against a token).

    .PARAMETER Path
    Snapshot files (Export-WuTrustSnapshot, Invoke-WuTrustCollection, Detect-WuTrust.ps1
    -SnapshotFolder) or folders of them. Wildcards are accepted.

    .PARAMETER Recurse
    Reads the *.json files of sub-folders too.

    .PARAMETER Html
    Writes the HTML report to this file.

    .PARAMETER JsonLines
    Writes one JSON object per machine to this file.

    .PARAMETER Redact
    Hashes identifying names before anything is judged or written.

    .PARAMETER RedactKey
    A secret mixed into the hashes (implies -Redact).

    .PARAMETER BatchSize
    Snapshots per engine call (default 200).

    .PARAMETER SetupLogMaxAgeDays
    As Get-WuTrustStatus: setup-log failures older than this are history.

    .PARAMETER ThrottleLimit
    How many engines judge batches at once (default: the number of processors). Each is a
    runspace with its own copy of the module; with fewer files than two batches, one is used.

    .PARAMETER Title
    The HTML report's title.

    .EXAMPLE
    Get-WuTrustFleetReport -Path \\server\wutrust$ -Html .\fleet.html -JsonLines .\fleet.jsonl

    Reads every snapshot in the share and writes both files.

    .EXAMPLE
    (Get-WuTrustFleetReport .\snapshots).Findings | Format-Table Id, Severity, Machines, Explained, Title

    The findings of the fleet, root causes first.

    .EXAMPLE
    Get-WuTrustFleetReport .\PC042.json -Html .\PC042.html

    The one-page report of one machine, for a ticket.

    .OUTPUTS
    WuTrust.FleetReport
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.FleetReport')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName')]
        [SupportsWildcards()]
        [ValidateNotNullOrEmpty()]
        [string[]]$Path,

        [switch]$Recurse,

        [ValidateNotNullOrEmpty()]
        [string]$Html,

        [ValidateNotNullOrEmpty()]
        [string]$JsonLines,

        [switch]$Redact,

        [string]$RedactKey,

        [ValidateRange(1, 2000)]
        [int]$BatchSize = 200,

        [ValidateRange(0, 36500)]
        [int]$SetupLogMaxAgeDays = 30,

        [ValidateRange(1, 64)]
        [int]$ThrottleLimit = [System.Math]::Max(1, [System.Environment]::ProcessorCount),

        [ValidateNotNullOrEmpty()]
        [string]$Title = 'WuTrust fleet report'
    )
    begin {
        $files = [System.Collections.Generic.List[string]]::new()
        $outputs = @{}
        foreach ($name in 'Html', 'JsonLines') {
            $value = Get-Variable -Name $name -ValueOnly
            if ([string]::IsNullOrEmpty($value)) { continue }
            $full = Resolve-WuExistingFolder -Path $value -ParameterName $name -Cmdlet $PSCmdlet -Parent
            $outputs[$name] = $full
        }
    }
    process {
        foreach ($file in @(Resolve-WuFleetInput -Path $Path -Recurse:$Recurse -Cmdlet $PSCmdlet)) { $files.Add($file) }
    }
    end {
        $redacting = $Redact -or $PSBoundParameters.ContainsKey('RedactKey')
        $tail = ',"options":{"logMaxAgeDays":' + $SetupLogMaxAgeDays + '}'
        if ($redacting) { $tail += ',"redactKey":' + (ConvertTo-WuJsonString -Text ([string]$RedactKey)) }
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $workers = [System.Math]::Min($ThrottleLimit, [int][System.Math]::Ceiling($files.Count / [double]$BatchSize))
        if ($workers -le 1) {
            $run = Invoke-WuFleetBatches -File $files.ToArray() -BatchSize $BatchSize -Tail $tail -Cmdlet $PSCmdlet
        } else {
            $run = Invoke-WuFleetWorkers -File $files.ToArray() -BatchSize $BatchSize -Tail $tail -Workers $workers -Cmdlet $PSCmdlet
        }
        $summary = $run.Summary
        $summaryJson = $run.SummaryJson
        $records = $run.Records
        $machines = $run.Machines
        $notAnalysed = $run.NotAnalysed
        if ($outputs.ContainsKey('JsonLines')) {
            $utf8 = New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false
            $jsonl = [System.IO.StreamWriter]::new($outputs['JsonLines'], $false, $utf8)
            try {
                foreach ($batch in $records) { $jsonl.Write($batch); $jsonl.Write("`n") }
            } finally {
                $jsonl.Dispose()
            }
        }
        $judged = "$($machines.Count) machine(s) judged, $($notAnalysed.Count) not analysed"
        $PSCmdlet.WriteVerbose("$($files.Count) file(s): $judged, $($clock.ElapsedMilliseconds) ms")
        if ($outputs.ContainsKey('Html')) {
            $htmlInput = @{ SummaryJson = $summaryJson; Records = $records; NotAnalysed = $notAnalysed.ToArray() }
            $htmlInput.Title = $Title
            $htmlInput.Redacted = $redacting
            $page = ConvertTo-WuFleetHtml @htmlInput
            Write-WuTrustTextFile -Path $outputs['Html'] -Text $page
        }
        $done = [System.Management.Automation.ProgressRecord]::new(1, 'Get-WuTrustFleetReport', 'Done')
        $done.RecordType = [System.Management.Automation.ProgressRecordType]::Completed
        $PSCmdlet.WriteProgress($done)
        [pscustomobject]@{
            PSTypeName   = 'WuTrust.FleetReport'
            MachineCount = [int]$summary.machines
            Healthy      = [int]$summary.byStatus.Healthy
            Unhealthy    = [int]$summary.byStatus.Unhealthy
            Incomplete   = [int]$summary.byStatus.Incomplete
            NotAnalysed  = $notAnalysed.ToArray()
            RootCauses   = @($summary.rootCauses | ForEach-Object {
                    [pscustomobject]@{ PSTypeName = 'WuTrust.FleetRootCause'; Id = $_.id; Machines = [int]$_.machines; Title = $_.title }
                })
            UnhealthyWithoutRootCause = [int]$summary.unhealthyWithoutRootCause
            Findings     = @($summary.findings | ForEach-Object {
                    [pscustomobject]@{
                        PSTypeName = 'WuTrust.FleetFinding'; Id = $_.id; Severity = $_.severity; RootCause = [bool]$_.rootCause
                        Machines = [int]$_.machines; Explained = [int]$_.explained; Family = $_.family; Title = $_.title
                        SampleMachines = [string[]]@($_.sample)
                    }
                })
            Machines     = $machines.ToArray()
            Html         = $outputs['Html']
            JsonLines    = $outputs['JsonLines']
            Redacted     = [bool]$redacting
        }
    }
}
