function Get-WuSetupLogExcerpt {
    <#
    .SYNOPSIS
    The lines of .NET/KB setup logs (KB*.html, newest first) that mention signatures, errors or the
    final result, from the given folders. Bounded: at most MaxFiles files and MaxLines lines each.
    #>
    [CmdletBinding()]
    param(
        [AllowEmptyCollection()][AllowNull()][string[]]$Folder = @(),
        [int]$MaxFiles = 20,
        [int]$MaxLines = 200
    )
    $pattern = '(?i)signature verification|failed authentication|final result|error = -|0x800b01'
    $files = @()
    foreach ($dir in ($Folder | Where-Object { $_ } | Select-Object -Unique)) {
        try {
            $files += @(Get-ChildItem -LiteralPath $dir -Filter 'KB*.html' -File -ErrorAction Stop)
        } catch {
            # A folder that is missing or closed to this account holds no log we can read.
            continue
        }
    }
    foreach ($file in ($files | Sort-Object -Property LastWriteTimeUtc -Descending | Select-Object -First $MaxFiles)) {
        try {
            $matching = Get-Content -LiteralPath $file.FullName -ErrorAction Stop | Where-Object { $_ -match $pattern }
            $lines = @($matching | Select-Object -First $MaxLines)
            [ordered]@{ path = $file.FullName; status = 'Ok'; lines = [string[]]$lines }
        } catch {
            [ordered]@{ path = $file.FullName; status = (ConvertTo-WuFactStatus -Exception $_.Exception); message = $_.Exception.Message }
        }
    }
}
