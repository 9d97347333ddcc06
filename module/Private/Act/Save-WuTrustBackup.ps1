function Save-WuTrustBackup {
    <#
    .SYNOPSIS
    Writes a backup file, reads it back to prove it is complete, and returns its path. Throws when
    the backup cannot be written, so that no change follows.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [Parameter(Mandatory = $true)][object[]]$Item,
        [Parameter(Mandatory = $true)][string]$Reason
    )
    if (Test-Path -LiteralPath $Path) {
        $record = @{
            Message      = "The backup file '$Path' already exists; WuTrust never overwrites a backup. Choose another -BackupPath."
            ErrorId      = 'WuTrust.BackupExists'
            Category     = 'ResourceExists'
            TargetObject = $Path
        }
        throw (New-WuTrustErrorRecord @record)
    }
    $folder = Split-Path -Path $Path -Parent
    if ($folder -and -not (Test-Path -LiteralPath $folder -PathType Container)) {
        $null = New-Item -ItemType Directory -Path $folder -Force -ErrorAction Stop
    }
    $backup = [ordered]@{
        kind          = $script:WuBackupKind
        formatVersion = $script:WuBackupFormatVersion
        computerName  = [System.Environment]::MachineName
        createdAt     = (Get-WuUtcNow).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [cultureinfo]::InvariantCulture)
        moduleVersion = Get-WuTrustModuleVersion
        reason        = $Reason
        items         = $Item
    }
    $json = ConvertTo-Json -InputObject $backup -Depth 6
    Write-WuTrustTextFile -Path $Path -Text $json
    $check = Read-WuTrustBackupFile -Path $Path
    if ($null -ne $check.ErrorRecord) {
        $record = @{
            Message      = "The backup written to '$Path' could not be read back: $($check.ErrorRecord.Exception.Message) Nothing was changed."
            ErrorId      = 'WuTrust.BackupUnreadable'
            Category     = 'WriteError'
            TargetObject = $Path
        }
        throw (New-WuTrustErrorRecord @record)
    }
    $Path
}
