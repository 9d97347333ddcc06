function Get-WuSetupLogFolder {
    <#
    .SYNOPSIS
    Where .NET/KB setup logs land, each with the SID of the profile whose TEMP it is (admin-trial D3):
    every profile's TEMP that this account may list, the current user's TEMP, and SYSTEM's temp
    folders (SYSTEM's TEMP is %SystemRoot%\Temp). A folder whose profile is unknown has no SID.
    #>
    [CmdletBinding()]
    param()
    $root = $env:SystemRoot
    $folders = [ordered]@{}
    $add = {
        param([string]$Path, [string]$Sid)
        if (-not $Path) { return }
        $key = $Path.TrimEnd('\').ToUpperInvariant()
        if (-not $folders.Contains($key) -or (-not $folders[$key].Sid -and $Sid)) {
            $folders[$key] = [pscustomobject]@{ Path = $Path; Sid = $(if ($Sid) { $Sid } else { $null }) }
        }
    }
    foreach ($known in @(Get-WuProfileList)) {
        & $add (Join-Path -Path $known.Path -ChildPath 'AppData\Local\Temp') $known.Sid
    }
    $currentSid = $null
    try { $currentSid = Get-WuCurrentUserSid } catch { $currentSid = $null }
    & $add $env:TEMP $currentSid
    if ($root) {
        & $add (Join-Path -Path $root -ChildPath 'Temp') 'S-1-5-18'
        & $add (Join-Path -Path $root -ChildPath 'System32\config\systemprofile\AppData\Local\Temp') 'S-1-5-18'
    }
    $folders.Values
}
