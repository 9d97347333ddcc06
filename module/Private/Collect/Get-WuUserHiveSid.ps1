function Get-WuUserHiveSid {
    <#
    .SYNOPSIS
    The names of the hives loaded under HKEY_USERS (one native read); the engine keeps the user hives.
    #>
    [CmdletBinding()]
    [OutputType([string[]])]
    param()
    $users = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::Users, [Microsoft.Win32.RegistryView]::Registry64)
    try {
        @($users.GetSubKeyNames() | Sort-Object)
    } finally {
        $users.Dispose()
    }
}
