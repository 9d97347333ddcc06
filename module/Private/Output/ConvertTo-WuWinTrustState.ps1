function ConvertTo-WuWinTrustState {
    <#
    .SYNOPSIS
    An engine reading or decoding of State as a WuTrust.WinTrustState.
    #>
    [CmdletBinding()]
    param(
        [AllowNull()][object]$Decoded,
        [AllowNull()][object]$Target,
        [string]$Presence = 'Present',
        [string]$Note
    )
    $options = @()
    if ($null -ne $Decoded) {
        $options = @(foreach ($o in @($Decoded.options)) {
                [pscustomobject]@{ Number = [int]$o.number; Name = [string]$o.name; Label = [string]$o.label; Enabled = [bool]$o.enabled }
            })
    }
    [pscustomobject][ordered]@{
        PSTypeName       = 'WuTrust.WinTrustState'
        Scope            = $(if ($null -ne $Target) { [string]$Target.scope } else { $null })
        Sid              = $(if ($null -ne $Target) { $Target.sid } else { $null })
        Path             = $(if ($null -ne $Target) { [string]$Target.path } else { $null })
        Presence         = $Presence
        Value            = $(if ($null -ne $Decoded) { [uint32]$Decoded.value } else { $null })
        Hex              = $(if ($null -ne $Decoded) { [string]$Decoded.hex } else { $null })
        IsWindowsDefault = $(if ($null -ne $Decoded) { [bool]$Decoded.isWindowsDefault } else { $null })
        BreaksUpdates    = [string[]]@($(if ($null -ne $Decoded) { $Decoded.breaksUpdates | ForEach-Object { $_.text } }))
        MayBreakInstalls = [string[]]@($(if ($null -ne $Decoded) { $Decoded.mayBreakInstalls | ForEach-Object { $_.text } }))
        WeakensSecurity  = [string[]]@($(if ($null -ne $Decoded) { $Decoded.weakensSecurity | ForEach-Object { $_.text } }))
        UnknownBits      = [string[]]@($(if ($null -ne $Decoded) { $Decoded.unknownBits }))
        Options          = $options
        SetRegText       = $(if ($null -ne $Decoded) { [string]$Decoded.setRegText } else { $null })
        Note             = $Note
    }
}
