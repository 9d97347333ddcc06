function Get-WuWinTrustSection {
    <#
    .SYNOPSIS
    The WinTrust family's snapshot section: the State of every hive that matters (the setup logs
    are the update-log family's, Get-WuUpdateLogSection).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    [ordered]@{
        wintrust = [ordered]@{ hives = @(Get-WuWinTrustHiveFact) }
    }
}
