function Set-WuRegistryKeySddl {
    <#
    .SYNOPSIS
    Writes the DACL part of an SDDL string to a registry key (64-bit view). Needs WRITE_DAC on the key.
    Windows recomputes inherited entries itself when the DACL is not protected.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        [Parameter(Mandatory = $true)][string]$Sddl
    )
    $baseKey = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$Hive, [Microsoft.Win32.RegistryView]::Registry64)
    try {
        $rights = [System.Security.AccessControl.RegistryRights]'ChangePermissions, ReadPermissions'
        $key = $baseKey.OpenSubKey($SubKey, [Microsoft.Win32.RegistryKeyPermissionCheck]::ReadWriteSubTree, $rights)
        if ($null -eq $key) {
            throw (New-Object -TypeName System.Management.Automation.ItemNotFoundException -ArgumentList "The key $SubKey does not exist.")
        }
        try {
            $security = New-Object -TypeName System.Security.AccessControl.RegistrySecurity
            $security.SetSecurityDescriptorSddlForm($Sddl, [System.Security.AccessControl.AccessControlSections]::Access)
            $key.SetAccessControl($security)
        } finally {
            $key.Dispose()
        }
    } finally {
        $baseKey.Dispose()
    }
}
