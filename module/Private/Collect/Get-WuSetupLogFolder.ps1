function Get-WuSetupLogFolder {
    <#
    .SYNOPSIS
    Where .NET/KB setup logs land: the current user's TEMP, every profile's TEMP that this account
    may list, and the SYSTEM account's temp folders.
    #>
    [CmdletBinding()]
    [OutputType([string[]])]
    param()
    $root = $env:SystemRoot
    $profiles = @()
    if ($env:SystemDrive) {
        $profiles = @(Get-ChildItem -Path (Join-Path -Path $env:SystemDrive -ChildPath 'Users') -Directory -ErrorAction SilentlyContinue |
                ForEach-Object { Join-Path -Path $_.FullName -ChildPath 'AppData\Local\Temp' })
    }
    @(
        $env:TEMP
        $profiles
        $(if ($root) { Join-Path -Path $root -ChildPath 'Temp' })
        $(if ($root) { Join-Path -Path $root -ChildPath 'System32\config\systemprofile\AppData\Local\Temp' })
    ) | Where-Object { $_ } | Select-Object -Unique
}
