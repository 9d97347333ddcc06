function Restore-WuTrustBackup {
    <#
    .SYNOPSIS
    Puts back what a WuTrust backup holds (registry ACLs and values), verifying the result.

    .DESCRIPTION
    Every WuTrust change (Repair-WuAutoUpdateAcl, Set-WinTrustState) writes a backup first.
    Restore-WuTrustBackup reads such a file and checks it before anything else, on any operating
    system: kind, format version, every item well-formed, any SDDL parses, the computer it was
    taken on, and that every item is something WuTrust manages - the ACL of an AuthRoot key
    CryptSvc writes (AutoUpdate, Certificates, CRLs, CTLs), the Software Publishing State value of
    a WinTrust hive, or a CTL sync value Reset-WuCtlSyncTime writes. A backup naming anything else
    (a Run key, another key's ACL) is refused, naming the item, and nothing is written. Then, on
    Windows and elevated, for each item - a key's ACL, or a value (or its absence):
      1. compares the current state with the backup and does nothing when they already agree,
      2. asks for confirmation (ConfirmImpact High; -WhatIf changes nothing),
      3. backs up the current state first,
      4. writes the backed-up DACL or value (deleting a value that did not exist before),
      5. reads it back and verifies it, putting the previous state back when it does not match.
    A backup taken on another computer is refused unless -AllowOtherComputer is given.

    .PARAMETER Path
    The backup file, as a repair reported it in BackupPath.

    .PARAMETER BackupPath
    Where the backup of the current state (taken before restoring) goes: a file or a folder.
    Default: %ProgramData%\WuTrust\Backups.

    .PARAMETER AllowOtherComputer
    Restore a backup that was taken on another computer (its computerName differs from this one's).

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
    Checking the file works anywhere; restoring needs Windows and an elevated session.

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

        [switch]$AllowOtherComputer
    )
    process {
        # The file first (D14): a damaged, foreign or out-of-scope backup is said as such anywhere.
        $read = Read-WuTrustBackupFile -Path $Path -ComputerName ([System.Environment]::MachineName) -AllowOtherComputer:$AllowOtherComputer
        if ($null -ne $read.ErrorRecord) {
            $PSCmdlet.ThrowTerminatingError($read.ErrorRecord)
        }
        Write-Verbose "Backup file '$Path': $(@($read.Backup.items).Count) item(s), taken on $($read.Backup.computerName)"
        $alternative = "The backup file was checked and is valid; restore it on $($read.Backup.computerName), elevated."
        Assert-WuCanChangeSystem -Caller $PSCmdlet -What 'Restore-WuTrustBackup' -Alternative $alternative
        Invoke-WuBackupRestore -Caller $PSCmdlet -Path $Path -Backup $read.Backup -BackupPath $BackupPath
    }
}
