# Native reads and writes of registry key security: one wrapper per call, so Pester can mock them.

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
        $key = $baseKey.OpenSubKey($SubKey, [Microsoft.Win32.RegistryKeyPermissionCheck]::ReadSubTree, [System.Security.AccessControl.RegistryRights]::ReadPermissions)
        if ($null -eq $key) {
            $fact.status = 'NotFound'
            return $fact
        }
        $fact.sddl = $key.GetAccessControl($sections).GetSecurityDescriptorSddlForm($sections)
    } catch {
        $fact.status = ConvertTo-WuFactStatus -Exception $_.Exception
        $fact.message = $_.Exception.GetBaseException().Message
    } finally {
        if ($null -ne $key) { $key.Dispose() }
        if ($null -ne $baseKey) { $baseKey.Dispose() }
    }
    $fact
}

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

function Invoke-WuCtlResyncTrigger {
    <#
    .SYNOPSIS
    Asks crypt32 to look at the disallowed CTL (certutil -verifyCTL Disallowed). Whether this makes
    it download a new list is UNVERIFIED; the caller waits for the sync time to advance and reports
    what it saw.
    #>
    [CmdletBinding()]
    [OutputType([int])]
    param()
    $certutil = Join-Path -Path $env:SystemRoot -ChildPath 'System32\certutil.exe'
    $null = & $certutil -verifyCTL Disallowed 2>&1
    $LASTEXITCODE
}

function Wait-WuTrustInterval {
    <#
    .SYNOPSIS
    Sleeps between polls (a wrapper so tests do not wait).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][int]$Seconds)
    Start-Sleep -Seconds $Seconds
}
