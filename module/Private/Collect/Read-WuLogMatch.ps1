function Read-WuLogMatch {
    <#
    .SYNOPSIS
    Streams a log file and writes, in batches, only the lines that hold one of the needles: the
    cheap pre-filter of the update-log collectors (#12). Memory stays the size of one chunk,
    whatever the file's size.

    .DESCRIPTION
    Reads 40,000 bytes at a time, decodes up to the last complete line (UTF-8, or UTF-16 LE when
    the file starts with its byte order mark or looks like it: Get-WindowsUpdateLog writes that on
    some builds), and finds each needle with an ordinal IndexOf (vectorised in .NET), so the
    PowerShell loop turns once per matching line, not once per line. Each batch is written as one
    string array. Files over 2 GB are fine: positions are 64-bit.
    #>
    [CmdletBinding()]
    [OutputType([string[]])]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [Parameter(Mandatory = $true)][string[]]$Needle,
        [int]$BatchSize = 2000,
        # Small enough that a chunk's text (UTF-16, twice the bytes) stays under .NET's large-object
        # threshold (85,000 bytes) and dies young; with 2-8 MB chunks the texts went to the large-object
        # heap and the peak grew to 185 MB over a session that scanned a small log (bench/README.md).
        [int]$ChunkBytes = 40000,
        [System.Management.Automation.PSCmdlet]$Cmdlet
    )
    $share = [System.IO.FileShare]::ReadWrite -bor [System.IO.FileShare]::Delete
    $stream = New-Object System.IO.FileStream -ArgumentList @($Path, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read, $share, 65536)
    try {
        $length = $stream.Length
        $bytes = New-Object byte[] $ChunkBytes
        $have = $stream.Read($bytes, 0, $bytes.Length)
        $found = Get-WuTextEncoding -Bytes $bytes -Count $have
        $unicode = $found.Unicode
        $skip = $found.Skip
        $encoding = $found.Encoding
        if ($null -ne $Cmdlet) { $Cmdlet.WriteVerbose("Reading $Path ($length bytes, $($found.Name))") }
        $read = [long]$have
        $batch = New-Object System.Collections.Generic.List[string]
        $lf = [char]10
        $width = if ($unicode) { 2 } else { 1 }
        $ordinal = [System.StringComparison]::Ordinal
        while ($have -gt 0) {
            $atEof = $read -ge $length
            # The last complete line's end (for UTF-16, a 0x0A 0x00 pair at an even offset).
            $end = -1
            $i = $have - 1
            while ($i -ge $skip) {
                $i = [Array]::LastIndexOf($bytes, [byte]10, $i, $i - $skip + 1)
                if ($i -lt 0) { break }
                if (-not $unicode -or ((($i - $skip) % 2 -eq 0) -and $i + 1 -lt $have -and $bytes[$i + 1] -eq 0)) { $end = $i; break }
                $i--
            }
            # Up to there; at the end of the file everything; a line longer than a chunk is cut.
            $stop = if ($end -ge 0) { $end + $width } elseif ($atEof -or $have -eq $bytes.Length) { $have } else { -1 }
            if ($stop -ge 0) {
                $count = $stop - $skip
                if ($unicode -and $count % 2 -eq 1) { $count-- }
                if ($count -gt 0) {
                    $text = $encoding.GetString($bytes, $skip, $count)
                    # A line that holds two needles is written once (the engine drops the CR of CRLF).
                    $taken = if ($Needle.Count -gt 1) { New-Object System.Collections.Generic.HashSet[int] } else { $null }
                    foreach ($n in $Needle) {
                        $at = 0
                        # The loop turns once per matching line: as few statements as it can have.
                        while (($at = $text.IndexOf($n, $at, $ordinal)) -ge 0) {
                            $first = $text.LastIndexOf($lf, $at) + 1
                            if (($last = $text.IndexOf($lf, $at)) -lt 0) { $last = $text.Length }
                            if ($null -eq $taken -or $taken.Add($first)) { $batch.Add($text.Substring($first, $last - $first)) }
                            $at = $last
                        }
                    }
                }
                if ($batch.Count -ge $BatchSize) { , $batch.ToArray(); $batch.Clear() }
                $rest = $have - $stop
                [System.Buffer]::BlockCopy($bytes, $stop, $bytes, 0, $rest)
                $have = $rest
                $skip = 0
            }
            if ($null -ne $Cmdlet -and $length -gt 0) {
                $record = New-Object System.Management.Automation.ProgressRecord -ArgumentList @(9, 'Reading update logs', $Path)
                $record.PercentComplete = [int][math]::Min(100, 100 * $read / $length)
                $Cmdlet.WriteProgress($record)
            }
            if ($atEof) { if ($stop -ge 0) { continue } else { break } }
            $n = $stream.Read($bytes, $have, $bytes.Length - $have)
            if ($n -le 0) { $length = $read; continue }
            $have += $n
            $read += $n
        }
        if ($batch.Count -gt 0) { , $batch.ToArray() }
    } finally {
        $stream.Dispose()
        if ($null -ne $Cmdlet) {
            $complete = New-Object System.Management.Automation.ProgressRecord -ArgumentList @(9, 'Reading update logs', 'Done')
            $complete.RecordType = [System.Management.Automation.ProgressRecordType]::Completed
            $Cmdlet.WriteProgress($complete)
        }
    }
}
