function Invoke-WuAclRepair {
    <#
    .SYNOPSIS
    Repairs a key's ACL for CryptSvc: the engine plans, Invoke-WuChange applies (backup, write,
    the engine's verdict on the key read back, verified rollback). The key is a parameter so that
    Windows integration tests can run the same code on a scratch key under HKCU.
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
    $adapter = Get-WuChangeAdapter -Type RegistryAcl -Hive $Hive -SubKey $SubKey
    $keyPath = $adapter.Path
    $fact = Get-WuRegistryKeySddl -Hive $Hive -SubKey $SubKey
    if ($fact.status -ne 'Ok') {
        $why = if ($fact.status -eq 'NotFound') {
            'does not exist; crypt32 creates it at the next CTL sync when CryptSvc may create subkeys of AuthRoot (Get-WuTrustStatus tells)'
        } else {
            "could not be read ($($fact.status): $($fact.message))"
        }
        $record = @{
            Message      = "The key $keyPath $why. Nothing was changed."
            ErrorId      = 'WuTrust.KeyUnavailable'
            Category     = 'ObjectNotFound'
            TargetObject = $keyPath
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $parent = Get-WuRegistryKeySddl -Hive $Hive -SubKey $ParentSubKey
    $parentSddl = if ($parent.status -eq 'Ok') { [string]$parent.sddl } else { $null }
    $assessment = Get-WuAclAssessment -Sddl $fact.sddl -ParentSddl $parentSddl -Strategy $Strategy -Context $keyPath
    if (-not $assessment.repairNeeded) {
        $unchanged = @{
            Action         = 'Repair'
            KeyPath        = $keyPath
            Strategy       = $Strategy
            Changed        = $false
            Verified       = $true
            Before         = $fact.sddl
            After          = $fact.sddl
            CryptSvcBefore = $assessment.access.grantedMask
            CryptSvcAfter  = $assessment.access.grantedMask
            Message        = "CryptSvc already has $($assessment.access.grantedMask) on $keyPath; nothing to repair, nothing changed."
        }
        $result = New-WuTrustChangeResult @unchanged
        if ($Resync) { $result.Resync = Wait-WuDisallowedCtlSync -TimeoutSeconds $ResyncTimeoutSeconds }
        return $result
    }
    $plan = $assessment.plan
    if (-not $plan.sufficient) {
        $record = @{
            Message      = "No safe repair for $keyPath`: $($assessment.planNote) Nothing was changed."
            ErrorId      = 'WuTrust.RepairInsufficient'
            Category     = 'InvalidOperation'
            TargetObject = $keyPath
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $current = [ordered]@{ type = 'RegistryAcl'; hive = $Hive; subKey = $SubKey; path = $keyPath; sddl = [string]$fact.sddl }
    $desired = [ordered]@{ type = 'RegistryAcl'; hive = $Hive; subKey = $SubKey; path = $keyPath; sddl = [string]$plan.targetSddl }
    $seen = @{ Granted = $null }
    $verdict = {
        param($After)
        if ($null -eq $After) { return @{ verified = $false; reason = 'the key could not be read back' } }
        $check = Get-WuAclAssessment -Sddl $After.sddl -ParentSddl $parentSddl -Strategy $Strategy -Context $keyPath
        $seen.Granted = $check.access.grantedMask
        if ($check.repairNeeded) {
            $missing = $check.access.missingRights -join ', '
            return @{ verified = $false; reason = "CryptSvc has $($check.access.grantedMask), still missing $missing" }
        }
        @{ verified = $true; reason = "Repaired ($($plan.strategy)): CryptSvc now has $($check.access.grantedMask) on $keyPath." }
    }
    $change = @{
        Caller        = $Caller
        Adapter       = $adapter
        Current       = $current
        Desired       = $desired
        Verdict       = $verdict
        Target        = $keyPath
        Operation     = "Set the DACL ($($plan.strategy): $($plan.reason)) to $($plan.targetSddl)"
        Action        = 'Repair'
        Strategy      = [string]$plan.strategy
        BackupName    = "$($SubKey.Substring($SubKey.LastIndexOf('\') + 1))Acl"
        BackupReason  = "Repair-WuAutoUpdateAcl -Key $($SubKey.Substring($SubKey.LastIndexOf('\') + 1)) -Strategy $Strategy"
        BackupPath    = $BackupPath
        DeniedMessage = "You lack WRITE_DAC (change permissions) on $keyPath, so its ACL cannot be changed from this session. Take " +
            "ownership of the key for BUILTIN\Administrators (regedit: Permissions, Advanced, Owner) or run the repair as SYSTEM, then " +
            "try again."
        Extra         = @{ CryptSvcBefore = $assessment.access.grantedMask }
    }
    $result = Invoke-WuChange @change
    if ($null -eq $result) { return }
    $result.CryptSvcAfter = $seen.Granted
    if ($Resync) { $result.Resync = Wait-WuDisallowedCtlSync -TimeoutSeconds $ResyncTimeoutSeconds }
    $result
}
