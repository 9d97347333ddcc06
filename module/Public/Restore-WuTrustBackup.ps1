function Restore-WuTrustBackup {
    <#
    .SYNOPSIS
    Puts back what a WuTrust backup holds (registry ACLs and values), verifying the result.

    .DESCRIPTION
    Every WuTrust change (Repair-WuAutoUpdateAcl, Set-WinTrustState) writes a backup first.
    Restore-WuTrustBackup reads such a file, checks it (kind, format version, every item
    well-formed, any SDDL parses), and for each item - a key's ACL, or a value (or its absence):
      1. compares the current state with the backup and does nothing when they already agree,
      2. asks for confirmation (ConfirmImpact High; -WhatIf changes nothing),
      3. backs up the current state first,
      4. writes the backed-up DACL or value (deleting a value that did not exist before),
      5. reads it back and verifies it, putting the previous state back when it does not match.
    A backup taken on another computer is refused unless -Force is given.

    .PARAMETER Path
    The backup file, as a repair reported it in BackupPath.

    .PARAMETER BackupPath
    Where the backup of the current state (taken before restoring) goes: a file or a folder.
    Default: %ProgramData%\WuTrust\Backups.

    .PARAMETER Force
    Restore a backup that was taken on another computer.

    .EXAMPLE
    Restore-WuTrustBackup -Path C:\ProgramData\WuTrust\Backups\20261125-101500-123-AutoUpdateAcl.json

    Puts the AutoUpdate key's ACL back as it was before a repair (after confirmation).

    .EXAMPLE
    Restore-WuTrustBackup -Path .\backup.json -WhatIf

    Shows what would be restored and changes nothing.

    .INPUTS
    System.String (Path; also by property name FullName, so Get-ChildItem output can be piped in)

    .OUTPUTS
    WuTrust.RepairResult

    .NOTES
    Needs Windows and an elevated session.

    .LINK
    Repair-WuAutoUpdateAcl
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    [OutputType('WuTrust.RepairResult')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName')]
        [ValidateNotNullOrEmpty()]
        [string]$Path,

        [string]$BackupPath,

        [switch]$Force
    )
    process {
        Assert-WuCanChangeSystem -Caller $PSCmdlet -What 'Restore-WuTrustBackup'
        Invoke-WuBackupRestore -Caller $PSCmdlet -Path $Path -BackupPath $BackupPath -Force:$Force
    }
}
