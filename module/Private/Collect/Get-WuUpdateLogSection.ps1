function Get-WuUpdateLogSection {
    <#
    .SYNOPSIS
    The update-log family's snapshot sections: WindowsUpdate.log and CBS.log, each read by a
    streaming pre-filter into the engine's bounded failure aggregate, the update events, and the
    .NET/KB setup-log excerpts of every profile's TEMP folder (section 'logs', as since 0.1.0).

    .PARAMETER Options
    WindowsUpdateLogPath (a WindowsUpdate.log written by Get-WindowsUpdateLog; default: the one on
    the collecting user's desktop, where Get-WindowsUpdateLog writes it, else %windir%\WindowsUpdate.log
    as older Windows kept it), ConvertUpdateLog (run Get-WindowsUpdateLog to a temporary file first),
    CbsLogPath (default %windir%\Logs\CBS\CBS.log), SkipLogs, SkipSetupLogs (the timeline needs
    none), Cmdlet.
    The Windows Update client's and CAPI2's events come along (Get-WuUpdateEventFact).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([hashtable]$Options = @{})
    if ($Options['SkipLogs']) { return [ordered]@{ updateLogs = $null; logs = $null } }
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
    # -ConvertUpdateLog: Get-WindowsUpdateLog writes the ETW traces as text to a temporary file,
    # which is read like any other and deleted afterwards.
    $converted = $null
    if ($Options['ConvertUpdateLog'] -and [string]::IsNullOrEmpty([string]$Options['WindowsUpdateLogPath'])) {
        $converted = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "WuTrust-WindowsUpdate-$([guid]::NewGuid().ToString('N')).log")
        try {
            Write-Verbose "Converting the update log's ETW traces with Get-WindowsUpdateLog to $converted"
            Invoke-WuWindowsUpdateLogConversion -Path $converted
            $wuPath = $converted
        } catch {
            Write-Verbose "Get-WindowsUpdateLog failed: $($_.Exception.Message)"
            $conversionError = $_.Exception.Message
        }
    }
    $cbsPath = [string]$Options['CbsLogPath']
    if ([string]::IsNullOrEmpty($cbsPath)) { $cbsPath = [System.IO.Path]::Combine($windows, 'Logs', 'CBS', 'CBS.log') }
    try {
        $windowsUpdate = Get-WuUpdateLogFact -Path $wuPath -Source WindowsUpdate -Cmdlet $Options['Cmdlet']
    } finally {
        if ($null -ne $converted) { Remove-Item -LiteralPath $converted -Force -ErrorAction SilentlyContinue }
    }
    if ($windowsUpdate.status -eq 'NotFound') {
        $windowsUpdate.message = 'Windows 10 and later keep the update log as ETW traces: run Get-WindowsUpdateLog (it writes ' +
            'WindowsUpdate.log to the desktop), use -ConvertUpdateLog, or give the path of one.'
        if ($null -ne (Get-Variable -Name conversionError -ValueOnly -ErrorAction SilentlyContinue)) {
            $windowsUpdate.message = "Get-WindowsUpdateLog failed: $conversionError"
        }
    }
    [ordered]@{
        updateLogs = [ordered]@{
            windowsUpdate = $windowsUpdate
            cbs           = Get-WuUpdateLogFact -Path $cbsPath -Source Cbs -Cmdlet $Options['Cmdlet']
            events        = Get-WuUpdateEventFact
        }
        logs       = $(if (-not $Options['SkipSetupLogs']) { [ordered]@{ setup = @(Get-WuSetupLogExcerpt -Folder (Get-WuSetupLogFolder)) } })
    }
}
