function Get-WuCtlSection {
    <#
    .SYNOPSIS
    The CTL-sync family's snapshot sections: the AutoUpdate keys (HKLM, HKCU, and HKU\.DEFAULT, the
    user hive of LocalSystem, as which Windows Update's chain checks run), the AuthRoot policy, the services.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    $autoUpdate = @{ ExpectedValue = $script:WuAutoUpdateValues; SizeOnlyValue = $script:WuEncodedCtlValues }
    # SYSTEM's hive: crypt32 reads only the sync times there (the intervals come from HKLM).
    $systemHive = @{ ExpectedValue = $script:WuSyncTimeValues; SizeOnlyValue = $script:WuEncodedCtlValues }
    [ordered]@{
        ctl      = [ordered]@{
            autoUpdate = [ordered]@{
                HKLM    = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey @autoUpdate
                HKCU    = Get-WuRegistryKeyFact -Hive CurrentUser -SubKey $script:WuAutoUpdateSubKey @autoUpdate
                DEFAULT = Get-WuRegistryKeyFact -Hive Users -SubKey ".DEFAULT\$script:WuAutoUpdateSubKey" @systemHive
            }
            policy     = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAuthRootPolicySubKey -ExpectedValue $script:WuAuthRootPolicyValues
        }
        services = Get-WuServiceFact -Name $script:WuServiceNames
    }
}
