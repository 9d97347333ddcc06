function Reset-WuCtlSyncTime {
    <#
    .SYNOPSIS
    Removes (or, with -SetNow -Force, rewrites) one CTL sync value of an AutoUpdate key safely:
    backup, write, verify, rollback.

    .DESCRIPTION
    For the values WuTrust reports as malformed, future-dated or custom (WUT-CTL-003, WUT-CTL-008):
    the last-sync times of the three CTLs crypt32 keeps (DisallowedCertLastSyncTime, LastSyncTime,
    PinRulesLastSyncTime) and their sync intervals (DisallowedCertSyncDeltaTime, SyncDeltaTime,
    PinRulesSyncDeltaTime), in HKLM, HKCU or HKU\.DEFAULT (SYSTEM's user hive).

    By default the value is removed: crypt32 then has no usable time for that CTL, fetches it at
    the next chance and writes the value anew; a removed interval means the default interval. The
    old value is backed up first (Restore-WuTrustBackup puts it back), the key is read back and the
    engine verifies the value is gone; when it is not, the old value is written back and verified.

    -SetNow writes the current time instead. That is seed 000's temporary workaround: crypt32 then
    treats the cached CTL as fresh although nothing was fetched, so revoked certificates that a
    newer CTL would list stay trusted for up to a day. It weakens trust and needs -Force.

    .PARAMETER Name
    The value: DisallowedCertLastSyncTime, LastSyncTime, PinRulesLastSyncTime,
    DisallowedCertSyncDeltaTime, SyncDeltaTime or PinRulesSyncDeltaTime.

    .PARAMETER Hive
    HKLM (default), HKCU (this account), or DEFAULT (HKU\.DEFAULT, the user hive of SYSTEM, as which
    Windows Update's chain checks run).

    .PARAMETER SetNow
    Write the current time (a last-sync value only) instead of removing the value. Needs -Force.

    .PARAMETER Force
    Allow -SetNow, which makes crypt32 trust a CTL it has not refreshed.

    .PARAMETER BackupPath
    Where the backup goes: a file or a folder. Default: %ProgramData%\WuTrust\Backups.

    .EXAMPLE
    Reset-WuCtlSyncTime -Name DisallowedCertLastSyncTime -WhatIf

    Shows what would be removed; changes nothing.

    .EXAMPLE
    Reset-WuCtlSyncTime -Name DisallowedCertLastSyncTime -Hive DEFAULT -Confirm:$false

    Removes SYSTEM's copy of the value (for example a future-dated one), with a backup.

    .OUTPUTS
    WuTrust.RepairResult

    .NOTES
    Needs Windows; HKLM and DEFAULT need an elevated session.

    .LINK
    Get-WuTrustStatus

    .LINK
    Restore-WuTrustBackup
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    [OutputType('WuTrust.RepairResult')]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [ValidateSet('DisallowedCertLastSyncTime', 'LastSyncTime', 'PinRulesLastSyncTime',
            'DisallowedCertSyncDeltaTime', 'SyncDeltaTime', 'PinRulesSyncDeltaTime')]
        [string]$Name,

        [ValidateSet('HKLM', 'HKCU', 'DEFAULT')]
        [string]$Hive = 'HKLM',

        [switch]$SetNow,

        [switch]$Force,

        [string]$BackupPath
    )
    if ($SetNow -and $Name -notlike '*LastSyncTime') {
        $record = @{
            Message      = "-SetNow writes a time, and $Name is an interval; remove it instead (without -SetNow). Nothing was changed."
            ErrorId      = 'WuTrust.SetNowNeedsTime'
            Category     = 'InvalidArgument'
            TargetObject = $Name
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    if ($SetNow -and -not $Force) {
        $record = @{
            Message      = "-SetNow makes crypt32 treat the cached CTL as fresh although nothing was fetched, so certificates a newer " +
                'CTL would distrust stay trusted until the next window ends. Repeat with -Force if that is intended. Nothing was changed.'
            ErrorId      = 'WuTrust.WeakeningNeedsForce'
            Category     = 'SecurityError'
            TargetObject = $Name
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $alternative = 'Get-WuTrustStatus -Snapshot judges a snapshot taken on the Windows machine.'
    Assert-WuCanChangeSystem -Caller $PSCmdlet -What 'Reset-WuCtlSyncTime' -Alternative $alternative -RequireElevation ($Hive -ne 'HKCU')
    $registryHive = @{ HKLM = 'LocalMachine'; HKCU = 'CurrentUser'; DEFAULT = 'Users' }[$Hive]
    $subKey = if ($Hive -eq 'DEFAULT') { ".DEFAULT\$script:WuAutoUpdateSubKey" } else { $script:WuAutoUpdateSubKey }
    $adapter = Get-WuChangeAdapter -Type RegistryValue -Hive $registryHive -SubKey $subKey -Name $Name
    $target = "$($adapter.Path)\$Name"
    Write-Verbose "Reading $target"
    $current = & $adapter.Read $adapter
    if ($null -eq $current) {
        $record = @{
            Message      = "$target could not be read, so nothing was changed."
            ErrorId      = 'WuTrust.KeyUnavailable'
            Category     = 'ReadError'
            TargetObject = $target
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $desired = [ordered]@{ type = 'RegistryValue'; hive = $registryHive; subKey = $subKey; path = $adapter.Path; name = $Name; existed = $false }
    if ($SetNow) {
        $ticks = (Get-WuUtcNow).ToUniversalTime().ToFileTimeUtc()
        $desired.existed = $true
        $desired.valueType = 'REG_BINARY'
        $desired.hex = ConvertTo-WuHex -Bytes ([System.BitConverter]::GetBytes([long]$ticks))
        $PSCmdlet.WriteWarning("With -Force, $target is set to now: crypt32 will treat the cached CTL as fresh until the window ends.")
    }
    $beforeText = & $adapter.Describe $adapter $current
    $afterText = & $adapter.Describe $adapter $desired
    if (Test-WuSameItem -Expected $desired -Actual $current) {
        $unchanged = @{
            Action = 'ResetCtlSyncTime'; KeyPath = $target; Changed = $false; Verified = $true
            Before = $beforeText; After = $beforeText; Message = "$target already is $beforeText; nothing changed."
        }
        return (New-WuTrustChangeResult @unchanged)
    }
    $verdict = {
        param($After)
        if ($null -ne $After -and (Test-WuSameItem -Expected $desired -Actual $After)) {
            return @{ verified = $true; reason = "$target is $afterText" }
        }
        @{ verified = $false; reason = "read back: $(& $adapter.Describe $adapter $After)" }
    }
    $change = @{
        Caller       = $PSCmdlet
        Adapter      = $adapter
        Current      = $current
        Desired      = $desired
        Verdict      = $verdict
        Target       = $target
        Operation    = "$(if ($SetNow) { 'Set' } else { 'Remove' }) $Name ($beforeText -> $afterText)"
        Action       = 'ResetCtlSyncTime'
        BackupName   = "CtlSyncTime-$Hive-$Name"
        BackupReason = "Reset-WuCtlSyncTime -Name $Name -Hive $Hive"
        BackupPath   = $BackupPath
        Extra        = @{ Before = $beforeText; After = $afterText; Message = "$target`: $beforeText -> $afterText" }
    }
    Invoke-WuChange @change
}
