function ConvertTo-WuJsonText {
    <#
    .SYNOPSIS
    A whole file's text as one JSON string literal, fast enough for thousands of snapshots: native
    String.Replace for the characters JSON escapes; a text holding other control characters (never
    valid JSON, so a damaged file) goes through ConvertTo-WuJsonString, which escapes every one.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][AllowEmptyString()][string]$Text)
    $controls = [char[]](@(0..8) + @(11, 12) + @(14..31))
    if ($Text.IndexOfAny($controls) -ge 0) { return ConvertTo-WuJsonString -Text $Text }
    '"' + $Text.Replace('\', '\\').Replace('"', '\"').Replace("`r", '\r').Replace("`n", '\n').Replace("`t", '\t') + '"'
}
