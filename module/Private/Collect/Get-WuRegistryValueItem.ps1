function Get-WuRegistryValueItem {
    <#
    .SYNOPSIS
    One registry value as a backup item: whether it existed, and its type and raw bytes.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        [Parameter(Mandatory = $true)][string]$Name,
        [Parameter(Mandatory = $true)][string]$Path
    )
    $fact = Get-WuRegistryKeyFact -Hive $Hive -SubKey $SubKey -ExpectedValue $Name
    $item = [ordered]@{
        type      = 'RegistryValue'
        hive      = $Hive
        subKey    = $SubKey
        path      = $Path
        name      = $Name
        existed   = $false
        valueType = $null
        hex       = $null
    }
    if ($fact.status -eq 'Ok' -and $fact.values[$Name].status -eq 'Ok') {
        $item.existed = $true
        $item.valueType = [string]$fact.values[$Name].type
        $item.hex = [string]$fact.values[$Name].hex
    } elseif ($fact.status -ne 'Ok' -and $fact.status -ne 'NotFound') {
        $record = @{
            Message      = "$Path could not be read ($($fact.status): $($fact.message))."
            ErrorId      = 'WuTrust.KeyUnavailable'
            Category     = 'ReadError'
            TargetObject = $Path
        }
        throw (New-WuTrustErrorRecord @record)
    }
    [pscustomobject]@{ Item = $item; Fact = $(if ($fact.status -eq 'Ok') { $fact.values[$Name] } else { [ordered]@{ status = 'NotFound' } }) }
}
