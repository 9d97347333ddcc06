function ConvertTo-WuRegistryValueFact {
    <#
    .SYNOPSIS
    Turns a value as .NET returns it into a snapshot fact: type name and raw bytes as hex.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][string]$Kind,
        [AllowNull()][object]$Data,
        # Record only presence and size (large blobs such as encoded CTLs).
        [switch]$SizeOnly
    )
    $type = if ($script:WuRegistryTypeNames.ContainsKey($Kind)) { $script:WuRegistryTypeNames[$Kind] } else { 'REG_UNKNOWN' }
    $fact = [ordered]@{ status = 'Ok'; type = $type }
    $bytes = $null
    $text = $null
    switch ($type) {
        # A REG_DWORD or REG_QWORD of the wrong length comes back from .NET as its raw bytes (seen in
        # the Windows-API lane: 3 and 6 bytes); they are kept as they are, and the engine judges the length.
        'REG_DWORD' { $bytes = if ($Data -is [byte[]]) { $Data } else { [System.BitConverter]::GetBytes([int32]$Data) } }
        'REG_QWORD' { $bytes = if ($Data -is [byte[]]) { $Data } else { [System.BitConverter]::GetBytes([int64]$Data) } }
        'REG_SZ' { $text = [string]$Data; $bytes = [System.Text.Encoding]::Unicode.GetBytes($text) }
        'REG_EXPAND_SZ' { $text = [string]$Data; $bytes = [System.Text.Encoding]::Unicode.GetBytes($text) }
        'REG_MULTI_SZ' {
            $text = (@($Data) -join "`n")
            $bytes = [System.Text.Encoding]::Unicode.GetBytes(((@($Data) + @('', '')) -join [char]0))
        }
        default {
            if ($Data -is [byte[]]) {
                $bytes = $Data
            } elseif ($null -ne $Data) {
                $fact.status = 'Malformed'
                $fact.message = "the data came back as $($Data.GetType().FullName), not bytes"
            } else {
                $bytes = [byte[]]@()
            }
        }
    }
    if ($null -ne $bytes) {
        if ($SizeOnly) {
            $fact.size = $bytes.Length
        } else {
            $fact.hex = ConvertTo-WuHex -Bytes $bytes
        }
    }
    if ($null -ne $text -and -not $SizeOnly) {
        $fact.text = $text
    }
    $fact
}
