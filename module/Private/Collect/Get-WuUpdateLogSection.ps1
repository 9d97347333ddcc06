function Get-WuUpdateLogSection {
    <#
    .SYNOPSIS
    The update-log family's snapshot section: WindowsUpdate.log and CBS.log, each read by a
    streaming pre-filter into the engine's bounded failure aggregate.

    .PARAMETER Options
    WindowsUpdateLogPath (a WindowsUpdate.log written by Get-WindowsUpdateLog; default: the one on
    the collecting user's desktop, where Get-WindowsUpdateLog writes it, else %windir%\WindowsUpdate.log
    as older Windows kept it), CbsLogPath (default %windir%\Logs\CBS\CBS.log), SkipLogs, Cmdlet.
    The Windows Update client's and CAPI2's events come along (Get-WuUpdateEventFact).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([hashtable]$Options = @{})
    if ($Options['SkipLogs']) { return [ordered]@{ updateLogs = $null } }
    $windows = [System.Environment]::GetFolderPath('Windows')
    $wuPath = [string]$Options['WindowsUpdateLogPath']
    if ([string]::IsNullOrEmpty($wuPath)) {
        $candidates = @(
            [System.IO.Path]::Combine([System.Environment]::GetFolderPath('Desktop'), 'WindowsUpdate.log'),
            [System.IO.Path]::Combine($windows, 'WindowsUpdate.log')
        )
        # The first that exists; when none does, the one Get-WindowsUpdateLog would write.
        $existing = @($candidates | Where-Object { [System.IO.File]::Exists($_) })
        $wuPath = if ($existing.Count -gt 0) { $existing[0] } else { $candidates[0] }
    }
    $cbsPath = [string]$Options['CbsLogPath']
    if ([string]::IsNullOrEmpty($cbsPath)) { $cbsPath = [System.IO.Path]::Combine($windows, 'Logs', 'CBS', 'CBS.log') }
    $windowsUpdate = Get-WuUpdateLogFact -Path $wuPath -Source WindowsUpdate -Cmdlet $Options['Cmdlet']
    if ($windowsUpdate.status -eq 'NotFound') {
        $windowsUpdate.message = 'Windows 10 and later keep the update log as ETW traces: run Get-WindowsUpdateLog (it writes ' +
            'WindowsUpdate.log to the desktop), or give the path of one.'
    }
    [ordered]@{
        updateLogs = [ordered]@{
            windowsUpdate = $windowsUpdate
            cbs           = Get-WuUpdateLogFact -Path $cbsPath -Source Cbs -Cmdlet $Options['Cmdlet']
            events        = Get-WuUpdateEventFact
        }
    }
}
