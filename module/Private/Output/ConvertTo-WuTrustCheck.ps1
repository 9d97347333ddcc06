function ConvertTo-WuTrustCheck {
    <#
    .SYNOPSIS
    One engine check result as a WuTrust.Check.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][object]$Check)
    [pscustomobject][ordered]@{
        PSTypeName = 'WuTrust.Check'
        Id         = [string]$Check.id
        Family     = [string]$Check.family
        Outcome    = [string]$Check.outcome
        Title      = [string]$Check.title
        Reason     = [string]$Check.reason
        # True for a family this version does not have: listed so Healthy never covers it (D7).
        NotImplemented = [bool]$(if ($Check.PSObject.Properties['notImplemented']) { $Check.notImplemented } else { $false })
    }
}
