function Get-WuCtlSection {
    <#
    .SYNOPSIS
    The CTL-sync family's snapshot sections: the AutoUpdate keys (HKLM and HKCU), the AuthRoot policy, the services.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    $autoUpdate = @{ ExpectedValue = $script:WuAutoUpdateValues; SizeOnlyValue = $script:WuEncodedCtlValues }
    [ordered]@{
        ctl      = [ordered]@{
            autoUpdate = [ordered]@{
                HKLM = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey @autoUpdate
                HKCU = Get-WuRegistryKeyFact -Hive CurrentUser -SubKey $script:WuAutoUpdateSubKey @autoUpdate
            }
            policy     = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAuthRootPolicySubKey -ExpectedValue $script:WuAuthRootPolicyValues
        }
        services = Get-WuServiceFact -Name $script:WuServiceNames
    }
}
