function Get-WuAclSection {
    <#
    .SYNOPSIS
    The AutoUpdate-ACL family's snapshot section: the SDDL of AuthRoot, of AutoUpdate (HKLM and
    HKCU), and of the other AuthRoot keys CryptSvc writes (Certificates, CRLs, CTLs).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    [ordered]@{
        acl = [ordered]@{
            authRoot       = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey $script:WuAuthRootSubKey
            autoUpdate     = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey
            autoUpdateHKCU = Get-WuRegistryKeySddl -Hive CurrentUser -SubKey $script:WuAutoUpdateSubKey
            authRootKeys   = [ordered]@{
                Certificates = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey "$script:WuAuthRootSubKey\Certificates"
                CRLs         = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey "$script:WuAuthRootSubKey\CRLs"
                CTLs         = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey "$script:WuAuthRootSubKey\CTLs"
            }
        }
    }
}
