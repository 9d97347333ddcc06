# The loopback network the integration tests run against (#11): a throwaway test PKI made with
# openssl, Node servers (tests/network/servers.js), two tinyproxy (plain; Basic auth), three
# mitmdump (their own CA; a Zscaler-named CA; a Fortinet-named CA) and dnsmasq with sinkhole answers.
# Everything listens on 127.0.0.1, on ports picked at run time; every process started is recorded
# by PID and stopped by PID (never by name). Lessons from the team's network spike: CONNECT to
# 127.0.0.1 with the test names only in SNI/Host (nothing may resolve them), dnsmasq with no-resolv
# (it never forwards), a killed child may stay a zombie for a moment (checked in /proc).
Set-StrictMode -Version 3.0

$script:Tools = @('openssl', 'node', 'tinyproxy', 'mitmdump', 'dnsmasq')

function Get-WuTestNetworkMissingTool {
    # The tools this network needs that are not on PATH.
    @($script:Tools | Where-Object { $null -eq (Get-Command -Name $_ -CommandType Application -ErrorAction SilentlyContinue) })
}

function Get-FreePort([switch]$Udp) {
    if ($Udp) {
        $endpoint = New-Object System.Net.IPEndPoint -ArgumentList @([System.Net.IPAddress]::Loopback, 0)
        $socket = New-Object System.Net.Sockets.UdpClient -ArgumentList @(, $endpoint)
        try { return $socket.Client.LocalEndPoint.Port } finally { $socket.Close() }
    }
    $listener = New-Object System.Net.Sockets.TcpListener -ArgumentList @([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Get-ClosedPort {
    # A port nobody listens on, picked below the system's ephemeral range: bind(0) (the other test
    # listeners here, and any other test run on the machine) never hands it out, and no outgoing
    # connection takes it as its local port (a client connecting to a closed ephemeral port can meet
    # itself). A port once picked the moment it closed could be handed to tinyproxy a moment later:
    # CI saw the closed port answer like a proxy (Timeout directly, TlsFailed through tinyproxy).
    $low = 32768
    $range = '/proc/sys/net/ipv4/ip_local_port_range'
    if (Test-Path -LiteralPath $range) { $low = [int](((Get-Content -Raw -LiteralPath $range).Trim() -split '\s+')[0]) }
    $random = New-Object System.Random
    for ($try = 0; $try -lt 50; $try++) {
        $port = $random.Next([Math]::Max(1024, $low - 12000), $low)
        $client = New-Object System.Net.Sockets.TcpClient
        try { $client.Connect('127.0.0.1', $port) } catch { return $port } finally { $client.Close() }
    }
    throw "no closed port found below $low"
}

function Invoke-OpenSsl {
    param([string[]]$ArgumentList)
    $output = & openssl @ArgumentList 2>&1
    if ($LASTEXITCODE -ne 0) { throw "openssl $($ArgumentList -join ' ') failed: $output" }
}

function New-WuTestPki {
    # Genuine-looking RSA and ECC chains (root -> intermediate -> leaf, the names of FACTS 7.1 with
    # "WuTrust Test" in front), and Zscaler- and Fortinet-named interceptor CAs as mitmproxy confdirs.
    param([Parameter(Mandatory = $true)][string]$Path)
    $null = New-Item -ItemType Directory -Path $Path -Force
    $config = Join-Path $Path 'openssl.cnf'
    Set-Content -LiteralPath $config -Encoding ascii -Value @(
        '[req]', 'distinguished_name = dn', '[dn]',
        '[ca_root]', 'basicConstraints = critical, CA:true', 'keyUsage = critical, keyCertSign, cRLSign', 'subjectKeyIdentifier = hash',
        '[ca_int]', 'basicConstraints = critical, CA:true, pathlen:0', 'keyUsage = critical, keyCertSign, cRLSign, digitalSignature',
        'extendedKeyUsage = serverAuth', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always',
        '[leaf]', 'basicConstraints = critical, CA:false', 'keyUsage = critical, digitalSignature, keyEncipherment',
        'extendedKeyUsage = serverAuth', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always',
        'subjectAltName = DNS:fe3.update.test, DNS:fe3cr.update.test, DNS:*.update.test, DNS:localhost, IP:127.0.0.1'
    )
    $rsa = @('-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048')
    $p384 = @('-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384')
    $p256 = @('-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256')
    $ou = 'OU=WuTrust test fixture'
    $make = {
        param([string]$Name, [string[]]$Key, [string]$Subject, [string]$Issuer, [string]$Extension)
        $keyFile = Join-Path $Path "$Name.key"
        $crt = Join-Path $Path "$Name.crt"
        Invoke-OpenSsl (@('genpkey') + $Key + @('-out', $keyFile))
        if ([string]::IsNullOrEmpty($Issuer)) {
            Invoke-OpenSsl @('req', '-x509', '-new', '-key', $keyFile, '-subj', $Subject, '-days', '3650', '-sha256', '-config', $config,
                '-extensions', $Extension, '-out', $crt)
        } else {
            $csr = Join-Path $Path "$Name.csr"
            Invoke-OpenSsl @('req', '-new', '-key', $keyFile, '-subj', $Subject, '-config', $config, '-out', $csr)
            Invoke-OpenSsl @('x509', '-req', '-in', $csr, '-CA', (Join-Path $Path "$Issuer.crt"), '-CAkey', (Join-Path $Path "$Issuer.key"),
                '-CAcreateserial', '-days', '3650', '-sha256', '-extfile', $config, '-extensions', $Extension, '-out', $crt)
        }
    }
    & $make 'root-rsa' $rsa "/O=WuTrust Test/$ou/CN=WuTrust Test Root Certificate Authority 2011" '' 'ca_root'
    & $make 'int-rsa' $rsa "/O=WuTrust Test/$ou/CN=WuTrust Test Update Secure Server CA 2.1" 'root-rsa' 'ca_int'
    & $make 'leaf-rsa' $rsa '/CN=fe3.update.test' 'int-rsa' 'leaf'
    & $make 'root-ecc' $p384 "/O=WuTrust Test/$ou/CN=WuTrust Test ECC Product Root Certificate Authority 2018" '' 'ca_root'
    & $make 'int-ecc' $p384 "/O=WuTrust Test/$ou/CN=WuTrust Test ECC Update Secure Server CA 2.1" 'root-ecc' 'ca_int'
    & $make 'leaf-ecc' $p256 '/CN=fe3cr.update.test' 'int-ecc' 'leaf'
    & $make 'ca-zscaler' $rsa "/O=Zscaler Inc./$ou/CN=Zscaler Root CA" '' 'ca_root'
    & $make 'ca-fortinet' $rsa "/O=Fortinet/$ou/CN=FortiGate CA" '' 'ca_root'
    foreach ($ca in @('zscaler', 'fortinet')) {
        $dir = Join-Path $Path "mitm-$ca"
        $null = New-Item -ItemType Directory -Path $dir -Force
        $pem = (Get-Content -Raw (Join-Path $Path "ca-$ca.key")) + (Get-Content -Raw (Join-Path $Path "ca-$ca.crt"))
        Set-Content -LiteralPath (Join-Path $dir 'mitmproxy-ca.pem') -Value $pem -Encoding ascii -NoNewline
    }
    $thumbprints = @{}
    foreach ($name in @('root-rsa', 'int-rsa', 'leaf-rsa', 'root-ecc', 'int-ecc', 'leaf-ecc', 'ca-zscaler', 'ca-fortinet')) {
        $cert = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList @(, (Join-Path $Path "$name.crt"))
        $thumbprints[$name] = $cert.Thumbprint
    }
    [pscustomobject]@{ Path = $Path; Thumbprints = $thumbprints }
}

function Start-Recorded {
    param([hashtable]$State, [string]$Name, [string]$FilePath, [string[]]$ArgumentList)
    $log = Join-Path $State.Path "$Name.log"
    $start = @{
        FilePath = $FilePath; ArgumentList = $ArgumentList; PassThru = $true; RedirectStandardOutput = $log; RedirectStandardError = "$log.err"
    }
    $process = Start-Process @start
    $State.Processes[$Name] = $process.Id
    $process
}

function Test-ListeningProcess([int]$Port, [int]$ProcessId) {
    # True when the TCP socket listening on 127.0.0.1:Port is one of the process's own (its inode in
    # /proc/net/tcp among the process's descriptors), not another program's that took the port.
    $local = '0100007F:{0:X4}' -f $Port
    $inodes = @(Get-Content -LiteralPath '/proc/net/tcp' | ForEach-Object {
            $f = $_.Trim() -split '\s+'
            if ($f.Count -gt 9 -and $f[1] -eq $local -and $f[3] -eq '0A') { "socket:[$($f[9])]" }
        })
    if ($inodes.Count -eq 0) { return $false }
    foreach ($fd in @(Get-ChildItem -LiteralPath "/proc/$ProcessId/fd" -ErrorAction SilentlyContinue)) {
        $target = [System.IO.FileInfo]::new($fd.FullName).LinkTarget
        if ($inodes -contains $target) { return $true }
    }
    $false
}

function Wait-Listening([int]$Port, [System.Diagnostics.Process]$Process, [int]$Seconds = 30, [string]$What) {
    # $true once the process itself listens on the port; $false when it exited first (the port was
    # taken in between: another program answering there must not pass for the test's server).
    $deadline = [DateTime]::UtcNow.AddSeconds($Seconds)
    while ([DateTime]::UtcNow -lt $deadline) {
        if ($Process.HasExited) { return $false }
        if (Test-ListeningProcess -Port $Port -ProcessId $Process.Id) { return $true }
        Start-Sleep -Milliseconds 100
    }
    throw "$What did not listen on 127.0.0.1:$Port within $Seconds s"
}

function Start-WuTestNetwork {
    # Starts everything; returns the state (ports, PIDs, PKI) Stop-WuTestNetwork needs.
    param([Parameter(Mandatory = $true)][string]$Path)
    $null = New-Item -ItemType Directory -Path $Path -Force
    $state = @{ Path = $Path; Processes = [ordered]@{}; Ports = @{} }
    try {
        $state.Pki = New-WuTestPki -Path (Join-Path $Path 'pki')
        # Node servers: their ports come back on the first line.
        $servers = Join-Path $PSScriptRoot 'servers.js'
        $node = Start-Recorded $state 'servers' 'node' @($servers, $state.Pki.Path, '--parent', [string]$PID)
        $deadline = [DateTime]::UtcNow.AddSeconds(20)
        $ready = $null
        while ($null -eq $ready -and [DateTime]::UtcNow -lt $deadline) {
            $line = Get-Content -LiteralPath (Join-Path $Path 'servers.log') -TotalCount 1 -ErrorAction SilentlyContinue
            if ($line) { $ready = $line | ConvertFrom-Json } else { Start-Sleep -Milliseconds 50 }
            if ($node.HasExited) { throw "servers.js exited: $(Get-Content -Raw (Join-Path $Path 'servers.log.err'))" }
        }
        if ($null -eq $ready) { throw 'servers.js did not report its ports within 20 s' }
        foreach ($p in $ready.ports.PSObject.Properties) { $state.Ports[$p.Name] = [int]$p.Value }
        $state.Ports['closed'] = Get-ClosedPort

        # Each server gets a port that was free a moment before it starts; another process can
        # take it in between. A server that exits (its port taken) starts again on another port.
        $starters = [ordered]@{}
        foreach ($name in @('tinyproxy', 'tinyproxy-auth')) {
            $starters[$name] = {
                param([string]$Name, [int]$Port)
                $lines = @("Port $Port", 'Listen 127.0.0.1', 'Allow 127.0.0.1', 'Timeout 30', 'MaxClients 100', 'LogLevel Info')
                $lines += 'DisableViaHeader Yes'
                if ($Name -eq 'tinyproxy-auth') { $lines += 'BasicAuth wutrust secret' }
                $conf = Join-Path $state.Path "$Name.conf"
                Set-Content -LiteralPath $conf -Value $lines -Encoding ascii
                Start-Recorded $state $Name 'tinyproxy' @('-d', '-c', $conf)
            }
        }
        foreach ($name in @('mitm-default', 'mitm-zscaler', 'mitm-fortinet')) {
            $starters[$name] = {
                param([string]$Name, [int]$Port)
                $confdir = Join-Path $state.Path $Name
                $null = New-Item -ItemType Directory -Path $confdir -Force
                $pkiConf = Join-Path $state.Pki.Path $Name
                if (Test-Path -LiteralPath $pkiConf) { Copy-Item -Path (Join-Path $pkiConf '*') -Destination $confdir }
                Start-Recorded $state $Name 'mitmdump' @('-q', '--listen-host', '127.0.0.1', '--listen-port', [string]$Port,
                    '--ssl-insecure', '--set', "confdir=$confdir")
            }
        }
        # The update names resolve to documentation addresses (RFC 5737): the probes connect to 127.0.0.1 by -Endpoint Address.
        # dnsmasq answers on TCP too; its port up means it read its configuration.
        $starters['dns'] = {
            param([string]$Name, [int]$Port)
            $dnsConf = Join-Path $state.Path 'dnsmasq.conf'
            Set-Content -LiteralPath $dnsConf -Encoding ascii -Value @(
                "port=$Port", 'listen-address=127.0.0.1', 'bind-interfaces', 'no-resolv', 'no-hosts', 'no-poll',
                'address=/fe3.update.test/192.0.2.10', 'address=/fe3cr.update.test/192.0.2.11',
                'address=/sinkhole-zero.update.test/0.0.0.0', 'address=/sinkhole-zero.update.test/::',
                'address=/sinkhole-loop.update.test/127.0.0.2', 'address=/blockpage.update.test/146.112.61.104',
                'address=/nx.update.test/', 'cname=alias.update.test,fe3.update.test', 'local=/update.test/'
            )
            Start-Recorded $state 'dnsmasq' 'dnsmasq' @('-k', "--conf-file=$dnsConf", '--pid-file=')
        }
        $started = @{}
        foreach ($name in $starters.Keys) {
            $state.Ports[$name] = Get-FreePort -Udp:($name -eq 'dns')
            $started[$name] = & $starters[$name] $name $state.Ports[$name]
        }
        foreach ($name in $starters.Keys) {
            for ($attempt = 1; -not (Wait-Listening -Port $state.Ports[$name] -Process $started[$name] -What $name); $attempt++) {
                if ($attempt -ge 3) { throw "$name exited three times on a port that was free a moment before (logs in $($state.Path))" }
                $state.Ports[$name] = Get-FreePort -Udp:($name -eq 'dns')
                $started[$name] = & $starters[$name] $name $state.Ports[$name]
            }
        }
    } catch {
        Stop-WuTestNetwork -State $state
        throw
    }
    $state
}

function Test-Alive([int]$ProcessId) {
    # Running and not a zombie (a zombie still exists for a moment after it was killed).
    $stat = "/proc/$ProcessId/stat"
    if (-not (Test-Path -LiteralPath $stat)) { return $false }
    $text = Get-Content -Raw -LiteralPath $stat -ErrorAction SilentlyContinue
    -not ($text -match '^\d+ \(.*\) Z')
}

function Stop-WuTestNetwork {
    # Stops exactly the processes Start-WuTestNetwork started, by PID.
    param([Parameter(Mandatory = $true)][hashtable]$State)
    $ids = @($State.Processes.Values)
    foreach ($id in $ids) { Stop-Process -Id $id -ErrorAction SilentlyContinue }
    $deadline = [DateTime]::UtcNow.AddSeconds(5)
    while ([DateTime]::UtcNow -lt $deadline -and @($ids | Where-Object { Test-Alive $_ }).Count -gt 0) { Start-Sleep -Milliseconds 100 }
    foreach ($id in $ids) { if (Test-Alive $id) { Stop-Process -Id $id -Force -ErrorAction SilentlyContinue } }
    $State.Processes.Clear()
}

Export-ModuleMember -Function Get-WuTestNetworkMissingTool, New-WuTestPki, Start-WuTestNetwork, Stop-WuTestNetwork, Test-Alive
# For the remoting tests' sshd as well.
Export-ModuleMember -Function Get-FreePort, Wait-Listening
