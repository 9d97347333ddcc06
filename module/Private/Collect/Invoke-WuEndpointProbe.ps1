function Invoke-WuEndpointProbe {
    <#
    .SYNOPSIS
    Probes one endpoint: TCP connect (to the proxy, when one applies), HTTP CONNECT, the TLS
    handshake with SNI, every certificate presented, then one HEAD request for the status and the
    server's Date. Records what happened; trusts and rejects nothing.

    .DESCRIPTION
    Self-contained: it runs inside the runspaces of Invoke-WuProbeBatch, where no other module
    function exists. Every stage shares one deadline (TimeoutMs from the start), so a probe ends
    within about its timeout whatever hangs. The certificate callback accepts every certificate
    and copies what it needs while it runs (the chain object is reset afterwards). HttpWebRequest
    and HttpClient are not used: they run such callbacks on thread-pool threads without a
    runspace (measured in the team's network spike).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][string]$Name,
        [Parameter(Mandatory = $true)][int]$Port,
        [ValidateSet('https', 'http')][string]$Scheme = 'https',
        [string]$Path = '/',
        # Where the TCP connection (or the CONNECT) goes instead of Name (as curl --resolve).
        [string]$Address,
        # host:port of the proxy; empty for direct.
        [string]$Proxy,
        [string]$ProxySource = 'Direct',
        [int]$TimeoutMs = 5000
    )
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $iso = 'yyyy-MM-ddTHH:mm:ss.fffffffZ'
    $culture = [System.Globalization.CultureInfo]::InvariantCulture
    $result = [ordered]@{
        name = $Name; port = $Port; scheme = $Scheme
    }
    if ($Scheme -eq 'http') { $result.path = $Path }
    $result.address = if ([string]::IsNullOrEmpty($Address)) { $null } else { $Address }
    $result.proxy = if ([string]::IsNullOrEmpty($Proxy)) { $null } else { $Proxy }
    $result.proxySource = $ProxySource
    $result.outcome = 'Ok'
    $result.stage = $null
    $timings = [ordered]@{ connectMs = $null; proxyMs = $null; tlsMs = $null; httpMs = $null; totalMs = $null }
    $target = if ([string]::IsNullOrEmpty($Address)) { $Name } else { $Address }

    function Get-Remaining {
        [CmdletBinding()]
        param()
        $left = $TimeoutMs - [int]$clock.ElapsedMilliseconds
        if ($left -lt 1) { 1 } else { $left }
    }
    function Read-HttpHead {
        [CmdletBinding()]
        param([System.IO.Stream]$Stream)
        # Byte by byte up to CRLFCRLF: a buffered read could swallow what follows (the TLS bytes after CONNECT).
        $bytes = New-Object System.Collections.Generic.List[byte]
        while ($bytes.Count -lt 32768) {
            $Stream.ReadTimeout = Get-Remaining
            $b = $Stream.ReadByte()
            if ($b -lt 0) { break }
            $bytes.Add([byte]$b)
            $n = $bytes.Count
            if ($n -ge 4 -and $bytes[$n - 4] -eq 13 -and $bytes[$n - 3] -eq 10 -and $bytes[$n - 2] -eq 13 -and $bytes[$n - 1] -eq 10) { break }
        }
        [System.Text.Encoding]::ASCII.GetString($bytes.ToArray())
    }
    function Get-StatusCode {
        [CmdletBinding()]
        param([string]$Line)
        $m = [regex]::Match($Line, '^HTTP/\d(?:\.\d)?\s+(\d{3})')
        if ($m.Success) { [int]$m.Groups[1].Value } else { $null }
    }
    function ConvertTo-Hex {
        [CmdletBinding()]
        param([byte[]]$Bytes)
        if ($null -eq $Bytes -or $Bytes.Length -eq 0) { return $null }
        ([System.BitConverter]::ToString($Bytes)).Replace('-', '')
    }
    function Get-AuthorityKeyId {
        [CmdletBinding()]
        param($Certificate)
        # AuthorityKeyIdentifier ::= SEQUENCE { keyIdentifier [0] IMPLICIT OCTET STRING OPTIONAL, ... }
        foreach ($ext in $Certificate.Extensions) {
            if ($ext.Oid.Value -ne '2.5.29.35') { continue }
            $d = $ext.RawData
            if ($d.Length -lt 4 -or $d[0] -ne 0x30) { return $null }
            $i = 1
            if (([int]$d[1] -band 0x80) -ne 0) { $i += 1 + ([int]$d[1] -band 0x7F) } else { $i += 1 }
            if ($i + 1 -ge $d.Length -or $d[$i] -ne 0x80) { return $null }
            $length = [int]$d[$i + 1]
            $start = $i + 2
            if ($length -ge 0x80 -or $start + $length -gt $d.Length) { return $null }
            $key = New-Object byte[] $length
            [System.Array]::Copy($d, $start, $key, 0, $length)
            return (ConvertTo-Hex $key)
        }
        $null
    }
    function ConvertTo-CertificateFact {
        [CmdletBinding()]
        param($Certificate, [string]$Source)
        $c = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList @(, $Certificate)
        $ski = $null
        foreach ($ext in $c.Extensions) {
            if ($ext -is [System.Security.Cryptography.X509Certificates.X509SubjectKeyIdentifierExtension]) { $ski = $ext.SubjectKeyIdentifier }
        }
        [ordered]@{
            subject    = $c.Subject
            issuer     = $c.Issuer
            thumbprint = $c.Thumbprint
            ski        = $ski
            aki        = (Get-AuthorityKeyId $c)
            notBefore  = $c.NotBefore.ToUniversalTime().ToString($iso, $culture)
            notAfter   = $c.NotAfter.ToUniversalTime().ToString($iso, $culture)
            source     = $Source
        }
    }
    function Set-Failure {
        [CmdletBinding()]
        param([string]$Outcome, [string]$Stage, [string]$Message)
        $result.outcome = $Outcome
        $result.stage = $Stage
        if ($Message) { $result.message = $Message }
    }
    function Get-InnerMessage {
        [CmdletBinding()]
        param($ErrorRecord)
        $e = $ErrorRecord.Exception
        while ($null -ne $e.InnerException) { $e = $e.InnerException }
        $e.Message
    }

    $client = $null
    $stream = $null
    $ssl = $null
    try {
        # --- TCP connect ------------------------------------------------------------------------
        $connectHost = $target
        $connectPort = $Port
        if ($result.proxy) {
            $at = $Proxy.LastIndexOf(':')
            $connectHost = $Proxy.Substring(0, $at).Trim('[', ']')
            $connectPort = [int]$Proxy.Substring($at + 1)
        }
        $client = New-Object System.Net.Sockets.TcpClient
        $task = $client.ConnectAsync($connectHost, $connectPort)
        $done = $false
        try { $done = $task.Wait((Get-Remaining)) } catch { $done = $true }
        $timings.connectMs = [int]$clock.ElapsedMilliseconds
        if (-not $done) { Set-Failure 'Timeout' 'Connect' "no TCP answer from ${connectHost}:$connectPort"; return }
        if ($task.IsFaulted -or -not $client.Connected) {
            $why = if ($null -ne $task.Exception) { $task.Exception.GetBaseException().Message } else { 'not connected' }
            Set-Failure 'ConnectFailed' 'Connect' "${connectHost}:${connectPort}: $why"
            return
        }
        $stream = $client.GetStream()
        $stream.WriteTimeout = Get-Remaining

        # --- Proxy CONNECT (https) --------------------------------------------------------------
        if ($result.proxy -and $Scheme -eq 'https') {
            $request = "CONNECT ${target}:$Port HTTP/1.1`r`nHost: ${target}:$Port`r`nUser-Agent: WuTrust`r`n`r`n"
            $bytes = [System.Text.Encoding]::ASCII.GetBytes($request)
            try {
                $stream.Write($bytes, 0, $bytes.Length)
                $head = Read-HttpHead $stream
            } catch {
                $timings.proxyMs = [int]$clock.ElapsedMilliseconds - $timings.connectMs
                if ($clock.ElapsedMilliseconds -ge $TimeoutMs - 50) { Set-Failure 'Timeout' 'Proxy' 'the proxy did not answer CONNECT' }
                else { Set-Failure 'ProxyRefused' 'Proxy' (Get-InnerMessage $_) }
                return
            }
            $timings.proxyMs = [int]$clock.ElapsedMilliseconds - $timings.connectMs
            $line = ($head -split "`r`n")[0]
            $result.proxyStatusLine = $line
            $result.proxyStatus = Get-StatusCode $line
            if ($result.proxyStatus -ne 200) {
                if ([string]::IsNullOrEmpty($line)) { Set-Failure 'ProxyRefused' 'Proxy' 'the proxy closed the connection without a status' }
                else { Set-Failure 'ProxyRefused' 'Proxy' $null }
                return
            }
        }

        # --- TLS --------------------------------------------------------------------------------
        $httpStream = $stream
        if ($Scheme -eq 'https') {
            $captured = New-Object System.Collections.Generic.List[object]
            $callback = {
                param($sender, $certificate, $chain, $errors)
                if ($null -ne $certificate) { $captured.Add((ConvertTo-CertificateFact $certificate 'Leaf')) }
                if ($null -ne $chain) {
                    foreach ($extra in $chain.ChainPolicy.ExtraStore) { $captured.Add((ConvertTo-CertificateFact $extra 'Sent')) }
                    foreach ($element in $chain.ChainElements) { $captured.Add((ConvertTo-CertificateFact $element.Certificate 'Chain')) }
                }
                $true
            }
            $ssl = New-Object System.Net.Security.SslStream -ArgumentList @($stream, $false,
                ([System.Net.Security.RemoteCertificateValidationCallback]$callback))
            $protocols = [System.Security.Authentication.SslProtocols]::Tls12
            # TLS 1.3 where the runtime has it and is not .NET Framework (older SChannel: UNVERIFIED).
            if ($PSVersionTable.PSEdition -eq 'Core' -and [enum]::GetNames([System.Security.Authentication.SslProtocols]) -contains 'Tls13') {
                $protocols = $protocols -bor [System.Security.Authentication.SslProtocols]'Tls13'
            }
            $stream.ReadTimeout = Get-Remaining
            $tlsStart = [int]$clock.ElapsedMilliseconds
            try {
                $ssl.AuthenticateAsClient($Name, $null, $protocols, $false)
            } catch {
                $timings.tlsMs = [int]$clock.ElapsedMilliseconds - $tlsStart
                if ($clock.ElapsedMilliseconds -ge $TimeoutMs - 50) { Set-Failure 'Timeout' 'Tls' 'no TLS answer within the timeout' }
                else { Set-Failure 'TlsFailed' 'Tls' (Get-InnerMessage $_) }
                return
            } finally {
                # Deduplicated by thumbprint and source; the leaf first.
                $seen = @{}
                $list = @()
                foreach ($c in $captured) {
                    $key = $c.thumbprint + '/' + $c.source
                    if (-not $seen.ContainsKey($key)) { $seen[$key] = $true; $list += , $c }
                }
                $result.certificates = $list
            }
            $timings.tlsMs = [int]$clock.ElapsedMilliseconds - $tlsStart
            $result.tlsProtocol = $ssl.SslProtocol.ToString()
            $httpStream = $ssl
        }

        # --- One HEAD request: the status and the server's Date ----------------------------------
        $httpStart = [int]$clock.ElapsedMilliseconds
        $requestTarget = $Path
        if ($result.proxy -and $Scheme -eq 'http') { $requestTarget = "http://${target}:$Port$Path" }
        $head = "HEAD $requestTarget HTTP/1.1`r`nHost: $Name`r`nUser-Agent: WuTrust`r`nConnection: close`r`n`r`n"
        try {
            $bytes = [System.Text.Encoding]::ASCII.GetBytes($head)
            $httpStream.Write($bytes, 0, $bytes.Length)
            $httpStream.Flush()
            $answer = Read-HttpHead $httpStream
            $result.receivedAt = [System.DateTime]::UtcNow.ToString($iso, $culture)
            $lines = $answer -split "`r`n"
            $result.httpStatusLine = $lines[0]
            $result.httpStatus = Get-StatusCode $lines[0]
            foreach ($l in $lines) {
                if ($l -match '^Date:\s*(.+)$') { $result.date = $Matches[1].Trim() }
            }
            if ($null -eq $result.httpStatus -and $Scheme -eq 'http') { Set-Failure 'HttpFailed' 'Http' 'no HTTP status line' }
        } catch {
            $timed = $clock.ElapsedMilliseconds -ge $TimeoutMs - 50
            # After a completed handshake the TLS verdict stands; the missing answer is noted.
            if ($Scheme -eq 'http') {
                if ($timed) { Set-Failure 'Timeout' 'Http' 'no HTTP answer within the timeout' }
                else { Set-Failure 'HttpFailed' 'Http' (Get-InnerMessage $_) }
            } else {
                $result.message = 'no HTTP answer after the handshake: ' + (Get-InnerMessage $_)
            }
        }
        $timings.httpMs = [int]$clock.ElapsedMilliseconds - $httpStart
    } catch {
        Set-Failure 'Error' $null (Get-InnerMessage $_)
    } finally {
        if ($null -ne $ssl) { try { $ssl.Dispose() } catch { $null = $_ } }
        if ($null -ne $stream) { try { $stream.Dispose() } catch { $null = $_ } }
        if ($null -ne $client) { try { $client.Close() } catch { $null = $_ } }
        $timings.totalMs = [int]$clock.ElapsedMilliseconds
        $result.timings = $timings
        # Written here: a stage that failed returned early, and the record is still the answer.
        $result
    }
}
