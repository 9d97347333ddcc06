function Invoke-WuDnsQuery {
    <#
    .SYNOPSIS
    Asks one DNS server one question over UDP (RFC 1035) and returns the answer as a snapshot fact:
    the rcode and the A, AAAA and CNAME records. Self-contained (runs in pool runspaces), no
    dependency; works the same on Windows PowerShell 5.1 and PowerShell 7.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][string]$Name,
        [Parameter(Mandatory = $true)][string]$Server,
        [int]$Port = 53,
        [ValidateSet('A', 'AAAA')][string]$RecordType = 'A',
        [int]$TimeoutMs = 3000
    )
    $fact = [ordered]@{
        name   = $Name
        server = if ($Port -eq 53) { $Server } else { "${Server}:$Port" }
        type   = $RecordType
        rcode  = 'Error'
        answers = @()
        source = 'WuTrust DNS client (UDP)'
    }
    $qtype = if ($RecordType -eq 'A') { 1 } else { 28 }
    $udp = $null
    try {
        $id = Get-Random -Minimum 1 -Maximum 65535
        $query = New-Object System.Collections.Generic.List[byte]
        # Header: ID, flags 0x0100 (recursion desired), one question, no other records.
        $header = @([byte](($id -shr 8) -band 0xFF), [byte]($id -band 0xFF), [byte]1, [byte]0, [byte]0, [byte]1)
        foreach ($b in ($header + @([byte]0, [byte]0, [byte]0, [byte]0, [byte]0, [byte]0))) {
            $query.Add($b)
        }
        foreach ($label in $Name.TrimEnd('.').Split('.')) {
            $labelBytes = [System.Text.Encoding]::ASCII.GetBytes($label)
            if ($labelBytes.Length -eq 0 -or $labelBytes.Length -gt 63) { throw "the name '$Name' has an empty or over-long label" }
            $query.Add([byte]$labelBytes.Length)
            $query.AddRange($labelBytes)
        }
        foreach ($b in @([byte]0, [byte]0, [byte]$qtype, [byte]0, [byte]1)) { $query.Add($b) }
        $udp = New-Object System.Net.Sockets.UdpClient
        $udp.Client.ReceiveTimeout = $TimeoutMs
        $udp.Connect($Server, $Port)
        $payload = $query.ToArray()
        [void]$udp.Send($payload, $payload.Length)
        $remote = New-Object System.Net.IPEndPoint -ArgumentList @([System.Net.IPAddress]::Any, 0)
        $deadline = [System.DateTime]::UtcNow.AddMilliseconds($TimeoutMs)
        $response = $null
        while ($null -eq $response) {
            $left = [int]($deadline - [System.DateTime]::UtcNow).TotalMilliseconds
            if ($left -le 0) { throw (New-Object System.TimeoutException) }
            $udp.Client.ReceiveTimeout = $left
            $data = $udp.Receive([ref]$remote)
            # An answer to another question (a late reply to an earlier ID) is ignored.
            if ($data.Length -ge 12 -and ((([int]$data[0]) -shl 8) -bor [int]$data[1]) -eq $id) { $response = $data }
        }
        $rcodes = @('NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED')
        $code = [int]$response[3] -band 0x0F
        $fact.rcode = if ($code -lt $rcodes.Count) { $rcodes[$code] } else { 'Error' }
        $questions = (([int]$response[4]) -shl 8) -bor [int]$response[5]
        $count = (([int]$response[6]) -shl 8) -bor [int]$response[7]
        # Reads a (possibly compressed) name at $at; returns the name and the offset after it.
        $readName = {
            param([byte[]]$Buffer, [int]$At)
            $labels = @()
            $next = -1
            $hops = 0
            while ($At -lt $Buffer.Length) {
                $len = [int]$Buffer[$At]
                if ($len -eq 0) { $At++; break }
                if (($len -band 0xC0) -eq 0xC0) {
                    if ($next -lt 0) { $next = $At + 2 }
                    $At = (($len -band 0x3F) -shl 8) -bor [int]$Buffer[$At + 1]
                    $hops++
                    if ($hops -gt 32) { throw 'a compression loop in the answer' }
                    continue
                }
                $labels += [System.Text.Encoding]::ASCII.GetString($Buffer, $At + 1, $len)
                $At += 1 + $len
            }
            if ($next -lt 0) { $next = $At }
            @(($labels -join '.'), $next)
        }
        $at = 12
        for ($q = 0; $q -lt $questions; $q++) {
            $read = & $readName $response $at
            $at = [int]$read[1] + 4
        }
        $answers = @()
        for ($a = 0; $a -lt $count -and $at -lt $response.Length; $a++) {
            $read = & $readName $response $at
            $at = [int]$read[1]
            $type = (([int]$response[$at]) -shl 8) -bor [int]$response[$at + 1]
            $length = (([int]$response[$at + 8]) -shl 8) -bor [int]$response[$at + 9]
            $rdata = $at + 10
            if ($type -eq 1 -and $length -eq 4) {
                $text = '{0}.{1}.{2}.{3}' -f $response[$rdata], $response[$rdata + 1], $response[$rdata + 2], $response[$rdata + 3]
                $answers += , ([ordered]@{ type = 'A'; data = $text })
            } elseif ($type -eq 28 -and $length -eq 16) {
                $bytes = New-Object byte[] 16
                [System.Array]::Copy($response, $rdata, $bytes, 0, 16)
                $answers += , ([ordered]@{ type = 'AAAA'; data = (New-Object System.Net.IPAddress -ArgumentList @(, $bytes)).ToString() })
            } elseif ($type -eq 5) {
                $answers += , ([ordered]@{ type = 'CNAME'; data = [string](& $readName $response $rdata)[0] })
            }
            $at = $rdata + $length
        }
        $fact.answers = $answers
    } catch {
        $e = $_.Exception
        while ($null -ne $e.InnerException) { $e = $e.InnerException }
        $timedOut = $e -is [System.TimeoutException] -or
            ($e -is [System.Net.Sockets.SocketException] -and $e.SocketErrorCode -eq [System.Net.Sockets.SocketError]::TimedOut)
        $fact.rcode = if ($timedOut) { 'Timeout' } else { 'Error' }
        $fact.message = if ($timedOut) { "no answer within $TimeoutMs ms" } else { $e.Message }
    } finally {
        if ($null -ne $udp) { $udp.Close() }
    }
    $fact
}
