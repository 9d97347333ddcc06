function Get-WuCurrentUserSid {
    <#
    .SYNOPSIS
    The SID of the account this session runs as (its HKCU is HKU\<SID>, or HKU\.DEFAULT for SYSTEM).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value
}
