function Get-WuNetworkSection {
    <#
    .SYNOPSIS
    The network family's snapshot section: the proxy settings of every source (raw), then the
    endpoint probes and DNS answers, all run concurrently (Invoke-WuProbeBatch).

    .PARAMETER Options
    SkipNetwork (no traffic: proxy settings only), TimeoutSeconds, Proxy (-Proxy: 'Direct' or a
    proxy every probe uses), DnsServer (host[:port], asked besides the system resolver), Names,
    Endpoint (hashtables with Name, Port, Scheme, Path, Address), Cmdlet (for progress).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([hashtable]$Options = @{})
    $timeout = $script:WuDefaultProbeTimeoutSeconds
    if ($Options.ContainsKey('TimeoutSeconds') -and $Options['TimeoutSeconds'] -gt 0) { $timeout = [int]$Options['TimeoutSeconds'] }
    $network = [ordered]@{}
    $network.proxy = if ($Options['NoProxyFacts']) { $null } else { Get-WuProxySourceFact }
    if ($Options['SkipNetwork']) {
        $network.probesSkipped = 'by -SkipNetwork (no network traffic; the proxy settings were still read)'
        return [ordered]@{ network = $network }
    }
    $request = [ordered]@{ proxy = $network.proxy }
    if (-not [string]::IsNullOrEmpty($Options['Proxy'])) {
        $request.override = [string]$Options['Proxy']
        $network.proxyOverride = [string]$Options['Proxy']
    }
    if ($null -ne $Options['Names']) { $request.names = @($Options['Names']) }
    if ($null -ne $Options['Endpoint']) { $request.endpoints = @($Options['Endpoint']) }
    $plan = Invoke-WuTrustEngine -Command 'planProbes' -RequestJson (ConvertTo-Json -InputObject $request -Depth 8 -Compress)
    Write-Verbose "Probe plan: $($plan.basis)"
    $items = New-Object System.Collections.Generic.List[object]
    foreach ($p in @($plan.probes)) {
        $parameters = @{
            Name = [string]$p.name; Port = [int]$p.port; Scheme = [string]$p.scheme; Path = [string]$p.path
            ProxySource = [string]$p.proxySource; TimeoutMs = $timeout * 1000
        }
        if ($null -ne $p.address) { $parameters.Address = [string]$p.address }
        if ($null -ne $p.proxy) { $parameters.Proxy = [string]$p.proxy }
        $fallback = [ordered]@{
            name = [string]$p.name; port = [int]$p.port; scheme = [string]$p.scheme; address = $p.address; proxy = $p.proxy
            proxySource = [string]$p.proxySource; outcome = 'Timeout'; stage = $null
            message = 'the probe did not finish within the timeout and was stopped'
        }
        $label = "$($p.scheme)://$($p.name):$($p.port)"
        $items.Add(@{ Kind = 'Probe'; Command = 'Invoke-WuEndpointProbe'; Parameters = $parameters; Label = $label; Fallback = $fallback })
    }
    # DNS: the system resolver for each name it would resolve (not where an address was given, as
    # curl --resolve), and -DnsServer for every name.
    $names = @($plan.probes | Where-Object { $null -eq $_.address } | ForEach-Object { [string]$_.name } | Select-Object -Unique)
    $allNames = @($plan.probes | ForEach-Object { [string]$_.name } | Select-Object -Unique)
    $unfinished = 'the query did not finish within the timeout'
    $dnsTimeoutMs = [System.Math]::Min(3000, $timeout * 1000)
    foreach ($type in @('A', 'AAAA')) {
        foreach ($name in $names) {
            $fallback = [ordered]@{ name = $name; server = 'System'; type = $type; rcode = 'Timeout'; answers = @(); message = $unfinished }
            $parameters = @{ Name = $name; RecordType = $type }
            $items.Add(@{ Kind = 'Dns'; Command = 'Resolve-WuSystemDns'; Parameters = $parameters; Label = "DNS $type $name"; Fallback = $fallback })
        }
        if (-not [string]::IsNullOrEmpty($Options['DnsServer'])) {
            $server = [string]$Options['DnsServer']
            $port = 53
            $m = [regex]::Match($server, '^(?:\[(.+)\]|([^:]+)):(\d+)$')
            if ($m.Success) {
                $server = if ($m.Groups[1].Success) { $m.Groups[1].Value } else { $m.Groups[2].Value }
                $port = [int]$m.Groups[3].Value
            }
            foreach ($name in $allNames) {
                $label = if ($port -eq 53) { $server } else { "${server}:$port" }
                $fallback = [ordered]@{ name = $name; server = $label; type = $type; rcode = 'Timeout'; answers = @(); message = $unfinished }
                $parameters = @{ Name = $name; Server = $server; Port = $port; RecordType = $type; TimeoutMs = $dnsTimeoutMs }
                $item = @{ Kind = 'Dns'; Command = 'Invoke-WuDnsQuery'; Parameters = $parameters; Label = "DNS $type $name @$label" }
                $item.Fallback = $fallback
                $items.Add($item)
            }
        }
    }
    $probeCount = @($plan.probes).Count
    Write-Verbose "Probing $probeCount endpoint(s) and asking $($items.Count - $probeCount) DNS question(s), $timeout s timeout each"
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $results = Invoke-WuProbeBatch -WorkItem $items.ToArray() -TimeoutSeconds $timeout -Cmdlet $Options['Cmdlet']
    Write-Verbose "Probes done in $($clock.ElapsedMilliseconds) ms"
    $probes = @()
    $dns = @()
    for ($i = 0; $i -lt $items.Count; $i++) {
        if ($items[$i].Kind -eq 'Probe') { $probes += , $results[$i] } else { $dns += , $results[$i] }
    }
    $network.timeoutSeconds = $timeout
    $network.probes = $probes
    $network.dns = $dns
    [ordered]@{ network = $network }
}
