# Tests tagged Network (#11): the module's real probes, DNS client and proxy handling against servers
# the tests start on 127.0.0.1 (tests/network/TestNetwork.psm1): a test PKI made here with openssl,
# Node HTTPS/HTTP servers, tinyproxy, mitmproxy forging with its own, a Zscaler- and a Fortinet-named
# CA, listeners that never answer, dnsmasq with sinkhole answers. Each process is stopped by its PID.
# build.ps1 installs mitmproxy, tinyproxy and dnsmasq-base where it can (Debian, root); where these
# tools are missing it excludes this tag and counts the tests as not run, with the reason.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    Import-Module (Join-Path $script:RepoRoot 'tests/network/TestNetwork.psm1') -Force
    $missing = @(Get-WuTestNetworkMissingTool)
    if ($missing.Count -gt 0) { throw "The network tests need $($missing -join ', ') (build.ps1 installs them on Debian as root)." }
    $script:Net = Start-WuTestNetwork -Path (Join-Path $TestDrive 'net')
    # The test PKI stands in for Microsoft's: its roots and intermediates (as files, so their names
    # and key identifiers are known too) are the genuine list here; one is given by thumbprint.
    $pki = $script:Net.Pki.Path
    $script:Trusted = @(
        (Join-Path $pki 'root-rsa.crt'), (Join-Path $pki 'int-rsa.crt'), (Join-Path $pki 'root-ecc.crt'), $script:Net.Pki.Thumbprints['int-ecc']
    )
    $script:Port = $script:Net.Ports
    function New-TestEndpoint([string]$Name, [string]$Port, [string]$Scheme = 'https', [string]$Path = '/') {
        @{ Name = $Name; Port = $script:Port[$Port]; Scheme = $Scheme; Path = $Path; Address = '127.0.0.1' }
    }
    function Test-Through([string]$Proxy, [object[]]$Endpoint, [int]$TimeoutSeconds = 3, [string]$DnsServer) {
        $arguments = @{ Endpoint = $Endpoint; Proxy = $Proxy; TrustedCertificate = $script:Trusted; TimeoutSeconds = $TimeoutSeconds }
        if ($DnsServer) { $arguments.DnsServer = $DnsServer }
        @(Test-WuUpdateEndpoint @arguments)
    }
    $proxyOf = { param([string]$Name) "127.0.0.1:$($script:Port[$Name])" }
    $script:Direct = Test-Through 'Direct' @(
        (New-TestEndpoint 'fe3.update.test' 'https-rsa'),
        (New-TestEndpoint 'fe3cr.update.test' 'https-ecc'),
        (New-TestEndpoint 'leafonly.update.test' 'https-leaf'),
        (New-TestEndpoint 'hang.update.test' 'hang1'),
        (New-TestEndpoint 'closed.update.test' 'closed'),
        (New-TestEndpoint 'ctldl.update.test' 'http' 'http' '/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab'),
        (New-TestEndpoint 'ahead.update.test' 'https-rsa' 'https' '/?skew=7200'),
        (New-TestEndpoint 'behind.update.test' 'https-rsa' 'https' '/?skew=-7200')
    )
    $script:Tiny = Test-Through (& $proxyOf 'tinyproxy') @(
        (New-TestEndpoint 'fe3.update.test' 'https-rsa'),
        (New-TestEndpoint 'closed.update.test' 'closed'),
        (New-TestEndpoint 'hang.update.test' 'hang2'),
        (New-TestEndpoint 'crl.update.test' 'http' 'http' '/pki/crl/products/TestRoot.crl'),
        (New-TestEndpoint 'ahead.update.test' 'https-rsa' 'https' '/?skew=7200')
    )
    $script:Auth = Test-Through (& $proxyOf 'tinyproxy-auth') @((New-TestEndpoint 'fe3.update.test' 'https-rsa'))
    $script:Mitm = Test-Through (& $proxyOf 'mitm-default') @(
        (New-TestEndpoint 'fe3.update.test' 'https-rsa'),
        (New-TestEndpoint 'ctldl.update.test' 'http' 'http' '/msdownload/x.cab'),
        (New-TestEndpoint 'behind.update.test' 'https-rsa' 'https' '/?skew=-7200')
    )
    $script:Zscaler = Test-Through (& $proxyOf 'mitm-zscaler') @((New-TestEndpoint 'fe3cr.update.test' 'https-ecc'))
    $script:Fortinet = Test-Through (& $proxyOf 'mitm-fortinet') @((New-TestEndpoint 'fe3.update.test' 'https-rsa'))
    function Get-Row([object[]]$Rows, [string]$Name) {
        $row = @($Rows | Where-Object Name -eq $Name)
        if ($row.Count -ne 1) { throw "expected one result for $Name, got $($row.Count)" }
        $row[0]
    }
}

AfterAll {
    if ($null -ne (Get-Variable -Name Net -Scope Script -ErrorAction SilentlyContinue) -and $null -ne $script:Net) {
        $ids = @($script:Net.Processes.Values)
        Stop-WuTestNetwork -State $script:Net
        foreach ($id in $ids) { Test-Alive $id | Should -BeFalse -Because "process $id was started by the test and must be stopped by it" }
    }
}

Describe 'Test-WuUpdateEndpoint against loopback servers' -Tag 'Network' {
    It 'judges the genuine RSA and ECC chains Genuine, directly' {
        (Get-Row $script:Direct 'fe3.update.test').Verdict | Should -Be 'Genuine'
        (Get-Row $script:Direct 'fe3cr.update.test').Verdict | Should -Be 'Genuine'
        (Get-Row $script:Direct 'fe3.update.test').Findings.Count | Should -Be 0
        (Get-Row $script:Direct 'fe3.update.test').Certificates.Count | Should -BeGreaterThan 1
    }

    It 'judges the genuine chain Genuine through tinyproxy (a proxy that does not inspect)' {
        $row = Get-Row $script:Tiny 'fe3.update.test'
        $row.Verdict | Should -Be 'Genuine'
        $row.Proxy | Should -Be "127.0.0.1:$($script:Port['tinyproxy'])"
    }

    It 'names mitmproxy when it forges with its own CA' {
        $row = Get-Row $script:Mitm 'fe3.update.test'
        $row.Verdict | Should -Be 'Intercepted'
        $row.Product | Should -Be 'mitmproxy'
        $row.Findings[0].Id | Should -Be 'WUT-NET-001'
    }

    It 'names Zscaler and Fortinet from the CA mitmproxy forges with' {
        (Get-Row $script:Zscaler 'fe3cr.update.test').Product | Should -Be 'Zscaler'
        (Get-Row $script:Fortinet 'fe3.update.test').Product | Should -Be 'Fortinet FortiGate'
    }

    It 'calls a leaf-only server an incomplete chain, not interception' {
        $row = Get-Row $script:Direct 'leafonly.update.test'
        $row.Verdict | Should -Be 'IncompleteChain'
        $row.Findings.Id | Should -Be 'WUT-NET-003'
    }

    It 'times out a listener that never answers within the timeout plus half a second' {
        $row = Get-Row $script:Direct 'hang.update.test'
        $row.Verdict | Should -Be 'NoHandshake'
        $row.Outcome | Should -Be 'Timeout'
        $row.TimeMs | Should -BeLessThan 3500
        $row.TimeMs | Should -BeGreaterOrEqual 2900
        (Get-Row $script:Tiny 'hang.update.test').Outcome | Should -Be 'Timeout'
    }

    It 'reports a closed port as ConnectFailed' {
        $row = Get-Row $script:Direct 'closed.update.test'
        $row.Outcome | Should -Be 'ConnectFailed'
        $row.Findings.Id | Should -Be 'WUT-NET-004'
    }

    It 'reports the proxy refusing an unreachable endpoint (500)' {
        $row = Get-Row $script:Tiny 'closed.update.test'
        $row.Outcome | Should -Be 'ProxyRefused'
        $row.Findings[0].Id | Should -Be 'WUT-NET-005'
        $row.Findings[0].Title | Should -BeLike '*500*'
    }

    It 'reports a proxy that wants authentication (407) as a finding SYSTEM cannot get past' {
        $row = Get-Row $script:Auth 'fe3.update.test'
        $row.Outcome | Should -Be 'ProxyRefused'
        $row.Findings[0].Title | Should -BeLike '*requires authentication*407*'
        $row.Findings[0].RemedyDescription | Should -BeLike '*LocalSystem*'
    }

    It 'reads the clock skew from Date: +-7200 s directly, through tinyproxy and through mitmproxy' {
        (Get-Row $script:Direct 'ahead.update.test').SkewSeconds | Should -BeIn (-7202..-7198)
        (Get-Row $script:Direct 'behind.update.test').SkewSeconds | Should -BeIn (7198..7202)
        (Get-Row $script:Tiny 'ahead.update.test').SkewSeconds | Should -BeIn (-7202..-7198)
        (Get-Row $script:Mitm 'behind.update.test').SkewSeconds | Should -BeIn (7198..7202)
        (Get-Row $script:Direct 'fe3.update.test').SkewSeconds | Should -BeIn (-2..2)
    }

    It 'fetches the CTL and CRL paths over plain HTTP, directly and through both proxies' {
        (Get-Row $script:Direct 'ctldl.update.test').Verdict | Should -Be 'Reachable'
        (Get-Row $script:Tiny 'crl.update.test').Verdict | Should -Be 'Reachable'
        (Get-Row $script:Mitm 'ctldl.update.test').Verdict | Should -Be 'Reachable'
    }

    It 'runs 20 probes, 3 of them hanging, in about one timeout' {
        $endpoints = @(1..20 | ForEach-Object {
                $port = if ($_ -le 3) { "hang$_" } else { 'https-rsa' }
                New-TestEndpoint "p$_.update.test" $port
            })
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $rows = Test-Through 'Direct' $endpoints 3
        $clock.Stop()
        $rows.Count | Should -Be 20
        @($rows | Where-Object Outcome -eq 'Timeout').Count | Should -Be 3
        @($rows | Where-Object Verdict -eq 'Genuine').Count | Should -Be 17
        # One after another would take at least 9 s (three 3 s timeouts).
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 7
    }
}

Describe 'DNS against dnsmasq on a loopback port' -Tag 'Network' {
    BeforeAll {
        $server = "127.0.0.1:$($script:Port['dns'])"
        $names = @('fe3.update.test', 'sinkhole-zero.update.test', 'sinkhole-loop.update.test', 'blockpage.update.test', 'nx.update.test',
            'other.example')
        # An address on each endpoint: nothing asks the system resolver about test names.
        $endpoints = @($names | ForEach-Object { New-TestEndpoint $_ 'https-rsa' })
        $script:Dns = Test-Through 'Direct' $endpoints 3 $server
        $script:DnsServer = $server
    }

    It 'resolves <Name> as <Verdict>' -ForEach @(
        @{ Name = 'fe3.update.test'; Verdict = 'Resolved'; Finding = $null }
        @{ Name = 'sinkhole-zero.update.test'; Verdict = 'Sinkhole'; Finding = 'WUT-NET-010' }
        @{ Name = 'sinkhole-loop.update.test'; Verdict = 'Sinkhole'; Finding = 'WUT-NET-010' }
        @{ Name = 'blockpage.update.test'; Verdict = 'Sinkhole'; Finding = 'WUT-NET-010' }
        @{ Name = 'nx.update.test'; Verdict = 'NxDomain'; Finding = 'WUT-NET-011' }
        @{ Name = 'other.example'; Verdict = 'Refused'; Finding = 'WUT-NET-012' }
    ) {
        $row = Get-Row $script:Dns $Name
        $row.Dns | Should -Be "$($script:DnsServer): $Verdict"
        if ($Finding) { @($row.Findings.Id) | Should -Contain $Finding } else { @($row.Findings).Count | Should -Be 0 }
    }

    It 'answers A and AAAA per type with the rcode (the module''s own UDP client)' {
        $answers = InModuleScope WuTrust -Parameters @{ S = $script:Port['dns'] } {
            param($S)
            @(
                Invoke-WuDnsQuery -Name 'sinkhole-zero.update.test' -Server '127.0.0.1' -Port $S -RecordType AAAA
                Invoke-WuDnsQuery -Name 'alias.update.test' -Server '127.0.0.1' -Port $S -RecordType A
                Invoke-WuDnsQuery -Name 'nx.update.test' -Server '127.0.0.1' -Port $S -RecordType A
            )
        }
        $answers[0].rcode | Should -Be 'NOERROR'
        $answers[0].answers[0].data | Should -Be '::'
        $answers[1].answers[0].type | Should -Be 'CNAME'
        $answers[1].answers[0].data | Should -Be 'fe3.update.test'
        $answers[2].rcode | Should -Be 'NXDOMAIN'
    }
}
