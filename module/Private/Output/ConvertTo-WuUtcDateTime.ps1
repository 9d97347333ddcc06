function ConvertTo-WuUtcDateTime {
    <#
    .SYNOPSIS
    An engine timestamp (ISO-8601, UTC) as a DateTime of kind Utc.
    #>
    [CmdletBinding()]
    [OutputType([datetime])]
    param([Parameter(Mandatory = $true)][object]$Value)
    $text = ConvertTo-WuIsoString -Value $Value
    $styles = [System.Globalization.DateTimeStyles]::AdjustToUniversal -bor [System.Globalization.DateTimeStyles]::AssumeUniversal
    [System.DateTime]::Parse($text, [System.Globalization.CultureInfo]::InvariantCulture, $styles)
}
