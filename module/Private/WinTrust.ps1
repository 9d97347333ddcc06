# The WinTrust Software Publishing State: which hive a scope means, native reads and writes, and
# the act step of Set-WinTrustState (plan -> ShouldProcess -> backup -> write -> verify -> rollback).

$script:WuSoftwarePublishingSubKey = 'Software\Microsoft\Windows\CurrentVersion\WinTrust\Trust Providers\Software Publishing'
$script:WuWinTrustScopes = @('CurrentUser', 'System', 'NetworkService', 'LocalService', 'AllUsers')

function Get-WuWinTrustTarget {
    <#
    .SYNOPSIS
    The hives a scope or SID means (FACTS.md 1.2): SYSTEM is HKU\.DEFAULT, NetworkService HKU\S-1-5-20,
    LocalService HKU\S-1-5-19, a user HKU\<SID>, CurrentUser HKCU; AllUsers is all of them.
    #>
    [CmdletBinding()]
    param(
        [ValidateSet('CurrentUser', 'System', 'NetworkService', 'LocalService', 'AllUsers')][string]$Scope = 'CurrentUser',
        [string]$Sid,
        # Loaded user hives (S-1-5-21-...), for AllUsers.
        [string[]]$UserSid = @()
    )
    $target = {
        param($TargetScope, $TargetSid, $Hive, $Root)
        $subKey = if ($Root) { "$Root\$script:WuSoftwarePublishingSubKey" } else { $script:WuSoftwarePublishingSubKey }
        $prefix = if ($Hive -eq 'CurrentUser') { 'HKCU' } else { 'HKU' }
        [ordered]@{ scope = $TargetScope; sid = $TargetSid; hive = $Hive; subKey = $subKey; path = "$prefix\$subKey" }
    }
    if ($Sid) {
        return (& $target 'User' $Sid 'Users' $Sid)
    }
    switch ($Scope) {
        'CurrentUser' { & $target 'CurrentUser' $null 'CurrentUser' $null }
        'System' { & $target 'System' 'S-1-5-18' 'Users' '.DEFAULT' }
        'NetworkService' { & $target 'NetworkService' 'S-1-5-20' 'Users' 'S-1-5-20' }
        'LocalService' { & $target 'LocalService' 'S-1-5-19' 'Users' 'S-1-5-19' }
        'AllUsers' {
            & $target 'System' 'S-1-5-18' 'Users' '.DEFAULT'
            & $target 'NetworkService' 'S-1-5-20' 'Users' 'S-1-5-20'
            & $target 'LocalService' 'S-1-5-19' 'Users' 'S-1-5-19'
            foreach ($s in $UserSid) { & $target 'User' $s 'Users' $s }
        }
    }
}

function Test-WuSidString {
    <#
    .SYNOPSIS
    True for a literal SID such as S-1-5-21-...-1001.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param([Parameter(Mandatory = $true)][AllowEmptyString()][string]$Sid)
    $Sid -match '^S-1-\d+(-\d+)+$'
}

function Get-WuUserHiveSid {
    <#
    .SYNOPSIS
    The SIDs of the user hives loaded under HKEY_USERS (S-1-5-21-..., not the _Classes hives).
    #>
    [CmdletBinding()]
    [OutputType([string[]])]
    param()
    $users = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::Users, [Microsoft.Win32.RegistryView]::Registry64)
    try {
        @($users.GetSubKeyNames() | Where-Object { $_ -match '^S-1-5-21-[\d-]+$' } | Sort-Object)
    } finally {
        $users.Dispose()
    }
}

function Get-WuSetupLogExcerpt {
    <#
    .SYNOPSIS
    The lines of .NET/KB setup logs (KB*.html, newest first) that mention signatures, errors or the
    final result, from the given folders. Bounded: at most MaxFiles files and MaxLines lines each.
    #>
    [CmdletBinding()]
    param(
        [AllowEmptyCollection()][AllowNull()][string[]]$Folder = @(),
        [int]$MaxFiles = 20,
        [int]$MaxLines = 200
    )
    $pattern = '(?i)signature verification|failed authentication|final result|error = -|0x800b01'
    $files = @()
    foreach ($dir in ($Folder | Where-Object { $_ } | Select-Object -Unique)) {
        try {
            $files += @(Get-ChildItem -LiteralPath $dir -Filter 'KB*.html' -File -ErrorAction Stop)
        } catch {
            # A folder that is missing or closed to this account holds no log we can read.
            continue
        }
    }
    foreach ($file in ($files | Sort-Object -Property LastWriteTimeUtc -Descending | Select-Object -First $MaxFiles)) {
        try {
            $lines = @(Get-Content -LiteralPath $file.FullName -ErrorAction Stop | Where-Object { $_ -match $pattern } | Select-Object -First $MaxLines)
            [ordered]@{ path = $file.FullName; status = 'Ok'; lines = [string[]]$lines }
        } catch {
            [ordered]@{ path = $file.FullName; status = (ConvertTo-WuFactStatus -Exception $_.Exception); message = $_.Exception.Message }
        }
    }
}

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

function Get-WuRegistryValueItem {
    <#
    .SYNOPSIS
    One registry value as a backup item: whether it existed, and its type and raw bytes.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        [Parameter(Mandatory = $true)][string]$Name,
        [Parameter(Mandatory = $true)][string]$Path
    )
    $fact = Get-WuRegistryKeyFact -Hive $Hive -SubKey $SubKey -ExpectedValue $Name
    $item = [ordered]@{ type = 'RegistryValue'; hive = $Hive; subKey = $SubKey; path = $Path; name = $Name; existed = $false; valueType = $null; hex = $null }
    if ($fact.status -eq 'Ok' -and $fact.values[$Name].status -eq 'Ok') {
        $item.existed = $true
        $item.valueType = [string]$fact.values[$Name].type
        $item.hex = [string]$fact.values[$Name].hex
    } elseif ($fact.status -ne 'Ok' -and $fact.status -ne 'NotFound') {
        throw (New-WuTrustErrorRecord -Message "$Path could not be read ($($fact.status): $($fact.message))." -ErrorId 'WuTrust.KeyUnavailable' -Category ReadError -TargetObject $Path)
    }
    [pscustomobject]@{ Item = $item; Fact = $(if ($fact.status -eq 'Ok') { $fact.values[$Name] } else { [ordered]@{ status = 'NotFound' } }) }
}

function Set-WuRegistryValueItem {
    <#
    .SYNOPSIS
    Puts a registry value back as a backup item holds it: written with its type and bytes, or deleted when it did not exist.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][object]$Item)
    if ($Item.existed) {
        Write-WuRegistryValue -Hive $Item.hive -SubKey $Item.subKey -Name $Item.name -Type $Item.valueType -Hex $Item.hex
    } else {
        Remove-WuRegistryValue -Hive $Item.hive -SubKey $Item.subKey -Name $Item.name
    }
}

function Test-WuSameValueItem {
    <#
    .SYNOPSIS
    True when two registry value items agree (both absent, or the same type and bytes).
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param([Parameter(Mandatory = $true)][object]$Expected, [Parameter(Mandatory = $true)][object]$Actual)
    if (-not $Expected.existed) { return (-not $Actual.existed) }
    return ($Actual.existed -and $Actual.valueType -eq $Expected.valueType -and ([string]$Actual.hex).ToUpperInvariant() -eq ([string]$Expected.hex).ToUpperInvariant())
}

function ConvertTo-WuWinTrustState {
    <#
    .SYNOPSIS
    An engine reading or decoding of State as a WuTrust.WinTrustState.
    #>
    [CmdletBinding()]
    param(
        [AllowNull()][object]$Decoded,
        [AllowNull()][object]$Target,
        [string]$Presence = 'Present',
        [string]$Note
    )
    $options = @()
    if ($null -ne $Decoded) {
        $options = @(foreach ($o in @($Decoded.options)) { [pscustomobject]@{ Number = [int]$o.number; Name = [string]$o.name; Label = [string]$o.label; Enabled = [bool]$o.enabled } })
    }
    [pscustomobject][ordered]@{
        PSTypeName       = 'WuTrust.WinTrustState'
        Scope            = $(if ($null -ne $Target) { [string]$Target.scope } else { $null })
        Sid              = $(if ($null -ne $Target) { $Target.sid } else { $null })
        Path             = $(if ($null -ne $Target) { [string]$Target.path } else { $null })
        Presence         = $Presence
        Value            = $(if ($null -ne $Decoded) { [uint32]$Decoded.value } else { $null })
        Hex              = $(if ($null -ne $Decoded) { [string]$Decoded.hex } else { $null })
        IsWindowsDefault = $(if ($null -ne $Decoded) { [bool]$Decoded.isWindowsDefault } else { $null })
        BreaksUpdates    = [string[]]@($(if ($null -ne $Decoded) { $Decoded.breaksUpdates | ForEach-Object { $_.text } }))
        WeakensSecurity  = [string[]]@($(if ($null -ne $Decoded) { $Decoded.weakensSecurity | ForEach-Object { $_.text } }))
        UnknownBits      = [string[]]@($(if ($null -ne $Decoded) { $Decoded.unknownBits }))
        Options          = $options
        SetRegText       = $(if ($null -ne $Decoded) { [string]$Decoded.setRegText } else { $null })
        Note             = $Note
    }
}

function Invoke-WuWinTrustChange {
    <#
    .SYNOPSIS
    Set-WinTrustState's act step for one hive: plan (engine), ShouldProcess, backup, REG_DWORD write,
    re-read, engine verification, rollback on mismatch.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][System.Collections.IDictionary]$Target,
        # The change, as planWinTrustState takes it (default | value | options, force).
        [Parameter(Mandatory = $true)][System.Collections.IDictionary]$Change,
        [string]$BackupPath
    )
    $path = "$($Target.path)\State"
    try {
        $before = Get-WuRegistryValueItem -Hive $Target.hive -SubKey $Target.subKey -Name 'State' -Path $Target.path
    } catch {
        $Caller.ThrowTerminatingError($_)
    }
    $request = [ordered]@{ currentFact = $before.Fact }
    foreach ($k in $Change.Keys) { $request[$k] = $Change[$k] }
    $plan = Invoke-WuTrustEngine -Command 'planWinTrustState' -RequestJson (ConvertTo-Json -Compress -Depth 5 -InputObject $request) -Context 'Set-WinTrustState'
    if (-not $plan.allowed) {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "$path`: $($plan.refusal) Nothing was changed." -ErrorId 'WuTrust.WeakeningNeedsForce' -Category SecurityError -TargetObject $path))
    }
    $beforeText = if ($null -ne $plan.beforeHex) { [string]$plan.beforeHex } elseif ($before.Item.existed) { "malformed $($before.Item.valueType) $($before.Item.hex)" } else { 'absent' }
    $alreadyDword = $before.Item.existed -and $before.Item.valueType -eq 'REG_DWORD'
    if (-not $plan.changed -and $alreadyDword) {
        return (New-WuTrustChangeResult -Action 'SetWinTrustState' -KeyPath $path -Changed $false -Verified $true -Before $beforeText -After $beforeText -Message "$path is already $($plan.afterHex); nothing changed.")
    }
    $changes = @($plan.changes | ForEach-Object { "$($_.bit) $($_.label)" }) -join '; '
    if ($plan.requiresForce) {
        $Caller.WriteWarning("With -Force, this weakens signature checking for $($Target.scope): " + (@($plan.weakening | ForEach-Object { $_.text }) -join ' '))
    }
    if (-not $Caller.ShouldProcess($path, "Set State from $beforeText to $($plan.afterHex) (REG_DWORD): $changes")) {
        return
    }
    try {
        $file = Resolve-WuTrustBackupPath -BackupPath $BackupPath -Name "WinTrustState-$($Target.scope)"
        $file = Save-WuTrustBackup -Path $file -Item @($before.Item) -Reason "Set-WinTrustState $($Target.scope) $($plan.afterHex)"
    } catch {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "The backup could not be written, so nothing was changed: $($_.Exception.Message)" -ErrorId 'WuTrust.BackupFailed' -Category WriteError -TargetObject $BackupPath -InnerException $_.Exception))
    }
    $hex = ([System.BitConverter]::GetBytes([uint32]$plan.after) | ForEach-Object { $_.ToString('X2') }) -join ''
    try {
        Write-WuRegistryValue -Hive $Target.hive -SubKey $Target.subKey -Name 'State' -Type 'REG_DWORD' -Hex $hex
    } catch {
        $inner = $_.Exception.GetBaseException()
        $denied = $inner -is [System.UnauthorizedAccessException] -or $inner -is [System.Security.SecurityException]
        $message = if ($denied) { "This session may not write $path (access denied). Another account's hive needs an elevated session. Nothing was changed; the backup is at $file." } else { "Writing $path failed: $($inner.Message) The backup is at $file." }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message $message -ErrorId $(if ($denied) { 'WuTrust.AccessDenied' } else { 'WuTrust.WriteFailed' }) -Category $(if ($denied) { 'PermissionDenied' } else { 'WriteError' }) -TargetObject $path -InnerException $_.Exception))
    }
    $after = Get-WuRegistryValueItem -Hive $Target.hive -SubKey $Target.subKey -Name 'State' -Path $Target.path
    $reading = Invoke-WuTrustEngine -Command 'readWinTrustState' -RequestJson (ConvertTo-Json -Compress -Depth 5 -InputObject @{ fact = $after.Fact })
    $verified = $reading.presence -eq 'Present' -and [uint32]$reading.value -eq [uint32]$plan.after -and $after.Item.valueType -eq 'REG_DWORD'
    if (-not $verified) {
        Set-WuRegistryValueItem -Item $before.Item
        $restored = Get-WuRegistryValueItem -Hive $Target.hive -SubKey $Target.subKey -Name 'State' -Path $Target.path
        $rolledBack = Test-WuSameValueItem -Expected $before.Item -Actual $restored.Item
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "$path did not read back as $($plan.afterHex) REG_DWORD (read: $($after.Item.valueType) $($after.Item.hex)). The previous value was put back (rollback $(if ($rolledBack) { 'verified' } else { 'NOT verified - use Restore-WuTrustBackup' })); the backup is at $file." -ErrorId 'WuTrust.VerificationFailed' -Category InvalidResult -TargetObject $path))
    }
    $result = @{
        Action     = 'SetWinTrustState'
        KeyPath    = $path
        Strategy   = $Target.scope
        Changed    = $true
        Verified   = $true
        Before     = $beforeText
        After      = [string]$plan.afterHex
        BackupPath = $file
        Message    = "Set $path to $($plan.afterHex): $changes"
    }
    New-WuTrustChangeResult @result
}
