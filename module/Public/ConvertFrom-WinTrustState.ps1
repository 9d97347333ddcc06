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
    The State value, for example 0xC9 or 201. Accepts pipeline input.

    .EXAMPLE
    ConvertFrom-WinTrustState -Value 0xC9

    The value from the seed report: options 4 to 7 are FALSE, so .NET update packages fail their
    signature check whenever revocation cannot be checked.

    .EXAMPLE
    ConvertFrom-WinTrustState -Value 0x23C00 | Select-Object -ExpandProperty SetRegText

    Prints SetReg's listing of the Windows default.

    .EXAMPLE
    0xC9, 0x22849, 0x23E00 | ConvertFrom-WinTrustState | Select-Object Hex, IsWindowsDefault, BreaksUpdates, WeakensSecurity

    Compares several values.

    .INPUTS
    System.UInt32

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
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [uint32]$Value
    )
    process {
        $decoded = Invoke-WuTrustEngine -Command 'decodeWinTrustState' -RequestJson (ConvertTo-Json -Compress -InputObject @{ value = $Value })
        ConvertTo-WuWinTrustState -Decoded $decoded -Target $null -Presence 'Present' -Note $decoded.unknownBitsNote
    }
}
