function Start-WuSystemTask {
    <#
    .SYNOPSIS
    Starts a registered WuTrust task (ScheduledTasks module; thin, mocked in Pester).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$TaskName)
    Start-ScheduledTask -TaskName $TaskName -TaskPath '\WuTrust\'
}
