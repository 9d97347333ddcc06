# The act step for the AutoUpdate key's ACL: plan (engine) -> ShouldProcess -> backup -> write ->
# re-read -> engine verdict -> rollback when the verdict is not good. The public commands pass
# their $PSCmdlet so -WhatIf, -Confirm and errors belong to them; the key is a parameter so that
# Windows integration tests can run the same code on a scratch key under HKCU.

$script:WuAuthRootSubKey = 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot'

function Get-WuAclAssessment {
    <#
    .SYNOPSIS
    The engine's assessment of a key's SDDL for CryptSvc (assessAcl).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Sddl,
        [AllowNull()][AllowEmptyString()][string]$ParentSddl,
        [ValidateSet('Auto', 'Inherit', 'Grant')][string]$Strategy = 'Auto',
        [string]$Context
    )
    $request = [ordered]@{ sddl = $Sddl; parentSddl = $null; strategy = $Strategy }
    if (-not [string]::IsNullOrEmpty($ParentSddl)) { $request.parentSddl = $ParentSddl }
    Invoke-WuTrustEngine -Command 'assessAcl' -RequestJson (ConvertTo-Json -InputObject $request -Compress) -Context $Context
}

function New-WuTrustChangeResult {
    <#
    .SYNOPSIS
    A WuTrust.RepairResult: what a repair or restore did.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Action,
        [Parameter(Mandatory = $true)][string]$KeyPath,
        [string]$Strategy,
        [bool]$Changed,
        [bool]$Verified,
        [string]$Before,
        [string]$After,
        [string]$BackupPath,
        [string]$CryptSvcBefore,
        [string]$CryptSvcAfter,
        [object]$Resync,
        [string]$Message
    )
    [pscustomobject][ordered]@{
        PSTypeName     = 'WuTrust.RepairResult'
        ComputerName   = [System.Environment]::MachineName
        Action         = $Action
        KeyPath        = $KeyPath
        Strategy       = $Strategy
        Changed        = $Changed
        Verified       = $Verified
        Before         = $Before
        After          = $After
        BackupPath     = $BackupPath
        CryptSvcBefore = $CryptSvcBefore
        CryptSvcAfter  = $CryptSvcAfter
        Resync         = $Resync
        Message        = $Message
    }
}

function Assert-WuCanChangeSystem {
    <#
    .SYNOPSIS
    Stops the calling command when it is not on Windows or not elevated, before anything is read or written.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][string]$What
    )
    if (-not (Test-WuIsWindows)) {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "$What changes the Windows registry, so it needs Windows. Off Windows, Test-WuAutoUpdateAcl -Sddl shows what it would do." -ErrorId 'WuTrust.NeedsWindows' -Category NotImplemented -TargetObject $What))
    }
    if (-not (Test-WuElevation)) {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "$What changes HKEY_LOCAL_MACHINE and needs an elevated session: start PowerShell with 'Run as administrator' (or run it as SYSTEM). Nothing was changed." -ErrorId 'WuTrust.NotElevated' -Category PermissionDenied -TargetObject $What))
    }
}

function Wait-WuDisallowedCtlSync {
    <#
    .SYNOPSIS
    Triggers a disallowed-CTL check and waits, bounded, for DisallowedCertLastSyncTime (HKLM) to advance.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][int]$TimeoutSeconds,
        [int]$PollSeconds = 5
    )
    $read = {
        $fact = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey
        if ($fact.status -eq 'Ok' -and $fact.values.Contains('DisallowedCertLastSyncTime')) {
            $value = $fact.values['DisallowedCertLastSyncTime']
            if ($value.Contains('hex')) {
                $now = (Get-WuUtcNow).ToUniversalTime().AddMinutes(5).ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
                $request = ConvertTo-Json -Compress -InputObject ([ordered]@{ fact = $value; now = $now })
                $decoded = Invoke-WuTrustEngine -Command 'decodeFiletime' -RequestJson $request
                if ($decoded.kind -eq 'Ok') { return (ConvertTo-WuIsoString -Value $decoded.utc) }
            }
        }
        return $null
    }
    $before = & $read
    $exitCode = Invoke-WuCtlResyncTrigger
    $waited = 0
    $after = $before
    while ($waited -lt $TimeoutSeconds) {
        $after = & $read
        if ($null -ne $after -and $after -ne $before) { break }
        $step = [Math]::Min($PollSeconds, $TimeoutSeconds - $waited)
        Wait-WuTrustInterval -Seconds $step
        $waited += $step
    }
    $after = & $read
    $advanced = ($null -ne $after -and $after -ne $before)
    [pscustomobject][ordered]@{
        PSTypeName     = 'WuTrust.ResyncResult'
        Outcome        = $(if ($advanced) { 'Advanced' } else { 'NotAdvanced' })
        Before         = $before
        After          = $after
        WaitedSeconds  = $waited
        TriggerExit    = $exitCode
        Note           = $(if ($advanced) { 'DisallowedCertLastSyncTime advanced: CryptSvc recorded a sync.' } else { "DisallowedCertLastSyncTime did not advance within $TimeoutSeconds s. The sync runs when crypt32 next needs the list; check again later with Get-WuTrustStatus, and check that ctldl.windowsupdate.com is reachable over HTTP." })
    }
}

function Invoke-WuAclRepair {
    <#
    .SYNOPSIS
    Repairs a key's ACL for CryptSvc: plan, ShouldProcess, backup, write, verify, roll back on failure.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive = 'LocalMachine',
        [string]$SubKey = $script:WuAutoUpdateSubKey,
        [string]$ParentSubKey = $script:WuAuthRootSubKey,
        [ValidateSet('Auto', 'Inherit', 'Grant')][string]$Strategy = 'Auto',
        [string]$BackupPath,
        [switch]$Resync,
        [int]$ResyncTimeoutSeconds = 120
    )
    $keyPath = "$(Get-WuHivePrefix -Hive $Hive)\$SubKey"
    $current = Get-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey
    if ($current.status -ne 'Ok') {
        $why = if ($current.status -eq 'NotFound') { 'does not exist; crypt32 creates it at the next CTL sync when CryptSvc may create subkeys of AuthRoot (Get-WuTrustStatus tells)' } else { "could not be read ($($current.status): $($current.message))" }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "The key $keyPath $why. Nothing was changed." -ErrorId 'WuTrust.KeyUnavailable' -Category ObjectNotFound -TargetObject $keyPath))
    }
    $parent = Get-WuRegistryKeySddl -Hive $Hive -SubKey $ParentSubKey
    $parentSddl = if ($parent.status -eq 'Ok') { [string]$parent.sddl } else { $null }
    $assessment = Get-WuAclAssessment -Sddl $current.sddl -ParentSddl $parentSddl -Strategy $Strategy -Context $keyPath
    $resyncResult = $null
    if (-not $assessment.repairNeeded) {
        if ($Resync) { $resyncResult = Wait-WuDisallowedCtlSync -TimeoutSeconds $ResyncTimeoutSeconds }
        $unchanged = @{
            Action         = 'Repair'
            KeyPath        = $keyPath
            Strategy       = $Strategy
            Changed        = $false
            Verified       = $true
            Before         = $current.sddl
            After          = $current.sddl
            CryptSvcBefore = $assessment.access.grantedMask
            CryptSvcAfter  = $assessment.access.grantedMask
            Resync         = $resyncResult
            Message        = "CryptSvc already has $($assessment.access.grantedMask) on $keyPath; nothing to repair, nothing changed."
        }
        return (New-WuTrustChangeResult @unchanged)
    }
    $plan = $assessment.plan
    if (-not $plan.sufficient) {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "No safe repair for $keyPath`: $($assessment.planNote) Nothing was changed." -ErrorId 'WuTrust.RepairInsufficient' -Category InvalidOperation -TargetObject $keyPath))
    }
    $action = "Set the DACL ($($plan.strategy): $($plan.reason)) to $($plan.targetSddl)"
    if (-not $Caller.ShouldProcess($keyPath, $action)) {
        return
    }
    try {
        $backupFile = Resolve-WuTrustBackupPath -BackupPath $BackupPath -Name 'AutoUpdateAcl'
        $item = [ordered]@{ type = 'RegistryAcl'; hive = $Hive; subKey = $SubKey; path = $keyPath; sddl = [string]$current.sddl }
        $backupFile = Save-WuTrustBackup -Path $backupFile -Item @($item) -Reason "Repair-WuAutoUpdateAcl -Strategy $Strategy"
    } catch {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "The backup could not be written, so nothing was changed: $($_.Exception.Message)" -ErrorId 'WuTrust.BackupFailed' -Category WriteError -TargetObject $BackupPath -InnerException $_.Exception))
    }
    try {
        Set-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey -Sddl $plan.targetSddl
    } catch {
        $inner = $_.Exception.GetBaseException()
        $denied = $inner -is [System.UnauthorizedAccessException] -or $inner -is [System.Security.SecurityException]
        $reread = Get-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey
        if ($reread.status -eq 'Ok' -and $reread.sddl -ne $current.sddl) {
            Set-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey -Sddl $current.sddl
        }
        $message = if ($denied) {
            "You lack WRITE_DAC (change permissions) on $keyPath, so its ACL cannot be changed from this session. Take ownership of the key for BUILTIN\Administrators (regedit: Permissions, Advanced, Owner) or run the repair as SYSTEM, then try again. Nothing was changed; the backup is at $backupFile."
        } else {
            "Writing the ACL of $keyPath failed: $($inner.Message) The original ACL is in place; the backup is at $backupFile."
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message $message -ErrorId $(if ($denied) { 'WuTrust.NoWriteDac' } else { 'WuTrust.WriteFailed' }) -Category $(if ($denied) { 'PermissionDenied' } else { 'WriteError' }) -TargetObject $keyPath -InnerException $_.Exception))
    }
    $after = Get-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey
    $verdict = $null
    if ($after.status -eq 'Ok') {
        $verdict = Get-WuAclAssessment -Sddl $after.sddl -ParentSddl $parentSddl -Strategy $Strategy -Context $keyPath
    }
    if ($null -eq $verdict -or $verdict.repairNeeded) {
        Set-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey -Sddl $current.sddl
        $restored = Get-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey
        $rolledBack = $restored.status -eq 'Ok' -and (Test-WuSameDacl -Expected $current.sddl -Actual $restored.sddl)
        $seen = if ($null -eq $verdict) { "the key could not be read back ($($after.status))" } else { "CryptSvc has $($verdict.access.grantedMask), still missing $($verdict.access.missingRights -join ', ')" }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "The repair of $keyPath did not verify: $seen. The original ACL was put back (rollback $(if ($rolledBack) { 'verified' } else { 'NOT verified - restore it with Restore-WuTrustBackup' })); the backup is at $backupFile." -ErrorId 'WuTrust.VerificationFailed' -Category InvalidResult -TargetObject $keyPath))
    }
    if ($Resync) { $resyncResult = Wait-WuDisallowedCtlSync -TimeoutSeconds $ResyncTimeoutSeconds }
    $repaired = @{
        Action         = 'Repair'
        KeyPath        = $keyPath
        Strategy       = $plan.strategy
        Changed        = $true
        Verified       = $true
        Before         = $current.sddl
        After          = $after.sddl
        BackupPath     = $backupFile
        CryptSvcBefore = $assessment.access.grantedMask
        CryptSvcAfter  = $verdict.access.grantedMask
        Resync         = $resyncResult
        Message        = "Repaired ($($plan.strategy)): CryptSvc now has $($verdict.access.grantedMask) on $keyPath."
    }
    New-WuTrustChangeResult @repaired
}

function Test-WuSameDacl {
    <#
    .SYNOPSIS
    True when two SDDL strings agree on what a DACL write controls (engine compareSddl).
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param([Parameter(Mandatory = $true)][string]$Expected, [Parameter(Mandatory = $true)][string]$Actual)
    $request = ConvertTo-Json -Compress -InputObject ([ordered]@{ expected = $Expected; actual = $Actual })
    [bool](Invoke-WuTrustEngine -Command 'compareSddl' -RequestJson $request).equal
}

function Invoke-WuBackupRestore {
    <#
    .SYNOPSIS
    Restores the items of a backup: ShouldProcess, a backup of the current state, write, verify, roll back on failure.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][string]$Path,
        [string]$BackupPath,
        [switch]$Force
    )
    $read = Read-WuTrustBackupFile -Path $Path
    if ($null -ne $read.ErrorRecord) {
        $Caller.ThrowTerminatingError($read.ErrorRecord)
    }
    $backup = $read.Backup
    if ($backup.computerName -ne [System.Environment]::MachineName -and -not $Force) {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "Backup file '$Path' was taken on $($backup.computerName), not on $([System.Environment]::MachineName). Use -Force to restore it here anyway. Nothing was changed." -ErrorId 'WuTrust.BackupFromOtherComputer' -Category InvalidOperation -TargetObject $Path))
    }
    foreach ($item in @($backup.items | Where-Object { $_.type -eq 'RegistryAcl' })) {
        $null = Invoke-WuTrustEngine -Command 'parseSddl' -RequestJson (ConvertTo-Json -Compress -InputObject ([ordered]@{ sddl = [string]$item.sddl })) -Context "Backup file '$Path'"
    }
    foreach ($item in @($backup.items)) {
        if ($item.type -eq 'RegistryValue') {
            Invoke-WuValueItemRestore -Caller $Caller -Item $item -Path $Path -BackupPath $BackupPath
        } else {
            Invoke-WuAclItemRestore -Caller $Caller -Item $item -Path $Path -BackupPath $BackupPath
        }
    }
}

function Invoke-WuItemRestore {
    <#
    .SYNOPSIS
    Restores one backup item through its adapter (read, write, compare, describe): compare,
    ShouldProcess, back up the current state, write, verify, roll back.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][object]$Item,
        [Parameter(Mandatory = $true)][string]$Path,
        [string]$BackupPath,
        # What is restored, for messages: a key path, or a key path and value name.
        [Parameter(Mandatory = $true)][string]$Target,
        # Reads the current state as a backup item; throws an ErrorRecord when it cannot.
        [Parameter(Mandatory = $true)][scriptblock]$Read,
        # Writes a backup item's state.
        [Parameter(Mandatory = $true)][scriptblock]$Write,
        # True when two items hold the same state.
        [Parameter(Mandatory = $true)][scriptblock]$Same,
        # A short text for an item's state.
        [Parameter(Mandatory = $true)][scriptblock]$Describe
    )
    try {
        $current = & $Read
    } catch {
        $Caller.WriteError($_)
        return
    }
    $before = & $Describe $current
    if (& $Same $Item $current) {
        return (New-WuTrustChangeResult -Action 'Restore' -KeyPath $Target -Changed $false -Verified $true -Before $before -After $before -Message "$Target already is as the backup holds it; nothing changed.")
    }
    if (-not $Caller.ShouldProcess($Target, "Restore from '$Path': $before -> $(& $Describe $Item)")) {
        return
    }
    try {
        $preRestore = Resolve-WuTrustBackupPath -BackupPath $BackupPath -Name "PreRestore-$($Item.type)"
        $preRestore = Save-WuTrustBackup -Path $preRestore -Item @($current) -Reason "Restore-WuTrustBackup -Path $Path"
    } catch {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "The backup of the current state could not be written, so nothing was restored: $($_.Exception.Message)" -ErrorId 'WuTrust.BackupFailed' -Category WriteError -TargetObject $BackupPath -InnerException $_.Exception))
    }
    try {
        & $Write $Item
    } catch {
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "Restoring $Target failed: $($_.Exception.GetBaseException().Message) The state before the restore is backed up at $preRestore." -ErrorId 'WuTrust.WriteFailed' -Category WriteError -TargetObject $Target -InnerException $_.Exception))
    }
    $after = $null
    try { $after = & $Read } catch { $after = $null }
    if ($null -eq $after -or -not (& $Same $Item $after)) {
        & $Write $current
        $seen = if ($null -eq $after) { 'nothing readable' } else { & $Describe $after }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord -Message "The restored $Target did not verify (read back: $seen); the state before the restore was put back. It is also backed up at $preRestore." -ErrorId 'WuTrust.VerificationFailed' -Category InvalidResult -TargetObject $Target))
    }
    New-WuTrustChangeResult -Action 'Restore' -KeyPath $Target -Changed $true -Verified $true -Before $before -After (& $Describe $after) -BackupPath $preRestore -Message "Restored $Target from '$Path'; the state before is backed up at $preRestore."
}

function Invoke-WuAclItemRestore {
    <#
    .SYNOPSIS
    Restores one RegistryAcl backup item (a key's DACL).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][object]$Item,
        [Parameter(Mandatory = $true)][string]$Path,
        [string]$BackupPath
    )
    $keyPath = "$(Get-WuHivePrefix -Hive $Item.hive)\$($Item.subKey)"
    $adapter = @{
        Target   = $keyPath
        Read     = {
            $fact = Get-WuRegistryKeySddl -Hive $Item.hive -SubKey $Item.subKey
            if ($fact.status -ne 'Ok') {
                throw (New-WuTrustErrorRecord -Message "The key $keyPath could not be read ($($fact.status)); it was not restored." -ErrorId 'WuTrust.KeyUnavailable' -Category ObjectNotFound -TargetObject $keyPath)
            }
            [ordered]@{ type = 'RegistryAcl'; hive = [string]$Item.hive; subKey = [string]$Item.subKey; path = $keyPath; sddl = [string]$fact.sddl }
        }
        Write    = { param($state) Set-WuRegistryKeySddl -Hive $state.hive -SubKey $state.subKey -Sddl $state.sddl }
        Same     = { param($a, $b) Test-WuSameDacl -Expected $a.sddl -Actual $b.sddl }
        Describe = { param($state) [string]$state.sddl }
    }
    Invoke-WuItemRestore -Caller $Caller -Item $Item -Path $Path -BackupPath $BackupPath @adapter
}

function Invoke-WuValueItemRestore {
    <#
    .SYNOPSIS
    Restores one RegistryValue backup item (a value, or its absence).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][object]$Item,
        [Parameter(Mandatory = $true)][string]$Path,
        [string]$BackupPath
    )
    $keyPath = "$(Get-WuHivePrefix -Hive $Item.hive)\$($Item.subKey)"
    $adapter = @{
        Target   = "$keyPath\$($Item.name)"
        Read     = { (Get-WuRegistryValueItem -Hive $Item.hive -SubKey $Item.subKey -Name $Item.name -Path $keyPath).Item }
        Write    = { param($state) Set-WuRegistryValueItem -Item $state }
        Same     = { param($a, $b) Test-WuSameValueItem -Expected $a -Actual $b }
        Describe = { param($state) if ($state.existed) { "$($state.valueType) $($state.hex)" } else { 'absent' } }
    }
    Invoke-WuItemRestore -Caller $Caller -Item $Item -Path $Path -BackupPath $BackupPath @adapter
}
