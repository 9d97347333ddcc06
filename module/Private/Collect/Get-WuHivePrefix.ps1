function Get-WuHivePrefix {
    <#
    .SYNOPSIS
    The short name of a hive as paths show it: HKLM, HKCU, HKU.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][string]$Hive)
    @{ LocalMachine = 'HKLM'; CurrentUser = 'HKCU'; Users = 'HKU' }[$Hive]
}
