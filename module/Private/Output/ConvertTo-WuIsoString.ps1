function ConvertTo-WuIsoString {
    <#
    .SYNOPSIS
    A value as the engine wrote it. PowerShell 7's ConvertFrom-Json turns ISO strings into DateTime
    and 5.1's does not; this puts such values back to the engine's 7-digit UTC form.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([AllowNull()][object]$Value)
    if ($Value -is [datetime]) {
        $utc = if ($Value.Kind -eq [System.DateTimeKind]::Local) { $Value.ToUniversalTime() } else { $Value }
        return $utc.ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
    }
    if ($null -eq $Value) { return $null }
    [string]$Value
}
