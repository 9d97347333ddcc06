function Resolve-WuTrustBackupPath {
    <#
    .SYNOPSIS
    The file a new backup goes to: -BackupPath as a file, a file inside -BackupPath when it is a
    folder, or %ProgramData%\WuTrust\Backups (created, or checked, with an ACL only administrators
    and SYSTEM can write: Assert-WuBackupFolder). An existing file is never overwritten.
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
        $folder = Join-Path -Path (Join-Path -Path $root -ChildPath 'WuTrust') -ChildPath 'Backups'
        Assert-WuBackupFolder -Path $folder
        return (Join-Path -Path $folder -ChildPath $fileName)
    }
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($BackupPath)
    if (Test-Path -LiteralPath $full -PathType Container) {
        return (Join-Path -Path $full -ChildPath $fileName)
    }
    return $full
}
