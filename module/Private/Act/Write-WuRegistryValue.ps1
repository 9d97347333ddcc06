function Write-WuRegistryValue {
    <#
    .SYNOPSIS
    Writes one registry value from its type and raw bytes as hex (REG_DWORD, REG_QWORD, REG_BINARY,
    REG_SZ, REG_EXPAND_SZ), creating the key when it is missing. 64-bit view.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        [Parameter(Mandatory = $true)][string]$Name,
        [Parameter(Mandatory = $true)][ValidateSet('REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_SZ', 'REG_EXPAND_SZ')][string]$Type,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$Hex
    )
    $bytes = New-Object -TypeName byte[] -ArgumentList ($Hex.Length / 2)
    for ($i = 0; $i -lt $bytes.Length; $i++) { $bytes[$i] = [Convert]::ToByte($Hex.Substring($i * 2, 2), 16) }
    switch ($Type) {
        'REG_DWORD' { $data = [System.BitConverter]::ToInt32($bytes, 0); $kind = [Microsoft.Win32.RegistryValueKind]::DWord }
        'REG_QWORD' { $data = [System.BitConverter]::ToInt64($bytes, 0); $kind = [Microsoft.Win32.RegistryValueKind]::QWord }
        'REG_BINARY' { $data = $bytes; $kind = [Microsoft.Win32.RegistryValueKind]::Binary }
        'REG_SZ' { $data = [System.Text.Encoding]::Unicode.GetString($bytes); $kind = [Microsoft.Win32.RegistryValueKind]::String }
        'REG_EXPAND_SZ' { $data = [System.Text.Encoding]::Unicode.GetString($bytes); $kind = [Microsoft.Win32.RegistryValueKind]::ExpandString }
    }
    $baseKey = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$Hive, [Microsoft.Win32.RegistryView]::Registry64)
    try {
        $key = $baseKey.CreateSubKey($SubKey)
        try { $key.SetValue($Name, $data, $kind) } finally { $key.Dispose() }
    } finally {
        $baseKey.Dispose()
    }
}
