function Get-WuProxySourceFact {
    <#
    .SYNOPSIS
    The proxy settings of every source, raw: WinHttpSettings in the 64-bit and 32-bit registry
    views, the WinINET DefaultConnectionSettings of LocalSystem (HKU\.DEFAULT), the current user and
    the machine, the ProxySettingsPerUser policy, the proxy environment variables and the advanced
    WinHTTP proxy text. Decoding is the engine's (src/network/proxy.ts).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    $sub = $script:WuConnectionsSubKey
    $valueOf = {
        param($Key, [string]$Name)
        if ($Key.status -ne 'Ok') {
            $fact = [ordered]@{ status = $Key.status }
            if ($Key.Contains('message')) { $fact.message = $Key.message }
            return $fact
        }
        $value = $null
        if ($Key.Contains('values') -and $null -ne $Key.values) { $value = $Key.values[$Name] }
        if ($null -eq $value) { $value = [ordered]@{ status = 'NotFound' } }
        $value
    }
    $winHttp = @{ ExpectedValue = @('WinHttpSettings', 'DefaultConnectionSettings') }
    $machine64 = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $sub @winHttp
    $machine32 = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $sub -View Registry32 @winHttp
    $system = Get-WuRegistryKeyFact -Hive Users -SubKey ".DEFAULT\$sub" -ExpectedValue 'DefaultConnectionSettings'
    $user = Get-WuRegistryKeyFact -Hive CurrentUser -SubKey $sub -ExpectedValue 'DefaultConnectionSettings'
    $policy = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuProxyPolicySubKey -ExpectedValue 'ProxySettingsPerUser'
    [ordered]@{
        winHttp        = & $valueOf $machine64 'WinHttpSettings'
        winHttp32      = & $valueOf $machine32 'WinHttpSettings'
        winInetSystem  = & $valueOf $system 'DefaultConnectionSettings'
        winInetUser    = & $valueOf $user 'DefaultConnectionSettings'
        winInetMachine = & $valueOf $machine64 'DefaultConnectionSettings'
        perUserPolicy  = & $valueOf $policy 'ProxySettingsPerUser'
        environment    = Get-WuProxyEnvironment
        advanced       = Get-WuWinHttpAdvancedProxy
    }
}
