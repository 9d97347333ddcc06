function Set-WuRegistryValueItem {
    <#
    .SYNOPSIS
    Puts a registry value back as a backup item holds it: written with its type and bytes, or deleted when it did not exist.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][object]$Item)
    if ($Item.existed) {
        Write-WuRegistryValue -Hive $Item.hive -SubKey $Item.subKey -Name $Item.name -Type $Item.valueType -Hex $Item.hex
    } else {
        Remove-WuRegistryValue -Hive $Item.hive -SubKey $Item.subKey -Name $Item.name
    }
}
