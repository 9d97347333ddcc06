function Read-WuTrustInputFile {
    <#
    .SYNOPSIS
    Reads a snapshot or backup file's text. Returns Text, or ErrorRecord naming the file; it does
    not throw, so a caller's -ErrorVariable holds only the error the caller writes.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        # What the file is, for messages: Snapshot or Backup.
        [ValidateSet('Snapshot', 'Backup')][string]$Kind = 'Snapshot',
        # Larger files are refused before they are read (admin-trial D4).
        [long]$MaxBytes = 32MB
    )
    $writer = @{ Snapshot = 'Export-WuTrustSnapshot'; Backup = 'a WuTrust repair' }[$Kind]
    $fullPath = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path)
    # .NET calls, not Test-Path: reading a snapshot then autoloads no module (bench/README.md).
    if (-not ([System.IO.File]::Exists($fullPath) -or [System.IO.Directory]::Exists($fullPath))) {
        $record = @{
            Message      = "$Kind file '$Path' was not found."
            ErrorId      = "WuTrust.${Kind}NotFound"
            Category     = 'ObjectNotFound'
            TargetObject = $Path
        }
        return @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord @record) }
    }
    if ([System.IO.Directory]::Exists($fullPath)) {
        $record = @{
            Message      = "$Kind path '$Path' is a folder; expected a .json file written by $writer."
            ErrorId      = "WuTrust.${Kind}IsFolder"
            Category     = 'InvalidArgument'
            TargetObject = $Path
        }
        return @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord @record) }
    }
    $length = ([System.IO.FileInfo]::new($fullPath)).Length
    if ($length -gt $MaxBytes) {
        $record = @{
            Message      = "$Kind file '$Path' is $([math]::Round($length / 1MB, 1)) MB; WuTrust reads files of at most " +
                "$([math]::Round($MaxBytes / 1MB)) MB (a snapshot from Export-WuTrustSnapshot is far smaller). It was not read."
            ErrorId      = "WuTrust.${Kind}TooLarge"
            Category     = 'LimitsExceeded'
            TargetObject = $Path
        }
        return @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord @record) }
    }
    try {
        @{ Text = [System.IO.File]::ReadAllText($fullPath, [System.Text.Encoding]::UTF8); ErrorRecord = $null }
    } catch {
        $record = @{
            Message        = "$Kind file '$Path' could not be read: $($_.Exception.Message)"
            ErrorId        = "WuTrust.${Kind}Unreadable"
            Category       = 'ReadError'
            TargetObject   = $Path
            InnerException = $_.Exception
        }
        @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord @record) }
    }
}
