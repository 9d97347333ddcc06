# Backups: every change to the system is preceded by one (ARCHITECTURE.md "Act").
# Format: { kind: "WuTrust.Backup", formatVersion: 1, computerName, createdAt, moduleVersion,
#           reason, items: [ { type: "RegistryAcl", hive, subKey, path, sddl } ] }

$script:WuBackupKind = 'WuTrust.Backup'
$script:WuBackupFormatVersion = 1

function Resolve-WuTrustBackupPath {
    <#
    .SYNOPSIS
    The file a new backup goes to: -BackupPath as a file, a file inside -BackupPath when it is a
    folder, or %ProgramData%\WuTrust\Backups. An existing file is never overwritten.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [AllowEmptyString()][string]$BackupPath,
        [Parameter(Mandatory = $true)][string]$Name
    )
    $stamp = (Get-WuUtcNow).ToString('yyyyMMdd-HHmmss-fff', [System.Globalization.CultureInfo]::InvariantCulture)
    $fileName = "$stamp-$Name.json"
    if ([string]::IsNullOrEmpty($BackupPath)) {
        $root = $env:ProgramData
        if ([string]::IsNullOrEmpty($root)) { $root = [System.IO.Path]::GetTempPath() }
        return (Join-Path -Path (Join-Path -Path $root -ChildPath 'WuTrust') -ChildPath (Join-Path -Path 'Backups' -ChildPath $fileName))
    }
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($BackupPath)
    if (Test-Path -LiteralPath $full -PathType Container) {
        return (Join-Path -Path $full -ChildPath $fileName)
    }
    return $full
}

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
        throw (New-WuTrustErrorRecord -Message "The backup file '$Path' already exists; WuTrust never overwrites a backup. Choose another -BackupPath." -ErrorId 'WuTrust.BackupExists' -Category ResourceExists -TargetObject $Path)
    }
    $folder = Split-Path -Path $Path -Parent
    if ($folder -and -not (Test-Path -LiteralPath $folder -PathType Container)) {
        $null = New-Item -ItemType Directory -Path $folder -Force -ErrorAction Stop
    }
    $backup = [ordered]@{
        kind          = $script:WuBackupKind
        formatVersion = $script:WuBackupFormatVersion
        computerName  = [System.Environment]::MachineName
        createdAt     = (Get-WuUtcNow).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
        moduleVersion = Get-WuTrustModuleVersion
        reason        = $Reason
        items         = $Item
    }
    $json = ConvertTo-Json -InputObject $backup -Depth 6
    Write-WuTrustTextFile -Path $Path -Text $json
    $check = Read-WuTrustBackupFile -Path $Path
    if ($null -ne $check.ErrorRecord) {
        throw (New-WuTrustErrorRecord -Message "The backup written to '$Path' could not be read back: $($check.ErrorRecord.Exception.Message) Nothing was changed." -ErrorId 'WuTrust.BackupUnreadable' -Category WriteError -TargetObject $Path)
    }
    $Path
}

function Read-WuTrustBackupFile {
    <#
    .SYNOPSIS
    Reads and checks a backup file. Returns Backup, or ErrorRecord naming the file and what is wrong.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$Path)
    $bad = {
        param($Why)
        @{ Backup = $null; ErrorRecord = (New-WuTrustErrorRecord -Message "Backup file '$Path' $Why" -ErrorId 'WuTrust.InvalidBackup' -Category InvalidData -TargetObject $Path) }
    }
    $read = Read-WuTrustInputFile -Path $Path -Kind Backup
    if ($null -ne $read.ErrorRecord) {
        return @{ Backup = $null; ErrorRecord = $read.ErrorRecord }
    }
    try {
        $backup = ConvertFrom-Json -InputObject $read.Text
    } catch {
        return (& $bad 'is not valid JSON.')
    }
    if ($null -eq $backup -or $backup -isnot [System.Management.Automation.PSCustomObject] -or -not $backup.PSObject.Properties['kind'] -or $backup.kind -ne $script:WuBackupKind) {
        return (& $bad "is not a WuTrust backup (expected kind '$script:WuBackupKind').")
    }
    if (-not $backup.PSObject.Properties['formatVersion'] -or $backup.formatVersion -isnot [ValueType] -or [int]$backup.formatVersion -gt $script:WuBackupFormatVersion) {
        return (& $bad "has formatVersion '$($backup.formatVersion)'; this WuTrust reads version $script:WuBackupFormatVersion. Use the WuTrust version that wrote it.")
    }
    if (-not $backup.PSObject.Properties['computerName'] -or [string]::IsNullOrEmpty([string]$backup.computerName)) {
        return (& $bad "does not say which computer it was taken on ('computerName').")
    }
    $items = @()
    if ($backup.PSObject.Properties['items']) { $items = @($backup.items) }
    if ($items.Count -eq 0) {
        return (& $bad 'holds no items.')
    }
    foreach ($item in $items) {
        if ($item -isnot [System.Management.Automation.PSCustomObject] -or -not $item.PSObject.Properties['type']) {
            return (& $bad 'holds an item without a type.')
        }
        if ($item.type -eq 'RegistryValue' -and (-not $item.PSObject.Properties['existed'] -or $item.existed -isnot [bool])) {
            return (& $bad "has a RegistryValue item without 'existed' (true or false).")
        }
        $required = switch ($item.type) {
            'RegistryAcl' { @('hive', 'subKey', 'sddl') }
            'RegistryValue' { if ($item.existed) { @('hive', 'subKey', 'name', 'valueType', 'hex') } else { @('hive', 'subKey', 'name') } }
            default { $null }
        }
        if ($null -eq $required) {
            return (& $bad "holds an item of type '$($item.type)', which this WuTrust cannot restore.")
        }
        foreach ($field in $required) {
            if (-not $item.PSObject.Properties[$field] -or [string]::IsNullOrEmpty([string]$item.$field)) {
                return (& $bad "has a $($item.type) item without '$field'.")
            }
        }
        if ($item.type -eq 'RegistryValue' -and $item.existed -and ([string]$item.hex -notmatch '^([0-9A-Fa-f]{2})*$' -or @('REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_SZ', 'REG_EXPAND_SZ') -notcontains $item.valueType)) {
            return (& $bad "has a RegistryValue item whose type '$($item.valueType)' or data is not one WuTrust can write back.")
        }
        if (@('LocalMachine', 'CurrentUser', 'Users') -notcontains $item.hive) {
            return (& $bad "names the hive '$($item.hive)'; expected LocalMachine, CurrentUser or Users.")
        }
    }
    @{ Backup = $backup; ErrorRecord = $null }
}
