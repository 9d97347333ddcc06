function New-WuTrustChangeResult {
    <#
    .SYNOPSIS
    A WuTrust.RepairResult: what a repair or restore did.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Action,
        [Parameter(Mandatory = $true)][string]$KeyPath,
        [string]$Strategy,
        [bool]$Changed,
        [bool]$Verified,
        [string]$Before,
        [string]$After,
        [string]$BackupPath,
        [string]$CryptSvcBefore,
        [string]$CryptSvcAfter,
        [object]$Resync,
        [string]$Message
    )
    [pscustomobject][ordered]@{
        PSTypeName     = 'WuTrust.RepairResult'
        ComputerName   = [System.Environment]::MachineName
        Action         = $Action
        KeyPath        = $KeyPath
        Strategy       = $Strategy
        Changed        = $Changed
        Verified       = $Verified
        Before         = $Before
        After          = $After
        BackupPath     = $BackupPath
        CryptSvcBefore = $CryptSvcBefore
        CryptSvcAfter  = $CryptSvcAfter
        Resync         = $Resync
        Message        = $Message
    }
}
