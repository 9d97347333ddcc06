function Resolve-WuSystemDns {
    <#
    .SYNOPSIS
    Asks the machine's own resolver for one name and record type, as a snapshot fact with the
    rcode. Self-contained (runs in pool runspaces).

    .DESCRIPTION
    On Windows, Resolve-DnsName (the DnsClient module) gives the rcode through its Win32 error:
    9003 NXDOMAIN, 9005 REFUSED, 9002 SERVFAIL, 9501 no records (NOERROR without answers), 1460
    timeout. Elsewhere, System.Net.Dns: HostNotFound is taken as NXDOMAIN and TryAgain as SERVFAIL
    (the resolver library does not report the rcode itself, so these two are approximate).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][string]$Name,
        [ValidateSet('A', 'AAAA')][string]$RecordType = 'A',
        # Auto: Resolve-DnsName where it exists (Windows), else System.Net.Dns.
        [ValidateSet('Auto', 'SystemNetDns')][string]$Via = 'Auto'
    )
    $fact = [ordered]@{ name = $Name; server = 'System'; type = $RecordType; rcode = 'Error'; answers = @() }
    $resolve = $null
    if ($Via -eq 'Auto') { $resolve = Get-Command -Name 'Resolve-DnsName' -CommandType Cmdlet, Function -ErrorAction SilentlyContinue }
    if ($null -ne $resolve) {
        $fact.source = 'Resolve-DnsName'
        try {
            $records = @(& $resolve -Name $Name -Type $RecordType -DnsOnly -QuickTimeout -ErrorAction Stop)
            $answers = @()
            foreach ($r in $records) {
                $section = [string]$r.Section
                if ($section -ne '' -and $section -ne 'Answer') { continue }
                $type = [string]$r.Type
                if ($type -eq 'A' -or $type -eq 'AAAA') { $answers += , ([ordered]@{ type = $type; data = [string]$r.IPAddress }) }
                elseif ($type -eq 'CNAME') { $answers += , ([ordered]@{ type = 'CNAME'; data = [string]$r.NameHost }) }
            }
            $fact.rcode = 'NOERROR'
            $fact.answers = $answers
        } catch {
            $code = 0
            $e = $_.Exception
            while ($null -ne $e) {
                if ($e -is [System.ComponentModel.Win32Exception]) { $code = $e.NativeErrorCode; break }
                $e = $e.InnerException
            }
            $map = @{ 9003 = 'NXDOMAIN'; 9005 = 'REFUSED'; 9002 = 'SERVFAIL'; 9501 = 'NOERROR'; 1460 = 'Timeout'; 9001 = 'FORMERR'; 9004 = 'NOTIMP' }
            if ($map.ContainsKey($code)) { $fact.rcode = $map[$code] }
            $fact.message = $_.Exception.Message
        }
        return $fact
    }
    $fact.source = 'System.Net.Dns'
    try {
        $family = [System.Net.Sockets.AddressFamily]::InterNetworkV6
        if ($RecordType -eq 'A') { $family = [System.Net.Sockets.AddressFamily]::InterNetwork }
        $answers = @()
        foreach ($address in [System.Net.Dns]::GetHostAddresses($Name)) {
            if ($address.AddressFamily -eq $family) { $answers += , ([ordered]@{ type = $RecordType; data = $address.ToString() }) }
        }
        $fact.rcode = 'NOERROR'
        $fact.answers = $answers
    } catch {
        $e = $_.Exception
        while ($null -ne $e.InnerException) { $e = $e.InnerException }
        if ($e -is [System.Net.Sockets.SocketException]) {
            switch ($e.SocketErrorCode.ToString()) {
                'HostNotFound' { $fact.rcode = 'NXDOMAIN' }
                'TryAgain' { $fact.rcode = 'SERVFAIL' }
                'NoData' { $fact.rcode = 'NOERROR' }
                'TimedOut' { $fact.rcode = 'Timeout' }
                default { $fact.rcode = 'Error' }
            }
        }
        $fact.message = $e.Message
    }
    $fact
}
