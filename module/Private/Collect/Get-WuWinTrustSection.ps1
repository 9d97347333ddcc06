function Get-WuWinTrustSection {
    <#
    .SYNOPSIS
    The WinTrust family's snapshot sections: the State of every hive that matters, and setup-log excerpts.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    [ordered]@{
        wintrust = [ordered]@{ hives = @(Get-WuWinTrustHiveFact) }
        logs     = [ordered]@{ setup = @(Get-WuSetupLogExcerpt -Folder (Get-WuSetupLogFolder)) }
    }
}
