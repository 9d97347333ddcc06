# Get-WuProxyConfiguration and the proxy collectors, with the registry mocked.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    # FACTS.md 4.1: proxy.contoso.com:8080 with bypass <local>, header 0x18, flags 0x3.
    $proxy = 'proxy.contoso.com:8080'
    $script:WinHttpHex = '180000000000000003000000' + '16000000' + (-join ([byte[]][char[]]$proxy | ForEach-Object { $_.ToString('X2') })) +
    '07000000' + '3C6C6F63616C3E'
}

Describe 'Get-WuProxyConfiguration' {
    It 'needs Windows without -Snapshot, and says what to do instead' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        { Get-WuProxyConfiguration -ErrorAction Stop } | Should -Throw -ErrorId 'WuTrust.LiveCollectionNeedsWindows,Get-WuProxyConfiguration'
    }

    It 'shows every source of a snapshot side by side, WinHTTP first as the one Windows Update uses' {
        $rows = @(Get-WuProxyConfiguration -Snapshot (Join-Path $script:SamplesRoot 'seed-001-tls-intercepted.json'))
        @($rows.Source) | Should -Be @('WinHttp', 'WinHttp32', 'WinInetSystem', 'WinInetUser', 'WinInetMachine', 'Environment', 'Advanced')
        $rows[0].PSObject.TypeNames | Should -Contain 'WuTrust.ProxySource'
        $rows[0].Mode | Should -Be 'Proxy'
        $rows[0].Proxy | Should -Be 'proxy.contoso.com:8080'
        $rows[0].WindowsUpdateUse | Should -Be 'First'
        $rows[3].WindowsUpdateUse | Should -Be 'Fallback'
        ($rows | Out-String -Width 160) | Should -BeLike '*WinHttp*Set*Proxy*proxy.contoso.com:8080*First*'
    }

    It 'refuses a snapshot without proxy settings, naming the file' {
        $old = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'healthy.json') | ConvertFrom-Json
        $old.PSObject.Properties.Remove('network')
        $path = Join-Path $TestDrive 'old.json'
        Set-Content -LiteralPath $path -Value ($old | ConvertTo-Json -Depth 12) -Encoding ascii
        { Get-WuProxyConfiguration -Snapshot $path -ErrorAction Stop } | Should -Throw -ErrorId 'WuTrust.NoProxyFacts,Get-WuProxyConfiguration'
    }

    It 'decodes the live registry values (collectors mocked): both views, LocalSystem, the user, the policy' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact {
            $values = [ordered]@{}
            if ($Hive -eq 'LocalMachine' -and $SubKey -like '*\Connections') {
                $values.WinHttpSettings = [ordered]@{ status = 'Ok'; type = 'REG_BINARY'; hex = $script:WinHttpHex }
                $view = Get-Variable -Name View -ValueOnly -ErrorAction SilentlyContinue
                if ($view -eq 'Registry32') { $values.WinHttpSettings = [ordered]@{ status = 'Ok'; type = 'REG_BINARY'; hex = '1800' } }
            }
            [ordered]@{ path = $SubKey; status = 'Ok'; values = $values }
        }
        Mock -ModuleName WuTrust Get-WuProxyEnvironment { [ordered]@{ HTTPS_PROXY = 'http://127.0.0.1:3128' } }
        Mock -ModuleName WuTrust Get-WuWinHttpAdvancedProxy { [ordered]@{ status = 'NotSupportedOnThisOS'; message = 'not here' } }
        $rows = @(Get-WuProxyConfiguration)
        $rows[0].Proxy | Should -Be 'proxy.contoso.com:8080'
        $rows[0].Bypass | Should -Be '<local>'
        $rows[0].Raw | Should -Be $script:WinHttpHex
        $rows[1].State | Should -Be 'Malformed'
        $rows[1].Notes[0] | Should -Be 'the value is 2 bytes; the header alone is 12'
        $rows[2].State | Should -Be 'NotSet'
        $rows[5].Proxy | Should -Be 'http://127.0.0.1:3128'
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'LocalMachine' -and (Get-Variable -Name View -ValueOnly -ErrorAction SilentlyContinue) -eq 'Registry32'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'Users' -and $SubKey -eq '.DEFAULT\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $SubKey -eq 'SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings' -and $ExpectedValue -contains 'ProxySettingsPerUser'
        }
    }
}

Describe 'Proxy and DNS collectors' {
    It 'reads the proxy environment variables by name, either case' {
        $saved = [System.Environment]::GetEnvironmentVariable('HTTPS_PROXY')
        try {
            [System.Environment]::SetEnvironmentVariable('HTTPS_PROXY', 'http://127.0.0.1:9')
            $found = InModuleScope WuTrust { Get-WuProxyEnvironment }
            $found['HTTPS_PROXY'] | Should -Be 'http://127.0.0.1:9'
        } finally {
            Set-WuTestEnvironmentVariable -Name 'HTTPS_PROXY' -Value $saved
        }
    }

    It 'maps Resolve-DnsName''s Win32 errors to rcodes (9003 NXDOMAIN, 9005 REFUSED, 1460 timeout)' -ForEach @(
        @{ Code = 9003; Rcode = 'NXDOMAIN' }
        @{ Code = 9005; Rcode = 'REFUSED' }
        @{ Code = 9002; Rcode = 'SERVFAIL' }
        @{ Code = 1460; Rcode = 'Timeout' }
        @{ Code = 9501; Rcode = 'NOERROR' }
    ) {
        function global:Resolve-DnsName {
            param($Name, $Type, [switch]$DnsOnly, [switch]$QuickTimeout)
            throw (New-Object System.ComponentModel.Win32Exception -ArgumentList @($global:WuTestDnsCode))
        }
        try {
            $global:WuTestDnsCode = $Code
            $fact = InModuleScope WuTrust { Resolve-WuSystemDns -Name 'fe3.delivery.mp.microsoft.com' -RecordType A }
            $fact.rcode | Should -Be $Rcode
            $fact.source | Should -Be 'Resolve-DnsName'
        } finally {
            Remove-Item -Path 'function:global:Resolve-DnsName'
            Remove-Variable -Name WuTestDnsCode -Scope Global
        }
    }

    It 'asks the system resolver with System.Net.Dns where Resolve-DnsName does not exist (localhost only, no traffic)' {
        $fact = InModuleScope WuTrust { Resolve-WuSystemDns -Name 'localhost' -RecordType A -Via SystemNetDns }
        $fact.rcode | Should -Be 'NOERROR'
        $fact.answers[0].data | Should -Be '127.0.0.1'
        $fact.source | Should -Be 'System.Net.Dns'
    }
}
