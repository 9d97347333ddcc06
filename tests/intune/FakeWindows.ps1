# A pretend Windows machine for the Intune script tests (#13), dot-sourced into the WuTrust
# module's scope in a child PowerShell: the module's thinnest Windows wrappers (registry ACLs and
# values, the collection, the CTL resync trigger) are replaced by functions over a JSON state file
# made from a sample snapshot. Every write goes to a journal with the number of backup files that
# existed at that moment, so a test can prove the backup came first. What the fake pretends of
# Windows: CryptSvc syncs the disallowed CTL when asked (at the sample's collection time, which is
# the fake machine's clock).
# Environment: WUTRUST_FAKE_STATE (the state file), WUTRUST_FAKE_BACKUPS (the backup folder),
# WUTRUST_FAKE_ELEVATED ('0' for a non-elevated account).

function script:Read-WuFakeState {
    [CmdletBinding()]
    param()
    # Dates stay text: the snapshot goes back to the engine as it was written.
    Get-Content -Raw -LiteralPath $env:WUTRUST_FAKE_STATE | ConvertFrom-Json -DateKind String
}

function script:Save-WuFakeState {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)]$State)
    Set-Content -LiteralPath $env:WUTRUST_FAKE_STATE -Value ($State | ConvertTo-Json -Depth 40)
}

function script:Add-WuFakeJournal {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)]$State, [Parameter(Mandatory = $true)][string]$Text)
    $backups = @(Get-ChildItem -LiteralPath $env:WUTRUST_FAKE_BACKUPS -Filter '*.json' -ErrorAction SilentlyContinue).Count
    $State.journal += , ([pscustomobject]@{ write = $Text; backupsOnDisk = $backups })
}

function script:Get-WuUtcNow {
    [CmdletBinding()]
    param()
    $state = Read-WuFakeState
    [System.DateTime]::Parse($state.snapshot.collectedAt, [System.Globalization.CultureInfo]::InvariantCulture,
        [System.Globalization.DateTimeStyles]::RoundtripKind).ToUniversalTime()
}

function script:Test-WuIsWindows { [CmdletBinding()] param() $true }
function script:Test-WuElevation { [CmdletBinding()] param() $env:WUTRUST_FAKE_ELEVATED -ne '0' }

function script:Get-WuRegistryKeySddl {
    [CmdletBinding()]
    param([string]$Hive, [string]$SubKey)
    $state = Read-WuFakeState
    $key = "$Hive|$SubKey"
    $entry = $state.sddl.PSObject.Properties[$key]
    if ($null -eq $entry) { return [ordered]@{ path = "$Hive\$SubKey"; status = 'NotFound' } }
    [ordered]@{ path = "$Hive\$SubKey"; status = 'Ok'; sddl = $entry.Value }
}

function script:Set-WuRegistryKeySddl {
    [CmdletBinding()]
    param([string]$Hive, [string]$SubKey, [string]$Sddl)
    $state = Read-WuFakeState
    Add-WuFakeJournal -State $state -Text "SDDL $Hive|$SubKey = $Sddl"
    $state.sddl | Add-Member -NotePropertyName "$Hive|$SubKey" -NotePropertyValue $Sddl -Force
    Save-WuFakeState -State $state
}

function script:Get-WuRegistryKeyFact {
    [CmdletBinding()]
    param([string]$Hive, [string]$SubKey, [string[]]$ExpectedValue = @(), [string[]]$SizeOnlyValue = @(), [string]$View = 'Registry64')
    $state = Read-WuFakeState
    $values = [ordered]@{}
    foreach ($name in $ExpectedValue) {
        $entry = $state.values.PSObject.Properties["$Hive|$SubKey|$name"]
        $values[$name] = [ordered]@{ status = 'NotFound' }
        if ($null -ne $entry) { $values[$name] = [ordered]@{ status = 'Ok'; type = $entry.Value.type; hex = $entry.Value.hex } }
    }
    [ordered]@{ path = "$Hive\$SubKey"; status = 'Ok'; values = $values }
}

function script:Write-WuRegistryValue {
    [CmdletBinding()]
    param([string]$Hive, [string]$SubKey, [string]$Name, [string]$Type, [AllowEmptyString()][string]$Hex)
    $state = Read-WuFakeState
    Add-WuFakeJournal -State $state -Text "VALUE $Hive|$SubKey|$Name = $Type $Hex"
    $state.values | Add-Member -NotePropertyName "$Hive|$SubKey|$Name" -NotePropertyValue ([pscustomobject]@{ type = $Type; hex = $Hex }) -Force
    Save-WuFakeState -State $state
}

function script:Remove-WuRegistryValue {
    [CmdletBinding()]
    param([string]$Hive, [string]$SubKey, [string]$Name)
    $state = Read-WuFakeState
    Add-WuFakeJournal -State $state -Text "REMOVE $Hive|$SubKey|$Name"
    $state.values.PSObject.Properties.Remove("$Hive|$SubKey|$Name")
    Save-WuFakeState -State $state
}

function script:Invoke-WuCtlResyncTrigger {
    [CmdletBinding()]
    param()
    # CryptSvc syncs when it can write AutoUpdate: the fake's stand-in is "the repair wrote its SDDL".
    $state = Read-WuFakeState
    $name = "LocalMachine|$($script:WuAutoUpdateSubKey)|DisallowedCertLastSyncTime"
    # A minute before the sample's collection time: the sample's clock is this machine's clock.
    $collected = [System.DateTime]::Parse($state.snapshot.collectedAt, [System.Globalization.CultureInfo]::InvariantCulture,
        [System.Globalization.DateTimeStyles]::RoundtripKind)
    $ticks = $collected.ToUniversalTime().AddMinutes(-1).ToFileTimeUtc()
    $hex = -join ([System.BitConverter]::GetBytes([long]$ticks) | ForEach-Object { $_.ToString('X2') })
    $state.values | Add-Member -NotePropertyName $name -NotePropertyValue ([pscustomobject]@{ type = 'REG_BINARY'; hex = $hex }) -Force
    $state.synced = $true
    Save-WuFakeState -State $state
    0
}

function script:New-WuTrustSnapshot {
    [CmdletBinding()]
    param([hashtable]$Options = @{})
    # The sample, as this fake machine now is: its ACLs, State values and disallowed-CTL sync time.
    $state = Read-WuFakeState
    $snapshot = $state.snapshot
    $snapshot.acl.autoUpdate.sddl = $state.sddl.PSObject.Properties["LocalMachine|$($script:WuAutoUpdateSubKey)"].Value
    foreach ($hive in $snapshot.wintrust.hives) {
        $path = [string]$hive.path
        $key = if ($path.StartsWith('HKCU\')) { "CurrentUser|$($path.Substring(5))" } else { "Users|$($path.Substring(4))" }
        $entry = $state.values.PSObject.Properties["$key|State"]
        if ($null -ne $entry -and $null -ne $hive.key.values) {
            $hive.key.values.State = [pscustomobject]@{ status = 'Ok'; type = $entry.Value.type; hex = $entry.Value.hex }
        }
    }
    if ($state.synced) {
        $fresh = $state.values.PSObject.Properties["LocalMachine|$($script:WuAutoUpdateSubKey)|DisallowedCertLastSyncTime"].Value.hex
        foreach ($view in $snapshot.ctl.autoUpdate.PSObject.Properties) {
            $values = $view.Value.values
            if ($null -ne $values -and $null -ne $values.PSObject.Properties['DisallowedCertLastSyncTime']) {
                $values.DisallowedCertLastSyncTime = [pscustomobject]@{ status = 'Ok'; type = 'REG_BINARY'; hex = $fresh }
            }
        }
    }
    $snapshot
}

function script:ConvertTo-WuTrustSnapshotJson {
    [CmdletBinding()]
    param($Snapshot, [switch]$Compress)
    ConvertTo-Json -InputObject $Snapshot -Depth 40 -Compress:$Compress
}
