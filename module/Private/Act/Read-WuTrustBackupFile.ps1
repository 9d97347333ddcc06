function Read-WuTrustBackupFile {
    <#
    .SYNOPSIS
    Reads a backup file and has the engine validate it by schema (validateBackup), or, given
    -ComputerName, check that a restore here may apply it (checkRestore: the computer, and only
    items WuTrust manages). Returns Backup, or ErrorRecord naming the file and what is wrong (the
    JSON path, or the item); it does not throw.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        # The computer a restore would write on; omitted, only the schema is checked.
        [string]$ComputerName,
        [switch]$AllowOtherComputer
    )
    $read = Read-WuTrustInputFile -Path $Path -Kind Backup
    if ($null -ne $read.ErrorRecord) {
        return @{ Backup = $null; ErrorRecord = $read.ErrorRecord }
    }
    try {
        $call = @{ Command = 'validateBackup'; RequestJson = $read.Text; Context = "Backup file '$Path'"; Target = $Path }
        if ($ComputerName) {
            $call.Command = 'checkRestore'
            $call.RequestJson = '{"computerName":' + (ConvertTo-WuJsonString -Text $ComputerName) + ',"allowOtherComputer":' +
            $(if ($AllowOtherComputer) { 'true' } else { 'false' }) + ',"backup":' + $read.Text + "`n}"
        }
        $backup = Invoke-WuTrustEngine @call
        @{ Backup = $backup; ErrorRecord = $null }
    } catch {
        @{ Backup = $null; ErrorRecord = $_ }
    }
}
