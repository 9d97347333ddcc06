function Get-WuWinEventXml {
    <#
    .SYNOPSIS
    The newest events of one event log as XML text (Get-WinEvent, then ToXml()): thin, mocked in
    Pester. One string per event; none when there are none, or the log does not exist or is off.
    #>
    [CmdletBinding()]
    [OutputType([string[]])]
    param(
        [Parameter(Mandatory = $true)][string]$LogName,
        [int[]]$Id,
        [string]$ProviderName,
        [Parameter(Mandatory = $true)][datetime]$StartTime,
        [int]$MaxEvents = 500
    )
    $filter = @{ LogName = $LogName; StartTime = $StartTime }
    if ($null -ne $Id -and $Id.Count -gt 0) { $filter.Id = $Id }
    if ($ProviderName) { $filter.ProviderName = $ProviderName }
    try {
        $events = @(Get-WinEvent -FilterHashtable $filter -MaxEvents $MaxEvents -ErrorAction Stop)
    } catch {
        # NoMatchingEventsFound (none in the window) and a missing or disabled log: nothing logged.
        if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*' -or $_.FullyQualifiedErrorId -like '*NoMatchingLogsFound*') { return }
        throw
    }
    foreach ($e in $events) { $e.ToXml() }
}
