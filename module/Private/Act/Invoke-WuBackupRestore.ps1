function Invoke-WuBackupRestore {
    <#
    .SYNOPSIS
    Restores the items of a backup, each through Invoke-WuChange: ShouldProcess, a backup of the
    current state, the write, the engine's verdict (compareItem) and a verified rollback. The
    backup has been checked by the engine first (checkRestore): only managed items, this computer.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][string]$Path,
        # The backup as Read-WuTrustBackupFile checked it (checkRestore: scope and computer).
        [Parameter(Mandatory = $true)][object]$Backup,
        [string]$BackupPath
    )
    $backup = $Backup
    foreach ($item in @($backup.items)) {
        $desired = [ordered]@{}
        foreach ($property in $item.PSObject.Properties) { $desired[$property.Name] = $property.Value }
        $name = if ($item.type -eq 'RegistryValue') { [string]$item.name } else { $null }
        $adapter = Get-WuChangeAdapter -Type $item.type -Hive $item.hive -SubKey $item.subKey -Name $name
        $target = if ($name) { "$($adapter.Path)\$name" } else { $adapter.Path }
        $current = $null
        try { $current = & $adapter.Read $adapter } catch { $current = $null }
        if ($null -eq $current) {
            $record = @{
                Message      = "$target could not be read, so it was not restored."
                ErrorId      = 'WuTrust.KeyUnavailable'
                Category     = 'ReadError'
                TargetObject = $target
            }
            $Caller.WriteError((New-WuTrustErrorRecord @record))
            continue
        }
        $beforeText = & $adapter.Describe $adapter $current
        if (Test-WuSameItem -Expected $desired -Actual $current) {
            $unchanged = @{
                Action   = 'Restore'
                KeyPath  = $target
                Changed  = $false
                Verified = $true
                Before   = $beforeText
                After    = $beforeText
                Message  = "$target already is as the backup holds it; nothing changed."
            }
            New-WuTrustChangeResult @unchanged
            continue
        }
        $verdict = {
            param($After)
            if (Test-WuSameItem -Expected $desired -Actual $After) { return @{ verified = $true; reason = "Restored $target from '$Path'" } }
            @{ verified = $false; reason = "read back: $(& $adapter.Describe $adapter $After)" }
        }
        $restore = @{
            Caller       = $Caller
            Adapter      = $adapter
            Current      = $current
            Desired      = $desired
            Verdict      = $verdict
            Target       = $target
            Operation    = "Restore from '$Path': $beforeText -> $(& $adapter.Describe $adapter $desired)"
            Action       = 'Restore'
            BackupName   = "PreRestore-$($item.type)"
            BackupReason = "Restore-WuTrustBackup -Path $Path"
            BackupPath   = $BackupPath
        }
        Invoke-WuChange @restore
    }
}
