# Test-WuUpdateEndpoint and the network collection behind it, with the probes mocked (the real probes
# against loopback servers are in Network.Integration.Tests.ps1).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    $script:Sample = Get-Content -Raw -LiteralPath (Join-Path $script:SamplesRoot 'seed-001-tls-intercepted.json') | ConvertFrom-Json
    function Set-ProbeMock {
        # Each work item answered from the seed-001 sample (its probes and DNS answers), by name.
        Mock -ModuleName WuTrust Invoke-WuProbeBatch {
            $answers = foreach ($item in $WorkItem) {
                if ($item.Kind -eq 'Probe') {
                    $found = @($script:Sample.network.probes | Where-Object name -eq $item.Parameters.Name)
                    if ($found.Count -gt 0) { $found[0] } else { $item.Fallback }
                } else {
                    $item.Fallback
                }
            }
            , @($answers)
        }
    }
}

Describe 'Test-WuUpdateEndpoint' {
    It 'needs -Proxy where the WinHTTP settings cannot be read, and says so' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        { Test-WuUpdateEndpoint -ErrorAction Stop } | Should -Throw -ErrorId 'WuTrust.ProxyNeeded,Test-WuUpdateEndpoint'
    }

    It 'judges each endpoint from its probe: the interceptor named, the proxy shown, the findings attached' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        Set-ProbeMock
        $rows = @(Test-WuUpdateEndpoint -Name 'fe3.delivery.mp.microsoft.com', 'ctldl.windowsupdate.com' -Proxy 'proxy.contoso.com:8080')
        $rows.Count | Should -Be 2
        $rows[0].PSObject.TypeNames | Should -Contain 'WuTrust.EndpointResult'
        $rows[0].Verdict | Should -Be 'Intercepted'
        $rows[0].Product | Should -Be 'Zscaler'
        $rows[0].Proxy | Should -Be 'proxy.contoso.com:8080'
        $rows[0].Findings[0].Id | Should -Be 'WUT-NET-001'
        $rows[1].Verdict | Should -Be 'Blocked'
        $rows[1].Findings[0].Id | Should -Be 'WUT-NET-030'
    }

    It 'plans the probes through -Proxy and asks -DnsServer for every name, the system resolver only where no address is given' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        Set-ProbeMock
        $endpoint = @(@{ Name = 'fe3.update.test'; Port = 18443; Address = '127.0.0.1' }, @{ Name = 'crl.microsoft.com'; Scheme = 'http' })
        $null = Test-WuUpdateEndpoint -Endpoint $endpoint -Proxy 'http://127.0.0.1:3128/' -DnsServer '127.0.0.1:5353' -TimeoutSeconds 2
        Should -Invoke -ModuleName WuTrust Invoke-WuProbeBatch -Times 1 -Exactly -ParameterFilter {
            $probes = @($WorkItem | Where-Object Kind -eq 'Probe')
            $system = @($WorkItem | Where-Object { $_.Command -eq 'Resolve-WuSystemDns' })
            $server = @($WorkItem | Where-Object { $_.Command -eq 'Invoke-WuDnsQuery' })
            $probes.Count -eq 2 -and
            $probes[0].Parameters.Proxy -eq '127.0.0.1:3128' -and $probes[0].Parameters.Address -eq '127.0.0.1' -and
            $probes[0].Parameters.Port -eq 18443 -and $probes[0].Parameters.TimeoutMs -eq 2000 -and
            $probes[1].Parameters.Port -eq 80 -and $probes[1].Parameters.Scheme -eq 'http' -and
            $system.Count -eq 2 -and @($system | Where-Object { $_.Parameters.Name -eq 'fe3.update.test' }).Count -eq 0 -and
            $server.Count -eq 4 -and $server[0].Parameters.Port -eq 5353 -and $TimeoutSeconds -eq 2
        }
    }

    It 'refuses a -TrustedCertificate that is neither a certificate nor a thumbprint, naming it' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        Mock -ModuleName WuTrust Invoke-WuProbeBatch { throw 'must not probe' }
        $bad = Join-Path $TestDrive 'not-a-cert.txt'
        Set-Content -LiteralPath $bad -Value 'hello'
        { Test-WuUpdateEndpoint -Proxy Direct -TrustedCertificate $bad -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*-TrustedCertificate '$bad' is not a certificate file*"
        Should -Invoke -ModuleName WuTrust Invoke-WuProbeBatch -Times 0 -Exactly
    }

    It 'refuses an -Endpoint without a Name, and a -Proxy that is not a proxy, before probing' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        Mock -ModuleName WuTrust Invoke-WuProbeBatch { throw 'must not probe' }
        { Test-WuUpdateEndpoint -Endpoint @{ Port = 443 } -Proxy Direct -ErrorAction Stop } |
            Should -Throw -ErrorId 'WuTrust.InvalidEndpoint,Test-WuUpdateEndpoint'
        { Test-WuUpdateEndpoint -Proxy "p:80'; calc" -ErrorAction Stop } | Should -Throw -ExpectedMessage '*expected a proxy as host:port*'
        Should -Invoke -ModuleName WuTrust Invoke-WuProbeBatch -Times 0 -Exactly
    }

    It 'formats as a table and survives serialisation (remoting)' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        Set-ProbeMock
        $rows = @(Test-WuUpdateEndpoint -Name 'slscr.update.microsoft.com' -Proxy 'proxy.contoso.com:8080')
        ($rows | Out-String -Width 160) | Should -BeLike '*slscr.update.microsoft.com*Intercepted*Zscaler*'
        $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($rows[0], 3))
        $copy.Verdict | Should -Be 'Intercepted'
        $copy.PSObject.TypeNames | Should -Contain 'Deserialized.WuTrust.EndpointResult'
    }
}

Describe 'Get-WuNetworkSection (the network family''s collector)' {
    It 'makes no network traffic with -SkipNetwork, and still reads the proxy settings' {
        Mock -ModuleName WuTrust Invoke-WuProbeBatch { throw 'must not probe' }
        Mock -ModuleName WuTrust Get-WuProxySourceFact { [ordered]@{ winHttp = [ordered]@{ status = 'NotFound' } } }
        $section = InModuleScope WuTrust { Get-WuNetworkSection -Options @{ SkipNetwork = $true } }
        $section.network.probesSkipped | Should -BeLike 'by -SkipNetwork*'
        $section.network.proxy.winHttp.status | Should -Be 'NotFound'
        Should -Invoke -ModuleName WuTrust Invoke-WuProbeBatch -Times 0 -Exactly
    }

    It 'follows the WinHTTP proxy and its bypass list (the engine''s plan) for the default endpoints' {
        # WinHttpSettings: proxy p:3128, bypass *.microsoft.com (FACTS.md 4.1 layout).
        $blob = '1800000000000000030000000600000070' + '3A33313238' + '0F0000002A2E6D6963726F736F66742E636F6D'
        Mock -ModuleName WuTrust Get-WuProxySourceFact { [ordered]@{ winHttp = [ordered]@{ status = 'Ok'; type = 'REG_BINARY'; hex = $blob } } }
        Mock -ModuleName WuTrust Invoke-WuProbeBatch { , @($WorkItem | ForEach-Object { $_.Fallback }) }
        $section = InModuleScope WuTrust { Get-WuNetworkSection -Options @{ TimeoutSeconds = 1 } }
        $fe3 = @($section.network.probes | Where-Object { $_.name -eq 'fe3.delivery.mp.microsoft.com' })[0]
        $ctl = @($section.network.probes | Where-Object { $_.name -eq 'ctldl.windowsupdate.com' })[0]
        $fe3.proxy | Should -BeNullOrEmpty
        $fe3.proxySource | Should -Be 'WinHttpBypass'
        $ctl.proxy | Should -Be 'p:3128'
        $section.network.timeoutSeconds | Should -Be 1
        @($section.network.dns).Count | Should -Be 22
    }
}

Describe 'Get-WuTrustStatus with the network family' {
    BeforeAll {
        function Set-MachineMock {
            Mock -ModuleName WuTrust Test-WuIsWindows { $true }
            Mock -ModuleName WuTrust Get-WuRegistryKeyFact { [ordered]@{ path = $SubKey; status = 'NotFound' } }
            Mock -ModuleName WuTrust Get-WuRegistryKeySddl { [ordered]@{ path = $SubKey; status = 'NotFound' } }
            Mock -ModuleName WuTrust Get-WuServiceFact { [ordered]@{} }
            Mock -ModuleName WuTrust Get-WuUserHiveSid { @() }
            Mock -ModuleName WuTrust Get-WuSetupLogExcerpt { }
            Mock -ModuleName WuTrust Get-WuWinHttpAdvancedProxy { [ordered]@{ status = 'NotSupportedOnThisOS' } }
            Mock -ModuleName WuTrust Get-WuUpdateLogSection { Get-WuTestHealthyLogs }
        }
    }

    It '-SkipNetwork: the probe and DNS checks are not run, reason skipped, and nothing is probed' {
        Set-MachineMock
        Mock -ModuleName WuTrust Invoke-WuProbeBatch { throw 'must not probe' }
        $report = Get-WuTrustStatus -SkipNetwork
        $skipped = @($report.ChecksNotRun | Where-Object Family -eq 'NetworkTrust')
        @($skipped.Id) | Should -Be @('NET.Reach', 'NET.Chain', 'NET.CtlCrl', 'NET.Clock', 'NET.Dns')
        $skipped[0].Reason | Should -BeLike 'skipped: by -SkipNetwork*'
        @($report.ChecksRun | Where-Object Id -eq 'NET.Proxy').Count | Should -Be 1
        Should -Invoke -ModuleName WuTrust Invoke-WuProbeBatch -Times 0 -Exactly
    }

    It 'passes -TimeoutSeconds to the probes' {
        Set-MachineMock
        Mock -ModuleName WuTrust Invoke-WuProbeBatch { , @($WorkItem | ForEach-Object { $_.Fallback }) }
        $null = Get-WuTrustStatus -TimeoutSeconds 7
        Should -Invoke -ModuleName WuTrust Invoke-WuProbeBatch -Times 1 -Exactly -ParameterFilter {
            $TimeoutSeconds -eq 7 -and @($WorkItem | Where-Object Kind -eq 'Probe')[0].Parameters.TimeoutMs -eq 7000
        }
    }
}
