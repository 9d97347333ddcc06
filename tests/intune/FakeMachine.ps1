# The state file of a pretend Windows machine (tests/intune/FakeWindows.ps1 reads it), made from a
# sample snapshot: its ACLs, WinTrust State values and disallowed-CTL sync time. Dot-sourced by the
# Intune script tests and the Node host's bridge tests.

function New-WuFakeMachine {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$Sample, [Parameter(Mandatory = $true)][string]$Folder)
    $snapshot = Get-Content -Raw -LiteralPath $Sample | ConvertFrom-Json -DateKind String
    $sddl = [ordered]@{}
    $auto = 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
    $sddl["LocalMachine|$auto"] = $snapshot.acl.autoUpdate.sddl
    $sddl['LocalMachine|SOFTWARE\Microsoft\SystemCertificates\AuthRoot'] = $snapshot.acl.authRoot.sddl
    foreach ($k in $snapshot.acl.authRootKeys.PSObject.Properties) {
        $sddl["LocalMachine|SOFTWARE\Microsoft\SystemCertificates\AuthRoot\$($k.Name)"] = $k.Value.sddl
    }
    $values = [ordered]@{}
    foreach ($hive in $snapshot.wintrust.hives) {
        $path = [string]$hive.path
        $key = if ($path.StartsWith('HKCU\')) { "CurrentUser|$($path.Substring(5))" } else { "Users|$($path.Substring(4))" }
        $state = $hive.key.values.State
        if ($null -ne $state -and $state.status -eq 'Ok') { $values["$key|State"] = [ordered]@{ type = $state.type; hex = $state.hex } }
    }
    $sync = $snapshot.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime
    $values["LocalMachine|$auto|DisallowedCertLastSyncTime"] = [ordered]@{ type = $sync.type; hex = $sync.hex }
    $dir = Join-Path $Folder ([guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $dir, (Join-Path $dir 'backups')
    $file = Join-Path $dir 'state.json'
    [ordered]@{ sddl = $sddl; values = $values; journal = @(); synced = $false; snapshot = $snapshot } |
        ConvertTo-Json -Depth 40 | Set-Content -LiteralPath $file
    [pscustomobject]@{ State = $file; Backups = (Join-Path $dir 'backups'); Log = (Join-Path $dir 'remediate.log'); Folder = $dir }
}
