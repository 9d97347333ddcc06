function Get-WuTextEncoding {
    <#
    .SYNOPSIS
    The encoding of a log from its first bytes: UTF-16 LE by its byte order mark or by NULs in the
    odd bytes of the first characters (Get-WindowsUpdateLog writes it without a BOM on some builds),
    otherwise UTF-8 (its BOM skipped). One rule for every reader of update logs.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][AllowEmptyCollection()][byte[]]$Bytes,
        [Parameter(Mandatory = $true)][int]$Count
    )
    $unicode = $false
    $skip = 0
    if ($Count -ge 2 -and $Bytes[0] -eq 0xFF -and $Bytes[1] -eq 0xFE) { $unicode = $true; $skip = 2 }
    elseif ($Count -ge 3 -and $Bytes[0] -eq 0xEF -and $Bytes[1] -eq 0xBB -and $Bytes[2] -eq 0xBF) { $skip = 3 }
    elseif ($Count -ge 4 -and $Bytes[1] -eq 0 -and $Bytes[3] -eq 0 -and $Bytes[0] -ne 0) { $unicode = $true }
    $encoding = New-Object System.Text.UTF8Encoding -ArgumentList $false
    if ($unicode) { $encoding = New-Object System.Text.UnicodeEncoding -ArgumentList @($false, $false) }
    @{ Unicode = $unicode; Skip = $skip; Encoding = $encoding; Name = $(if ($unicode) { 'utf-16le' } else { 'utf-8' }) }
}
