function Unregister-WuSystemTask {
    <#
    .SYNOPSIS
    Removes a WuTrust task, whatever its state (ScheduledTasks module; thin, mocked in Pester).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$TaskName)
    Stop-ScheduledTask -TaskName $TaskName -TaskPath '\WuTrust\' -ErrorAction SilentlyContinue
    Unregister-ScheduledTask -TaskName $TaskName -TaskPath '\WuTrust\' -Confirm:$false -ErrorAction SilentlyContinue
}
