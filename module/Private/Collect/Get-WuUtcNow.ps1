function Get-WuUtcNow {
    <#
    .SYNOPSIS
    The current time in UTC: the snapshot's collection time.
    #>
    [CmdletBinding()]
    [OutputType([datetime])]
    param()
    [System.DateTime]::UtcNow
}
