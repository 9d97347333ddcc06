function Repair-WuAutoUpdateAcl {
    <#
    .SYNOPSIS
    Gives NT SERVICE\CryptSvc back the access it needs on the AutoUpdate key, with a backup, verification and rollback.

    .DESCRIPTION
    When HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate loses inheritance and with it
    the CryptSvc permission, CryptSvc can no longer record CTL syncs, DisallowedCertLastSyncTime goes
    stale within a day, and Windows Update fails with 0x80072F8F (see about_WuTrust).

    Repair-WuAutoUpdateAcl reads the key's and AuthRoot's security descriptors, asks the WuTrust
    engine whether CryptSvc lacks what crypt32 needs and which repair fixes it, and then:
      1. asks for confirmation (ConfirmImpact High; -WhatIf shows the target DACL and changes nothing),
      2. writes a backup (JSON: computer, time, key path, original SDDL, module version),
      3. writes the new DACL through the registry ACL API,
      4. reads the key again and has the engine verify CryptSvc's access,
      5. puts the original DACL back and fails loudly when verification fails.
    A second run finds nothing to do and says so. It refuses to run without elevation, and it never
    removes deny entries on its own: when only that would help, it stops and says why.

    .PARAMETER Strategy
    Auto (default): Inherit when AuthRoot's inheritable entries give CryptSvc what it needs, else Grant.
    Inherit: turn inheritance back on, keeping the key's explicit entries (the fix in the seed report).
    Grant: add an explicit entry (A;CI;KA;;;<CryptSvc SID>), leaving inheritance as it is.

    .PARAMETER Key
    The AuthRoot key to repair: AutoUpdate (default; seed 000), or Certificates, CRLs or CTLs, the
    other keys CryptSvc writes (WUT-ACL-010; which keys CryptSvc writes is UNVERIFIED beyond one
    published report). Each is repaired the same way, against AuthRoot as its parent.

    .PARAMETER BackupPath
    Where the backup goes: a file (must not exist) or a folder. Default:
    %ProgramData%\WuTrust\Backups\<time>-AutoUpdateAcl.json. Restore-WuTrustBackup puts it back.

    .PARAMETER Resync
    After the repair, ask crypt32 for a disallowed-CTL check and wait (bounded by
    -ResyncTimeoutSeconds) for DisallowedCertLastSyncTime to advance, and report what happened.

    .PARAMETER ResyncTimeoutSeconds
    How long -Resync waits, in seconds (5 to 3600, default 120).

    .EXAMPLE
    Repair-WuAutoUpdateAcl -WhatIf

    Shows which repair would be made and the exact target DACL, and changes nothing.

    .EXAMPLE
    Repair-WuAutoUpdateAcl -Strategy Inherit -Resync

    Re-enables inheritance on the key (after confirmation), verifies that CryptSvc can write it, and
    waits for the next disallowed-CTL sync to be recorded.

    .EXAMPLE
    Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath \\server\wutrust\backups

    Unattended (Intune remediation, scheduled task as SYSTEM), with the backup on a share.

    .INPUTS
    None

    .OUTPUTS
    WuTrust.RepairResult

    .NOTES
    Needs Windows and an elevated session. When even an administrator lacks WRITE_DAC on the key,
    the error says so and what to do (take ownership, or run as SYSTEM).

    .LINK
    Test-WuAutoUpdateAcl

    .LINK
    Restore-WuTrustBackup

    .LINK
    about_WuTrust
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    [OutputType('WuTrust.RepairResult')]
    param(
        [ValidateSet('Auto', 'Inherit', 'Grant')]
        [string]$Strategy = 'Auto',

        [ValidateSet('AutoUpdate', 'Certificates', 'CRLs', 'CTLs')]
        [string]$Key = 'AutoUpdate',

        [string]$BackupPath,

        [switch]$Resync,

        [ValidateRange(5, 3600)]
        [int]$ResyncTimeoutSeconds = 120
    )
    $alternative = 'Off Windows, Test-WuAutoUpdateAcl -Sddl <the key''s SDDL> shows what the repair would do.'
    Assert-WuCanChangeSystem -Caller $PSCmdlet -What 'Repair-WuAutoUpdateAcl' -Alternative $alternative
    $repair = @{
        Caller               = $PSCmdlet
        Strategy             = $Strategy
        SubKey               = "$script:WuAuthRootSubKey\$Key"
        BackupPath           = $BackupPath
        Resync               = $Resync
        ResyncTimeoutSeconds = $ResyncTimeoutSeconds
    }
    Invoke-WuAclRepair @repair
}
