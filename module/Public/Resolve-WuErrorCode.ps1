function Resolve-WuErrorCode {
    <#
    .SYNOPSIS
    Decodes an update or trust error code: every symbolic name it carries, its meaning, and for the
    codes tied to certificate trust the cause WuTrust looks for and the checks that confirm it.

    .DESCRIPTION
    Accepts the code in every form an admin meets it: 0x80072F8F, 80072F8F (eight hex digits, as
    update logs print them), -2147012721 (signed, as some tools print it), 2147954575, or a Win32
    code such as 12175 or 1603, which is read as the HRESULT made from it (HRESULT_FROM_WIN32).
    The table (864 codes) is generated from public headers: every Windows Update code (facility
    0x24), the WinHTTP and WinINet errors, CRYPT_E_*, TRUST_E_*, CERT_E_*, and the Win32 codes
    update logs show. A value the table does not know is still decoded (severity, facility, code)
    and the result says so (Known = $false).

    One value can carry names from different headers: 0x80072F8F is ERROR_WINHTTP_SECURE_FAILURE
    in WinHTTP and WININET_E_DECODING_FAILED in WinINet. Windows Update talks through WinHTTP, so
    the WinHTTP name comes first; NamesNote says why. Nothing is read from the machine.

    .PARAMETER Code
    One or more codes, as numbers or text; from the pipeline too.

    .EXAMPLE
    Resolve-WuErrorCode 0x80072F8F

    The code of seed 000: a TLS failure; the cause and the checks (CTL, network) to run.

    .EXAMPLE
    '80072F8F', '0x8024402C', 1603 | Resolve-WuErrorCode | Format-Table Hresult, Name, Meaning

    Several codes at once, one line each.

    .EXAMPLE
    (Resolve-WuErrorCode 0x800B010E).Checks

    The WuTrust checks that confirm or rule out the cause.

    .INPUTS
    System.Object (numbers or text)

    .OUTPUTS
    WuTrust.ErrorCode

    .LINK
    ConvertFrom-WuCertTrustStatus

    .LINK
    Get-WuTrustStatus
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.ErrorCode')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('HResult', 'ErrorCode')]
        [ValidateNotNull()]
        [object[]]$Code
    )
    begin { $items = New-Object System.Collections.Generic.List[object] }
    process { foreach ($item in $Code) { $items.Add($item) } }
    end {
        if ($items.Count -eq 0) { return }
        # One engine call for the whole input: a number stays a number (its sign matters), the rest is text.
        $parts = foreach ($item in $items) {
            if ($item -is [int] -or $item -is [long] -or $item -is [uint32] -or $item -is [double] -or $item -is [int16] -or $item -is [byte]) {
                [string][long]$item
            } else {
                ConvertTo-WuJsonString -Text ([string]$item)
            }
        }
        $json = '{"codes":[' + ($parts -join ',') + ']}'
        $result = Invoke-WuTrustEngine -Command 'resolveErrorCodes' -RequestJson $json
        $i = 0
        foreach ($decoded in @($result.codes)) {
            $item = $items[$i]
            $i++
            if ($null -ne $decoded.PSObject.Properties['error']) {
                $record = @{
                    Message      = [string]$decoded.error
                    ErrorId      = 'WuTrust.InvalidErrorCode'
                    Category     = 'InvalidArgument'
                    TargetObject = $item
                }
                $PSCmdlet.WriteError((New-WuTrustErrorRecord @record))
                continue
            }
            ConvertTo-WuErrorCode -Decoded $decoded
        }
    }
}
