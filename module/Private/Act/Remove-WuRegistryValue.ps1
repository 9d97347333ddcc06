function Remove-WuRegistryValue {
    <#
    .SYNOPSIS
    Deletes one registry value if it exists (64-bit view).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        [Parameter(Mandatory = $true)][string]$Name
    )
    $baseKey = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$Hive, [Microsoft.Win32.RegistryView]::Registry64)
    try {
        $key = $baseKey.OpenSubKey($SubKey, $true)
        if ($null -ne $key) {
            try { $key.DeleteValue($Name, $false) } finally { $key.Dispose() }
        }
    } finally {
        $baseKey.Dispose()
    }
}
