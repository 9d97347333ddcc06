function ConvertTo-WuStateNumber {
    <#
    .SYNOPSIS
    A State value as the 32-bit unsigned number it is, from the shapes an administrator has it in
    (admin-trial D9); throws an ArgumentException naming the input and what was expected.
    .DESCRIPTION
    Accepted: an integer 0..4294967295; a negative Int32, reinterpreted as unsigned (Get-ItemProperty
    returns a REG_DWORD of 0x80000000 or more that way, and the literal 0xFFFFFFFF is Int32 -1);
    text "0xC9", "dword:000000c9" (.reg files), eight hex digits "000000c9" (regedit), hex with a
    letter "C9", or decimal "201"; a 4-byte array (REG_BINARY, little-endian); an object with a State
    property (Get-ItemProperty output). Refused: $null, empty text, booleans, fractions, anything out
    of range - an absent value is not 0 (Get-WinTrustState tells absent from 0).
    #>
    [CmdletBinding()]
    [OutputType([uint32])]
    param([AllowNull()][AllowEmptyString()][object]$InputObject)
    $value = $InputObject
    if ($value -is [System.Management.Automation.PSObject]) { $value = $value.PSObject.BaseObject }
    if ($null -ne $value -and $value -isnot [string] -and $value -isnot [System.ValueType] -and $value -isnot [array] -and
        $null -ne $InputObject.PSObject.Properties['State']) {
        $value = $InputObject.State
    }
    $fail = {
        param([string]$Why)
        throw [System.ArgumentException]::new("State value $Why. Expected a number from 0 to 0xFFFFFFFF (for example 0xC9, 201, " +
            '"dword:000000c9", "000000c9", -1 as Int32, or 4 bytes); an absent value is not 0: Get-WinTrustState tells them apart.')
    }
    if ($null -eq $value) { & $fail 'is missing ($null)' }
    if ($value -is [bool]) { & $fail "is a boolean ($value)" }
    if ($value -is [byte[]] -or ($value -is [array] -and @($value | Where-Object { $_ -isnot [byte] -and $_ -isnot [int] }).Count -eq 0)) {
        $bytes = @($value)
        if ($bytes.Count -ne 4 -or @($bytes | Where-Object { $_ -lt 0 -or $_ -gt 255 }).Count -gt 0) {
            & $fail "is $($bytes.Count) byte(s); a REG_BINARY State holds exactly 4"
        }
        return [uint32]([uint32]$bytes[0] + ([uint32]$bytes[1] -shl 8) + ([uint32]$bytes[2] -shl 16) + ([uint32]$bytes[3] * 16777216))
    }
    if ($value -is [string]) {
        $text = $value.Trim()
        if ($text -eq '') { & $fail 'is empty' }
        $hex = $null
        if ($text -match '^(?i)(?:0x|dword:)([0-9a-f]{1,8})$') { $hex = $Matches[1] }
        elseif ($text -match '^[0-9a-fA-F]{8}$' -or $text -match '^(?=.*[a-fA-F])[0-9a-fA-F]{1,8}$') { $hex = $text }
        if ($null -ne $hex) { return [System.Convert]::ToUInt32($hex, 16) }
        if ($text -match '^\d{1,10}$') {
            $number = [uint64]$text
            if ($number -le [uint32]::MaxValue) { return [uint32]$number }
        }
        & $fail "'$text' is not a 32-bit number"
    }
    if ($value -is [int]) {
        # Int32 -1 is 0xFFFFFFFF: the same 32 bits, read as unsigned.
        return [System.BitConverter]::ToUInt32([System.BitConverter]::GetBytes([int]$value), 0)
    }
    if ($value -is [double] -or $value -is [single] -or $value -is [decimal]) {
        if ($value -ne [math]::Floor($value)) { & $fail "is a fraction ($value)" }
    }
    if ($value -is [System.ValueType]) {
        try { $number = [decimal]$value } catch { & $fail "is a $($value.GetType().Name)" }
        if ($number -ge 0 -and $number -le [uint32]::MaxValue) { return [uint32]$number }
        & $fail "$value is out of range"
    }
    & $fail "is a $($value.GetType().Name)"
}
