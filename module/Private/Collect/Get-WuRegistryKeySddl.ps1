function Get-WuRegistryKeySddl {
    <#
    .SYNOPSIS
    Reads a registry key's owner, group and DACL as SDDL (64-bit view). The SACL is not read.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey
    )
    $fact = [ordered]@{ path = "$(Get-WuHivePrefix -Hive $Hive)\$SubKey"; status = 'Ok' }
    $baseKey = $null
    $key = $null
    try {
        $sections = [System.Security.AccessControl.AccessControlSections]'Access, Owner, Group'
        $baseKey = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$Hive, [Microsoft.Win32.RegistryView]::Registry64)
        $readOnly = [Microsoft.Win32.RegistryKeyPermissionCheck]::ReadSubTree
        $key = $baseKey.OpenSubKey($SubKey, $readOnly, [System.Security.AccessControl.RegistryRights]::ReadPermissions)
        if ($null -eq $key) {
            $fact.status = 'NotFound'
            return $fact
        }
        $fact.sddl = $key.GetAccessControl($sections).GetSecurityDescriptorSddlForm($sections)
    } catch {
        $fact.status = ConvertTo-WuFactStatus -Exception $_.Exception
        $fact.message = $_.Exception.GetBaseException().Message
    } finally {
        Write-Verbose "Read the security descriptor of $($fact.path): $($fact.status)"
        if ($null -ne $key) { $key.Dispose() }
        if ($null -ne $baseKey) { $baseKey.Dispose() }
    }
    $fact
}
