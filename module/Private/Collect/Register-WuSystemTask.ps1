function Register-WuSystemTask {
    <#
    .SYNOPSIS
    Registers a scheduled task that runs one program once as SYSTEM (ScheduledTasks module; thin, mocked in Pester).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$TaskName,
        [Parameter(Mandatory = $true)][string]$Execute,
        [Parameter(Mandatory = $true)][string]$Argument
    )
    $action = New-ScheduledTaskAction -Execute $Execute -Argument $Argument
    $principal = New-ScheduledTaskPrincipal -UserId 'S-1-5-18' -LogonType ServiceAccount -RunLevel Highest
    $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Minutes 15) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
    $null = Register-ScheduledTask -TaskName $TaskName -TaskPath '\WuTrust\' -Action $action -Principal $principal -Settings $settings -Force
}
