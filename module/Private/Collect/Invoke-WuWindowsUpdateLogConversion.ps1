function Invoke-WuWindowsUpdateLogConversion {
    <#
    .SYNOPSIS
    Writes the update log of Windows 10 and later (ETW traces) as text with Get-WindowsUpdateLog,
    to the path given (thin, mocked in Pester). It can take a minute or more.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$Path)
    if ($null -eq (Get-Command -Name 'Get-WindowsUpdateLog' -ErrorAction SilentlyContinue)) {
        throw [System.PlatformNotSupportedException]::new('Get-WindowsUpdateLog is not on this system (Windows 10 and later have it).')
    }
    $null = Get-WindowsUpdateLog -LogPath $Path -ErrorAction Stop
}
