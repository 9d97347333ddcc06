function Get-WuSetupLogExcerpt {
    <#
    .SYNOPSIS
    The lines of .NET/KB setup logs (KB*.html, newest first) that mention signatures, errors or the
    final result, from the given folders (Get-WuSetupLogFolder: Path and the profile's Sid; a plain
    string is a folder of unknown profile). Bounded: at most MaxFiles files and MaxLines lines each.
    #>
    [CmdletBinding()]
    param(
        [AllowEmptyCollection()][AllowNull()][object[]]$Folder = @(),
        [int]$MaxFiles = 20,
        [int]$MaxLines = 200
    )
    $pattern = '(?i)signature verification|failed authentication|final result|error = -|0x800b01'
    $files = @()
    foreach ($entry in @($Folder | Where-Object { $_ })) {
        $dir = if ($entry -is [string]) { $entry } else { [string]$entry.Path }
        $sid = if ($entry -is [string]) { $null } else { $entry.Sid }
        try {
            $found = @(Get-ChildItem -LiteralPath $dir -Filter 'KB*.html' -File -ErrorAction Stop)
        } catch {
            # A folder that is missing or closed to this account holds no log we can read.
            continue
        }
        foreach ($file in $found) { $files += [pscustomobject]@{ File = $file; Sid = $sid } }
    }
    $newest = $files | Sort-Object -Property { $_.File.LastWriteTimeUtc } -Descending | Select-Object -First $MaxFiles
    foreach ($item in $newest) {
        $file = $item.File
        $fact = [ordered]@{ path = $file.FullName }
        if ($item.Sid) { $fact.sid = [string]$item.Sid }
        Write-Verbose "Setup log $($file.FullName) (profile $(if ($item.Sid) { $item.Sid } else { 'unknown' }))"
        try {
            $matching = Get-Content -LiteralPath $file.FullName -ErrorAction Stop | Where-Object { $_ -match $pattern }
            $fact.status = 'Ok'
            $fact.lines = [string[]]@($matching | Select-Object -First $MaxLines)
        } catch {
            $fact.status = ConvertTo-WuFactStatus -Exception $_.Exception
            $fact.message = $_.Exception.Message
        }
        $fact
    }
}
