function ConvertTo-WuErrorCode {
    <#
    .SYNOPSIS
    One decoded code from the engine as a WuTrust.ErrorCode.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][object]$Decoded)
    $names = @(foreach ($n in @($Decoded.names)) {
            [pscustomobject][ordered]@{
                PSTypeName = 'WuTrust.ErrorCodeName'; Name = [string]$n.name; Header = [string]$n.header; Meaning = [string]$n.meaning
            }
        })
    $trust = $Decoded.trust
    [pscustomobject][ordered]@{
        PSTypeName = 'WuTrust.ErrorCode'
        Input      = [string]$Decoded.input
        ParsedAs   = [string]$Decoded.parsedAs
        Hresult    = [string]$Decoded.hresult
        Unsigned   = [uint32]$Decoded.unsigned
        Signed     = [int]$Decoded.signed
        Severity   = [string]$Decoded.severity
        Facility   = [int]$Decoded.facility.number
        FacilityName = [string]$Decoded.facility.name
        Code       = [int]$Decoded.code
        Win32      = if ($null -eq $Decoded.win32) { $null } else { [int]$Decoded.win32 }
        Known      = [bool]$Decoded.known
        Name       = if ($names.Count -gt 0) { $names[0].Name } else { $null }
        Meaning    = if ($names.Count -gt 0) { $names[0].Meaning } else { $null }
        Names      = $names
        NamesNote  = if ($null -eq $Decoded.namesNote) { $null } else { [string]$Decoded.namesNote }
        Cause      = if ($null -eq $trust) { $null } else { [string]$trust.cause }
        Checks     = if ($null -eq $trust) { @() } else { @($trust.checks | ForEach-Object { [string]$_ }) }
        Summary    = [string]$Decoded.summary
    }
}
