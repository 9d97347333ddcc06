function ConvertFrom-WinTrustState {
    <#
    .SYNOPSIS
    Decodes a WinTrust Software Publishing State value the way SetReg.exe shows it. Works on any OS.

    .DESCRIPTION
    The State value under HKCU\Software\Microsoft\Windows\CurrentVersion\WinTrust\Trust Providers\Software Publishing
    is a bit mask of WTPF_* flags. ConvertFrom-WinTrustState decodes a value someone pasted: SetReg's
    ten options (number, label, TRUE/FALSE, with the inverted options 2, 3 and 9 handled), the
    flags, the bits that have no public meaning (kept by WuTrust on every change), and a verdict
    against the Windows default 0x23C00: which settings break update installs (offline revocation
    not accepted: signature checks fail with 0x800B010E when revocation servers cannot be reached)
    and which weaken security (revocation or expiry ignored, test roots trusted, only the personal
    trust database). Nothing is read from or written to the machine.

    .PARAMETER Value
    The State value (alias State), in the shapes it comes in: a number (0xC9, 201, or a negative
    Int32 as Get-ItemProperty returns a REG_DWORD of 0x80000000 or more: -1 is 0xFFFFFFFF), text
    ("0xC9", "dword:000000c9" from a .reg file, "000000c9" as regedit shows it, "C9", "201"), 4
    bytes of a REG_BINARY (little-endian), or Get-ItemProperty output piped in (its State property).
    $null and empty text are refused: an absent value is not 0 (Get-WinTrustState tells them apart).

    .EXAMPLE
    ConvertFrom-WinTrustState -Value 0xC9

    The value from the seed report: options 4 to 7 are FALSE, so .NET update packages fail their
    signature check whenever revocation cannot be checked.

    .EXAMPLE
    ConvertFrom-WinTrustState -Value 0x23C00 | Select-Object -ExpandProperty SetRegText

    Prints SetReg's listing of the Windows default.

    .EXAMPLE
    Get-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\WinTrust\Trust Providers\Software Publishing' | ConvertFrom-WinTrustState

    Decodes this account's State as read by Get-ItemProperty.

    .EXAMPLE
    0xC9, 0x22849, 0x23E00 | ConvertFrom-WinTrustState | Select-Object Hex, IsWindowsDefault, BreaksUpdates, WeakensSecurity

    Compares several values.

    .INPUTS
    System.Object (a number, text, bytes, or an object with a State property)

    .OUTPUTS
    WuTrust.WinTrustState

    .LINK
    Get-WinTrustState

    .LINK
    Set-WinTrustState
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.WinTrustState')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('State')]
        [AllowNull()]
        [AllowEmptyString()]
        [object]$Value
    )
    process {
        try {
            $number = ConvertTo-WuStateNumber -InputObject $Value
        } catch {
            $record = @{
                Message        = $_.Exception.Message
                ErrorId        = 'WuTrust.InvalidStateValue'
                Category       = 'InvalidArgument'
                TargetObject   = $Value
                InnerException = $_.Exception
            }
            $PSCmdlet.WriteError((New-WuTrustErrorRecord @record))
            return
        }
        $decoded = Invoke-WuTrustEngine -Command 'decodeWinTrustState' -RequestJson ('{"value":' + $number + '}')
        ConvertTo-WuWinTrustState -Decoded $decoded -Target $null -Presence 'Present' -Note $decoded.unknownBitsNote
    }
}
