function Read-WuTrustBackupFile {
    <#
    .SYNOPSIS
    Reads a backup file and has the engine validate it by schema (validateBackup). Returns Backup,
    or ErrorRecord naming the file and the JSON path of what is wrong; it does not throw.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$Path)
    $read = Read-WuTrustInputFile -Path $Path -Kind Backup
    if ($null -ne $read.ErrorRecord) {
        return @{ Backup = $null; ErrorRecord = $read.ErrorRecord }
    }
    try {
        $backup = Invoke-WuTrustEngine -Command 'validateBackup' -RequestJson $read.Text -Context "Backup file '$Path'"
        @{ Backup = $backup; ErrorRecord = $null }
    } catch {
        @{ Backup = $null; ErrorRecord = $_ }
    }
}
