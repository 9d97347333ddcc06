function Wait-WuTrustInterval {
    <#
    .SYNOPSIS
    Sleeps between polls (a wrapper so tests do not wait).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][int]$Seconds)
    Start-Sleep -Seconds $Seconds
}
