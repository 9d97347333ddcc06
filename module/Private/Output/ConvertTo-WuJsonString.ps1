function ConvertTo-WuJsonString {
    <#
    .SYNOPSIS
    A JSON string literal for a text (quotes, backslashes and control characters escaped), without
    ConvertTo-Json: reading a snapshot then autoloads no module (bench/README.md).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([AllowEmptyString()][AllowNull()][string]$Text)
    if ($null -eq $Text) { return 'null' }
    $builder = [System.Text.StringBuilder]::new($Text.Length + 2)
    [void]$builder.Append('"')
    foreach ($c in $Text.ToCharArray()) {
        $code = [int]$c
        if ($c -eq '"') { [void]$builder.Append('\"') }
        elseif ($c -eq '\') { [void]$builder.Append('\\') }
        elseif ($code -lt 0x20) { [void]$builder.Append(('\u{0:x4}' -f $code)) }
        else { [void]$builder.Append($c) }
    }
    [void]$builder.Append('"')
    $builder.ToString()
}
