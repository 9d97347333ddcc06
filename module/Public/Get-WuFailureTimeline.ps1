function Get-WuFailureTimeline {
    <#
    .SYNOPSIS
    Reads WindowsUpdate.log or CBS.log into a failure timeline: each distinct failure with its code,
    every name of the code, what it means, the WuTrust cause and checks, the endpoint, counts and times.

    .DESCRIPTION
    Streams the log (a cheap pre-filter in .NET; only matching lines go to the WuTrust engine;
    memory does not grow with the file) and groups the failures by code, component, endpoint and
    marker (GetDownloadedOnWeakSSLCert, retrying with default proxy). Works on any OS for a given
    file. Without -Path, on Windows, reads this machine's WindowsUpdate.log (the one Get-WindowsUpdateLog
    wrote to your desktop, or %windir%\WindowsUpdate.log on older Windows) and CBS.log.

    WindowsUpdate.log from Get-WindowsUpdateLog prints PID and TID in decimal, the legacy log in hex
    (which Microsoft's documentation describes); both are read, and Radix says which reading was used.
    Log times are the machine's local time.

    .PARAMETER Path
    A log file. Its kind comes from -Source (default: CBS when the name is CBS*.log, else WindowsUpdate).

    .PARAMETER Source
    WindowsUpdate or Cbs, when the file name does not say.

    .PARAMETER Since
    Only failures whose latest line is at or after this time.

    .EXAMPLE
    Get-WindowsUpdateLog; Get-WuFailureTimeline

    Writes the update log (Windows 10 and later) and shows its failures, oldest first.

    .EXAMPLE
    Get-WuFailureTimeline -Path .\WindowsUpdate.log -Since (Get-Date).AddDays(-7) | Format-List

    Last week's failures of a log copied from another machine, in full.

    .OUTPUTS
    WuTrust.LogFailure

    .LINK
    Resolve-WuErrorCode

    .LINK
    Get-WuTrustStatus
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.LogFailure')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName')]
        [ValidateNotNullOrEmpty()]
        [string[]]$Path,

        [ValidateSet('WindowsUpdate', 'Cbs')]
        [string]$Source,

        [datetime]$Since
    )
    process {
        $logs = @()
        if ($null -eq $Path -or $Path.Count -eq 0) {
            $message = 'Without -Path, Get-WuFailureTimeline reads this machine''s logs, which needs Windows. Give -Path <log file>.'
            Assert-WuLiveCollection -Caller $PSCmdlet -Message $message
            $section = (Get-WuUpdateLogSection -Options @{ Cmdlet = $PSCmdlet; SkipSetupLogs = $true }).updateLogs
            $logs = @($section.windowsUpdate, $section.cbs)
        } else {
            foreach ($p in $Path) {
                $full = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($p)
                $kind = if ($Source) { $Source } elseif ([System.IO.Path]::GetFileName($full) -like 'CBS*.log') { 'Cbs' } else { 'WindowsUpdate' }
                $logs += , (Get-WuUpdateLogFact -Path $full -Source $kind -Cmdlet $PSCmdlet)
            }
        }
        foreach ($log in $logs) {
            if ($log.status -ne 'Ok') {
                $message = "The log '$($log.path)' could not be read ($($log.status)): $($log['message'])"
                if ($log.status -eq 'NotFound') { $message = "The log '$($log.path)' does not exist." }
                if ($log.Contains('message') -and $log.status -eq 'NotFound') { $message += ' ' + $log.message }
                $record = @{ Message = $message; ErrorId = "WuTrust.Log$($log.status)"; Category = 'ReadError'; TargetObject = $log.path }
                $PSCmdlet.WriteError((New-WuTrustErrorRecord @record))
                continue
            }
            $request = '{"aggregate":' + (ConvertTo-Json -InputObject $log.aggregate -Depth 8 -Compress)
            if ($PSBoundParameters.ContainsKey('Since')) {
                # Log times are local times written as they stand; -Since is compared the same way.
                $sinceText = $Since.ToString('yyyy-MM-ddTHH:mm:ss.fffffff', [System.Globalization.CultureInfo]::InvariantCulture) + 'Z'
                $request += ',"since":' + (ConvertTo-WuJsonString -Text $sinceText)
            }
            $timeline = Invoke-WuTrustEngine -Command 'failureTimeline' -RequestJson ($request + '}')
            $counts = "$($timeline.linesSeen) matching line(s), $($timeline.linesUnparsed) in no known form"
            $PSCmdlet.WriteVerbose("$($log.path): $counts; $($timeline.radix)")
            foreach ($row in @($timeline.rows)) {
                [pscustomobject][ordered]@{
                    PSTypeName = 'WuTrust.LogFailure'
                    Log        = [string]$log.path
                    Source     = [string]$timeline.source
                    First      = ConvertTo-WuLogTime -Value $row.first
                    Last       = ConvertTo-WuLogTime -Value $row.last
                    Count      = [int]$row.count
                    Code       = if ($null -eq $row.code) { $null } else { [string]$row.code }
                    Name       = if (@($row.names).Count -gt 0) { [string]@($row.names)[0] } else { $null }
                    Names      = @($row.names | ForEach-Object { [string]$_ })
                    Meaning    = if ($null -eq $row.meaning) { $null } else { [string]$row.meaning }
                    Cause      = if ($null -eq $row.cause) { $null } else { [string]$row.cause }
                    Checks     = @($row.checks | ForEach-Object { [string]$_ })
                    Component  = [string]$row.component
                    Endpoint   = if ($null -eq $row.host) { $null } else { [string]$row.host }
                    Marker     = if ($null -eq $row.marker) { $null } else { [string]$row.marker }
                    Radix      = if ($null -eq $timeline.radix) { $null } else { [string]$timeline.radix }
                    Lines      = @($row.lines | ForEach-Object { [string]$_ })
                }
            }
        }
    }
}
