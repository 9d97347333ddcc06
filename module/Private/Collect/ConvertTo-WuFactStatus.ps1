function ConvertTo-WuFactStatus {
    <#
    .SYNOPSIS
    Maps an exception from a native read to a fact status.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][System.Exception]$Exception)
    $inner = $Exception.GetBaseException()
    if ($inner -is [System.Security.SecurityException] -or $inner -is [System.UnauthorizedAccessException]) {
        return 'AccessDenied'
    }
    if ($inner -is [System.PlatformNotSupportedException]) {
        return 'NotSupportedOnThisOS'
    }
    if ($inner -is [System.TimeoutException]) {
        return 'Timeout'
    }
    return 'Error'
}
