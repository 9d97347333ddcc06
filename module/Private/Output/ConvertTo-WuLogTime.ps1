function ConvertTo-WuLogTime {
    <#
    .SYNOPSIS
    A log line's time as the engine carries it (ISO text) as a DateTime of kind Unspecified: update
    logs write the machine's local time without a zone, so WuTrust does not claim one. $null stays $null.
    #>
    [CmdletBinding()]
    [OutputType([datetime])]
    param([AllowNull()][object]$Value)
    if ($null -eq $Value) { return $null }
    $text = (ConvertTo-WuIsoString -Value $Value) -replace 'Z$', ''
    [System.DateTime]::ParseExact($text, 'yyyy-MM-ddTHH:mm:ss.fffffff', [System.Globalization.CultureInfo]::InvariantCulture)
}
