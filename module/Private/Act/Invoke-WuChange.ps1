function Invoke-WuChange {
    <#
    .SYNOPSIS
    The one change transaction: ShouldProcess, a backup written before the first change, the write,
    a re-read, the engine's verdict, and on a bad verdict a rollback that is itself verified.
    .DESCRIPTION
    Every change WuTrust makes to a machine goes through here (Repair-WuAutoUpdateAcl,
    Set-WinTrustState, Restore-WuTrustBackup). The adapter (Get-WuChangeAdapter) reads and writes
    one kind of item (a registry key's ACL, a registry value) as a backup item; the caller passes
    the item as it is now (already read, to plan), the item wanted, and the verdict: a script block
    that gets the item read back and returns the engine's { verified, reason }. The rollback is
    judged by the engine too (compareItem). Returns a WuTrust.RepairResult, or nothing with -WhatIf.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][hashtable]$Adapter,
        # The item as it is before the change (it goes into the backup).
        [Parameter(Mandatory = $true)][object]$Current,
        # The item to write.
        [Parameter(Mandatory = $true)][object]$Desired,
        # Gets the item read back (or $null when it could not be read); returns { verified; reason }.
        [Parameter(Mandatory = $true)][scriptblock]$Verdict,
        # What is changed, for ShouldProcess and messages (a key path, or a value path).
        [Parameter(Mandatory = $true)][string]$Target,
        # The ShouldProcess action text: what will change, exactly.
        [Parameter(Mandatory = $true)][string]$Operation,
        # The result's Action (Repair, SetWinTrustState, Restore) and what it says.
        [Parameter(Mandatory = $true)][string]$Action,
        [string]$Strategy,
        [Parameter(Mandatory = $true)][string]$BackupName,
        [Parameter(Mandatory = $true)][string]$BackupReason,
        [string]$BackupPath,
        # The message when the write is refused (access denied); the backup path is appended.
        [string]$DeniedMessage = 'This session may not write it (access denied).',
        [hashtable]$Extra = @{}
    )
    if (-not $Caller.ShouldProcess($Target, $Operation)) {
        return
    }
    try {
        $file = Resolve-WuTrustBackupPath -BackupPath $BackupPath -Name $BackupName
        $file = Save-WuTrustBackup -Path $file -Item @($Current) -Reason $BackupReason
        Write-Verbose "$Target`: backup written to $file and read back"
    } catch {
        $failure = @{
            Message        = "The backup could not be written, so nothing was changed: $($_.Exception.Message)"
            ErrorId        = 'WuTrust.BackupFailed'
            Category       = 'WriteError'
            TargetObject   = $BackupPath
            InnerException = $_.Exception
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @failure))
    }
    Write-Verbose "$Target`: writing $(& $Adapter.Describe $Adapter $Desired)"
    try {
        & $Adapter.Write $Adapter $Desired
    } catch {
        $inner = $_.Exception.GetBaseException()
        $denied = $inner -is [System.UnauthorizedAccessException] -or $inner -is [System.Security.SecurityException]
        $state = Restore-WuChangeState -Adapter $Adapter -Current $Current
        $failure = @{
            Message        = $(if ($denied) {
                    "$DeniedMessage Nothing was changed ($state); the backup is at $file."
                } else {
                    "Writing $Target failed: $($inner.Message) ($state); the backup is at $file."
                })
            ErrorId        = $(if ($denied) { $Adapter.DeniedErrorId } else { 'WuTrust.WriteFailed' })
            Category       = $(if ($denied) { 'PermissionDenied' } else { 'WriteError' })
            TargetObject   = $Target
            InnerException = $_.Exception
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @failure))
    }
    $after = $null
    try { $after = & $Adapter.Read $Adapter } catch { $after = $null }
    $judged = & $Verdict $after
    Write-Verbose "$Target`: read back $(& $Adapter.Describe $Adapter $after); verified: $([bool]$judged.verified) ($($judged.reason))"
    if (-not $judged.verified) {
        $state = Restore-WuChangeState -Adapter $Adapter -Current $Current -Force
        $failure = @{
            Message      = "The change of $Target did not verify: $($judged.reason). The previous state was put back ($state); the " +
                "backup is at $file."
            ErrorId      = 'WuTrust.VerificationFailed'
            Category     = 'InvalidResult'
            TargetObject = $Target
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @failure))
    }
    $result = @{
        Action     = $Action
        KeyPath    = $Target
        Strategy   = $Strategy
        Changed    = $true
        Verified   = $true
        Before     = (& $Adapter.Describe $Adapter $Current)
        After      = (& $Adapter.Describe $Adapter $after)
        BackupPath = $file
        Message    = [string]$judged.reason
    }
    foreach ($key in $Extra.Keys) { $result[$key] = $Extra[$key] }
    New-WuTrustChangeResult @result
}
