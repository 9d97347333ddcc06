function Assert-WuBackupFolder {
    <#
    .SYNOPSIS
    Makes sure the default backup folder (%ProgramData%\WuTrust\Backups) and its parent can be
    trusted with SYSTEM's backups: created with an ACL that lets only Administrators and SYSTEM
    write; an existing folder that others may write, or that a non-administrator owns, is refused
    (ProgramData lets any user create the folder first). The engine judges the SDDL.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$Path)
    $parent = Split-Path -Path $Path -Parent
    foreach ($folder in @($parent, $Path)) {
        if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
            Write-Verbose "Creating the backup folder $folder (only Administrators and SYSTEM may write)"
            New-WuSecureFolder -Path $folder
        }
        $sddl = Get-WuFolderSddl -Path $folder
        $judged = Invoke-WuTrustEngine -Command 'judgeBackupFolder' -RequestJson ('{"sddl":' + (ConvertTo-WuJsonString -Text $sddl) + '}')
        if (-not $judged.trusted) {
            $record = @{
                Message      = "The backup folder '$folder' cannot be trusted with WuTrust's backups: $(@($judged.problems) -join '; '). " +
                    'Remove it (an administrator may recreate it) or give -BackupPath a folder only administrators can write. Nothing was changed.'
                ErrorId      = 'WuTrust.BackupFolderNotTrusted'
                Category     = 'SecurityError'
                TargetObject = $folder
            }
            throw (New-WuTrustErrorRecord @record)
        }
    }
}
