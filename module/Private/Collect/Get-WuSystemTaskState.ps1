function Get-WuSystemTaskState {
    <#
    .SYNOPSIS
    The state of a WuTrust task: Ready, Running, Queued, Disabled, Unknown (ScheduledTasks module; thin, mocked in Pester).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][string]$TaskName)
    [string](Get-ScheduledTask -TaskName $TaskName -TaskPath '\WuTrust\' -ErrorAction Stop).State
}
