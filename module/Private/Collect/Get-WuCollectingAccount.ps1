function Get-WuCollectingAccount {
    <#
    .SYNOPSIS
    The account this session runs as (name and SID): its HKCU is the snapshot's HKCU, so the engine
    knows whether that hive is SYSTEM's (admin-trial D5).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    [ordered]@{ name = [string]$identity.Name; sid = [string]$identity.User.Value }
}
