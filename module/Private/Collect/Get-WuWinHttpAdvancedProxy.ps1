function Get-WuWinHttpAdvancedProxy {
    <#
    .SYNOPSIS
    The advanced WinHTTP proxy (Windows 11 and Server 2025: Get-WinhttpProxy -Advanced) as text,
    where the cmdlet exists. Where Windows stores it is UNVERIFIED, so its output is the evidence.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    $command = Get-Command -Name 'Get-WinhttpProxy' -ErrorAction SilentlyContinue
    if ($null -eq $command) {
        $why = 'Get-WinhttpProxy is not on this system (it comes with Windows 11 and Server 2025)'
        return [ordered]@{ status = 'NotSupportedOnThisOS'; message = $why }
    }
    try {
        $text = (& $command -Advanced -ErrorAction Stop | Format-List | Out-String -Width 200).Trim()
        [ordered]@{ status = 'Ok'; text = $text }
    } catch {
        [ordered]@{ status = (ConvertTo-WuFactStatus -Exception $_.Exception); message = $_.Exception.Message }
    }
}
