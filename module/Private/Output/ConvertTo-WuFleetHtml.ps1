function ConvertTo-WuFleetHtml {
    <#
    .SYNOPSIS
    The fleet report as one self-contained HTML file (Resources/FleetReport.html with the data in
    JSON blocks): no script or style from elsewhere, and the page's policy forbids fetching any.
    The data blocks are JSON with every '<' escaped, so no text from a snapshot can end them.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][string]$SummaryJson,
        # The machine records, JSON objects separated by newlines (fleetReport's records).
        [Parameter(Mandatory = $true)][AllowEmptyCollection()][System.Collections.Generic.List[string]]$Records,
        [Parameter(Mandatory = $true)][AllowEmptyCollection()][object[]]$NotAnalysed,
        [Parameter(Mandatory = $true)][string]$Title,
        [switch]$Redacted
    )
    $template = [System.IO.File]::ReadAllText([System.IO.Path]::Combine($script:ModuleRoot, 'Resources', 'FleetReport.html'))
    $machines = [System.Text.StringBuilder]::new()
    [void]$machines.Append('[')
    $first = $true
    foreach ($batch in $Records) {
        if ($batch.Length -eq 0) { continue }
        if (-not $first) { [void]$machines.Append(',') }
        [void]$machines.Append($batch.Replace("`n", ','))
        $first = $false
    }
    [void]$machines.Append(']')
    $na = [System.Text.StringBuilder]::new()
    [void]$na.Append('[')
    for ($i = 0; $i -lt $NotAnalysed.Count; $i++) {
        $n = $NotAnalysed[$i]
        if ($i -gt 0) { [void]$na.Append(',') }
        [void]$na.Append('{"source":' + (ConvertTo-WuJsonString -Text $n.Source) + ',"code":' + (ConvertTo-WuJsonString -Text $n.Code) +
            ',"reason":' + (ConvertTo-WuJsonString -Text $n.Reason) + '}')
    }
    [void]$na.Append(']')
    $now = [System.DateTime]::UtcNow.ToString('yyyy-MM-dd HH:mm', [System.Globalization.CultureInfo]::InvariantCulture) + ' UTC'
    $meta = '{"title":' + (ConvertTo-WuJsonString -Text $Title) + ',"generatedAt":' + (ConvertTo-WuJsonString -Text $now) +
        ',"version":' + (ConvertTo-WuJsonString -Text (Get-WuTrustModuleVersion)) +
        ',"engineVersion":' + (ConvertTo-WuJsonString -Text (Get-WuTrustEngineVersion)) +
        ',"redacted":' + $(if ($Redacted) { 'true' } else { 'false' }) + '}'
    # '<' as \u003c: the same JSON, and no '</script>' inside a data block. The template is cut at its
    # markers first, so text in the data (which may hold a marker's name) is never searched.
    $values = [ordered]@{
        '<title>WuTrust report</title>' = '<title>' + [System.Net.WebUtility]::HtmlEncode($Title) + '</title>'
        '/*WU-SUMMARY*/'                = $SummaryJson.Replace('<', '\u003c')
        '/*WU-MACHINES*/'               = $machines.ToString().Replace('<', '\u003c')
        '/*WU-NOTANALYSED*/'            = $na.ToString().Replace('<', '\u003c')
        '/*WU-META*/'                   = $meta.Replace('<', '\u003c')
    }
    $html = [System.Text.StringBuilder]::new()
    $at = 0
    foreach ($marker in $values.Keys) {
        $found = $template.IndexOf($marker, $at, [System.StringComparison]::Ordinal)
        if ($found -lt 0) { throw "The report template has no $marker after position $at." }
        [void]$html.Append($template, $at, $found - $at).Append($values[$marker])
        $at = $found + $marker.Length
    }
    [void]$html.Append($template, $at, $template.Length - $at)
    $html.ToString()
}
