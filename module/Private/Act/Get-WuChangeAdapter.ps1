function Get-WuChangeAdapter {
    <#
    .SYNOPSIS
    How Invoke-WuChange reads, writes and describes one kind of item, as backup items:
    RegistryAcl (a key's DACL, as SDDL) or RegistryValue (one value, or its absence). Each script
    block takes the adapter itself as its first argument (no closures: they run in the module's scope).
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('RegistryAcl', 'RegistryValue')][string]$Type,
        [Parameter(Mandatory = $true)][ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        # The value name (RegistryValue only).
        [string]$Name
    )
    $adapter = @{ Type = $Type; Hive = $Hive; SubKey = $SubKey; Name = $Name; Path = "$(Get-WuHivePrefix -Hive $Hive)\$SubKey" }
    if ($Type -eq 'RegistryAcl') {
        $adapter.DeniedErrorId = 'WuTrust.NoWriteDac'
        $adapter.Read = {
            param($A)
            $fact = Get-WuRegistryKeySddl -Hive $A.Hive -SubKey $A.SubKey
            if ($fact.status -ne 'Ok') { return $null }
            [ordered]@{ type = 'RegistryAcl'; hive = $A.Hive; subKey = $A.SubKey; path = $A.Path; sddl = [string]$fact.sddl }
        }
        $adapter.Write = { param($A, $Item) Set-WuRegistryKeySddl -Hive $Item.hive -SubKey $Item.subKey -Sddl $Item.sddl }
        $adapter.Describe = { param($A, $Item) if ($null -eq $Item) { 'nothing readable' } else { [string]$Item.sddl } }
        return $adapter
    }
    $adapter.DeniedErrorId = 'WuTrust.AccessDenied'
    $adapter.Read = { param($A) (Get-WuRegistryValueItem -Hive $A.Hive -SubKey $A.SubKey -Name $A.Name -Path $A.Path).Item }
    $adapter.Write = { param($A, $Item) Set-WuRegistryValueItem -Item $Item }
    $adapter.Describe = {
        param($A, $Item)
        if ($null -eq $Item) { 'nothing readable' } elseif ($Item.existed) { "$($Item.valueType) $($Item.hex)" } else { 'absent' }
    }
    $adapter
}
