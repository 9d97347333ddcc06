function ConvertTo-WuHex {
    <#
    .SYNOPSIS
    Bytes as upper-case hex without separators.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][AllowEmptyCollection()][byte[]]$Bytes)
    $builder = New-Object -TypeName System.Text.StringBuilder -ArgumentList ($Bytes.Length * 2)
    foreach ($b in $Bytes) {
        [void]$builder.Append($b.ToString('X2', [System.Globalization.CultureInfo]::InvariantCulture))
    }
    $builder.ToString()
}
