function Get-WuProfileList {
    <#
    .SYNOPSIS
    The profiles Windows knows (HKLM\...\ProfileList): each profile's SID and folder, so a setup log
    found in a profile's TEMP can be tied to that profile's hive (admin-trial D3).
    #>
    [CmdletBinding()]
    param()
    $root = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList'
    foreach ($key in @(Get-ChildItem -Path $root -ErrorAction SilentlyContinue)) {
        $folder = (Get-ItemProperty -Path $key.PSPath -Name 'ProfileImagePath' -ErrorAction SilentlyContinue).ProfileImagePath
        if ($folder) {
            [pscustomobject]@{ Sid = [string]$key.PSChildName; Path = [System.Environment]::ExpandEnvironmentVariables([string]$folder) }
        }
    }
}
