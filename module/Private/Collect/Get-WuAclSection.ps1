function Get-WuAclSection {
    <#
    .SYNOPSIS
    The AutoUpdate-ACL family's snapshot section: the SDDL of AuthRoot and of AutoUpdate (HKLM and HKCU).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    [ordered]@{
        acl = [ordered]@{
            authRoot       = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey $script:WuAuthRootSubKey
            autoUpdate     = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey
            autoUpdateHKCU = Get-WuRegistryKeySddl -Hive CurrentUser -SubKey $script:WuAutoUpdateSubKey
        }
    }
}
