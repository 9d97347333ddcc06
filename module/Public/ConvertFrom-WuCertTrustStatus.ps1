function ConvertFrom-WuCertTrustStatus {
    <#
    .SYNOPSIS
    Decodes a certificate chain's trust status (CERT_TRUST_* error and info bits) into names.

    .DESCRIPTION
    A chain's dwErrorStatus (and optionally dwInfoStatus), as CAPI2 event logs, certutil -verify or a
    debugger show them, decoded bit by bit (wincrypt.h, FACTS 5.5). Seed 000's 0x1000040 is
    CERT_TRUST_REVOCATION_STATUS_UNKNOWN | CERT_TRUST_IS_OFFLINE_REVOCATION: revocation offline,
    the mark of a stale disallowed CTL on Windows Update chains. Bits without a name are listed.
    Works on any OS.

    .PARAMETER ErrorStatus
    The error status (dwErrorStatus): a number or text such as 0x1000040.

    .PARAMETER InfoStatus
    The info status (dwInfoStatus), optional.

    .EXAMPLE
    ConvertFrom-WuCertTrustStatus 0x1000040

    Seed 000's chain status.

    .OUTPUTS
    WuTrust.CertTrustStatus

    .LINK
    Resolve-WuErrorCode
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.CertTrustStatus')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [Alias('dwErrorStatus')]
        [object]$ErrorStatus,

        [Parameter(Position = 1)]
        [Alias('dwInfoStatus')]
        [object]$InfoStatus
    )
    process {
        $numbers = @{}
        foreach ($pair in @(@('ErrorStatus', $ErrorStatus), @('InfoStatus', $InfoStatus))) {
            if ($null -eq $pair[1]) { continue }
            $text = ([string]$pair[1]).Trim()
            $parsed = [uint32]0
            $invariant = [System.Globalization.CultureInfo]::InvariantCulture
            $ok = if ($text -match '^0x([0-9a-fA-F]{1,8})$') {
                [uint32]::TryParse($Matches[1], [System.Globalization.NumberStyles]::HexNumber, $invariant, [ref]$parsed)
            } else {
                [uint32]::TryParse($text, [System.Globalization.NumberStyles]::None, $invariant, [ref]$parsed)
            }
            if (-not $ok) {
                $record = @{
                    Message      = "-$($pair[0]) '$text' is not a 32-bit status; expected a number such as 0x1000040 or 16777280."
                    ErrorId      = 'WuTrust.InvalidTrustStatus'
                    Category     = 'InvalidArgument'
                    TargetObject = $pair[1]
                }
                $PSCmdlet.WriteError((New-WuTrustErrorRecord @record))
                return
            }
            $numbers[$pair[0]] = $parsed
        }
        $request = '{"error":' + $numbers['ErrorStatus']
        if ($numbers.ContainsKey('InfoStatus')) { $request += ',"info":' + $numbers['InfoStatus'] }
        $decoded = Invoke-WuTrustEngine -Command 'decodeCertTrustStatus' -RequestJson ($request + '}')
        $flag = { param($f) [pscustomobject][ordered]@{ Bit = [string]$f.bit; Name = [string]$f.name; Meaning = [string]$f.meaning } }
        [pscustomobject][ordered]@{
            PSTypeName   = 'WuTrust.CertTrustStatus'
            ErrorStatus  = [string]$decoded.error.hex
            Errors       = @($decoded.error.flags | ForEach-Object { & $flag $_ })
            UnknownBits  = @($decoded.error.unknownBits | ForEach-Object { [string]$_ })
            InfoStatus   = if ($null -eq $decoded.info) { $null } else { [string]$decoded.info.hex }
            Info         = if ($null -eq $decoded.info) { @() } else { @($decoded.info.flags | ForEach-Object { & $flag $_ }) }
            Summary      = [string]$decoded.summary
        }
    }
}
