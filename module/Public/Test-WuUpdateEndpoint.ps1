function Test-WuUpdateEndpoint {
    <#
    .SYNOPSIS
    Probes the Windows Update endpoints and says, per endpoint, whether the TLS chain is genuine or
    intercepted (and by which product), through which proxy, and what DNS answers.

    .DESCRIPTION
    For each endpoint (by default the Windows Update metadata services, RSA and ECC front ends, and
    the plain-HTTP CTL and CRL hosts), Test-WuUpdateEndpoint connects directly or through the proxy
    that applies (on Windows: the WinHTTP proxy after its bypass list, which Windows Update scans use
    first; or -Proxy), completes a TLS handshake with the endpoint's name as SNI, records every
    certificate presented without trusting or rejecting it, and sends one HEAD request for the
    server's Date. It asks the system resolver (and -DnsServer) for the names. All probes run at once,
    each with -TimeoutSeconds, so the whole test takes about one timeout.

    The WuTrust engine judges the chain by thumbprint, never by the leaf's subject (a TLS-inspecting
    proxy copies it): Genuine (it leads to a Microsoft certificate of FACTS 7.1), Intercepted (a
    presented CA names a known TLS-inspection or antivirus product), UnknownIssuer, IncompleteChain
    (only the leaf was sent: not interception), or NoHandshake with its cause. Plain-HTTP hosts are
    Reachable, Blocked (an error status) or Unreachable. Findings with remedies are attached to each
    endpoint.

    The verdict does not depend on this machine's trust store, so with -Proxy it works on any
    operating system: a support engineer can check a proxy from anywhere.

    .PARAMETER Name
    Endpoint names, wildcards allowed over the default list (Test-WuUpdateEndpoint -Name *cr.*
    probes the ECC front ends). A name not in the list is probed as HTTPS on port 443.

    .PARAMETER Endpoint
    Endpoints given whole: hashtables or objects with Name and optionally Port, Scheme (https or
    http), Path and Address. Address is where the TCP connection goes while Name stays the SNI and
    Host (as curl --resolve): to test one front-end address, or a test server on 127.0.0.1.

    .PARAMETER Proxy
    The proxy every probe uses instead of the machine's settings: host:port, http://host:port, or
    Direct. Required where the WinHTTP settings cannot be read (not Windows).

    .PARAMETER DnsServer
    A DNS server (host or host:port) asked besides the system resolver, to tell DNS filtering
    apart: a name the system resolver sinkholes and this server resolves is a finding.

    .PARAMETER TimeoutSeconds
    The time each probe and DNS question may take (default 5).

    .PARAMETER TrustedCertificate
    Certificates counted as genuine besides Microsoft's: X509Certificate2 objects, certificate file
    paths (.cer, .crt, .pem) or SHA-1 thumbprints. For an internal WSUS or mirror with its own PKI.

    .PARAMETER AsSystem
    Probes as LocalSystem, the account Windows Update runs as (its proxy settings, VPN route and
    DNS can differ from yours), through a one-shot scheduled task removed afterwards. Needs Windows
    and an elevated session.

    .EXAMPLE
    Test-WuUpdateEndpoint

    Probes every default endpoint through the WinHTTP proxy (Windows) and shows one line each.

    .EXAMPLE
    Test-WuUpdateEndpoint -Proxy proxy.contoso.com:8080 | Where-Object Verdict -ne 'Genuine' | Format-List

    Checks a proxy from any machine and shows every endpoint it breaks, with the findings.

    .EXAMPLE
    Test-WuUpdateEndpoint -Name fe3.delivery.mp.microsoft.com -DnsServer 1.1.1.1 -Verbose

    Compares the system resolver with a public one for one endpoint.

    .INPUTS
    System.String (names)

    .OUTPUTS
    WuTrust.EndpointResult

    .NOTES
    Connects to the endpoints (TCP 443 and 80) and sends DNS queries; changes nothing. Windows Update
    runs as SYSTEM, whose proxy and DNS may differ from yours.

    .LINK
    Get-WuProxyConfiguration

    .LINK
    Get-WuTrustStatus
    #>
    [CmdletBinding(DefaultParameterSetName = 'Name')]
    [OutputType('WuTrust.EndpointResult')]
    param(
        [Parameter(ParameterSetName = 'Name', Position = 0, ValueFromPipeline = $true)]
        [SupportsWildcards()]
        [ValidateNotNullOrEmpty()]
        [string[]]$Name,

        [Parameter(Mandatory = $true, ParameterSetName = 'Endpoint')]
        [ValidateNotNullOrEmpty()]
        [object[]]$Endpoint,

        [ValidateNotNullOrEmpty()]
        [string]$Proxy,

        [ValidateNotNullOrEmpty()]
        [string]$DnsServer,

        [ValidateRange(1, 300)]
        [int]$TimeoutSeconds = 5,

        [object[]]$TrustedCertificate,

        [switch]$AsSystem
    )
    begin { $names = New-Object System.Collections.Generic.List[string] }
    process { foreach ($n in @($Name)) { if (-not [string]::IsNullOrEmpty($n)) { $names.Add($n) } } }
    end {
        $windows = Test-WuIsWindows
        if (-not $windows -and [string]::IsNullOrEmpty($Proxy)) {
            $record = @{
                Message      = 'Without Windows the WinHTTP proxy settings cannot be read: give -Proxy host:port (the proxy to ' +
                    'test) or -Proxy Direct.'
                ErrorId      = 'WuTrust.ProxyNeeded'
                Category     = 'InvalidArgument'
                TargetObject = $null
            }
            $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
        }
        $genuine = @()
        foreach ($c in @($TrustedCertificate)) {
            if ($null -eq $c) { continue }
            $genuine += , (ConvertTo-WuTrustedCertificate -InputObject $c -Cmdlet $PSCmdlet)
        }
        $options = @{ TimeoutSeconds = $TimeoutSeconds; Cmdlet = $PSCmdlet; NoProxyFacts = (-not $windows) }
        if ($Proxy) { $options.Proxy = $Proxy }
        if ($DnsServer) { $options.DnsServer = $DnsServer }
        if ($names.Count -gt 0) { $options.Names = $names.ToArray() }
        if ($PSCmdlet.ParameterSetName -eq 'Endpoint') {
            $options.Endpoint = @(foreach ($e in $Endpoint) { ConvertTo-WuEndpointRequest -InputObject $e -Cmdlet $PSCmdlet })
        }
        $collectedAt = (Get-WuUtcNow).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
        if ($AsSystem) {
            Assert-WuLiveCollection -Caller $PSCmdlet -Message '-AsSystem runs the probes as SYSTEM through a scheduled task, which needs Windows.'
            $options.Remove('Cmdlet')
            $sectionJson = Invoke-WuCollectionAsSystem -Kind Network -Options $options -WaitSeconds ($TimeoutSeconds + 120) -Cmdlet $PSCmdlet
        } else {
            try {
                $section = (Get-WuNetworkSection -Options $options).network
            } catch {
                $PSCmdlet.ThrowTerminatingError($_)
            }
            $sectionJson = ConvertTo-Json -InputObject $section -Depth 12 -Compress
        }
        $json = '{"network":' + $sectionJson + ',"collectedAt":' + (ConvertTo-WuJsonString -Text $collectedAt)
        if ($genuine.Count -gt 0) { $json += ',"options":' + (ConvertTo-Json -InputObject ([ordered]@{ genuine = $genuine }) -Depth 4 -Compress) }
        $json += '}'
        $judged = Invoke-WuTrustEngine -Command 'judgeNetwork' -RequestJson $json
        $findings = @(foreach ($f in @($judged.findings)) { ConvertTo-WuTrustFinding -Finding $f })
        foreach ($e in @($judged.endpoints)) {
            $dnsRows = @($judged.dns | Where-Object { $_.name -eq ([string]$e.name).ToLowerInvariant() })
            $dnsText = (@($dnsRows | ForEach-Object { "$($_.server): $($_.verdict)" }) -join '; ')
            $related = @($findings | Where-Object { @($_.Evidence | Where-Object { $_.Item -like "*$($e.name)*" }).Count -gt 0 })
            $certificates = @(foreach ($c in @($e.certificates)) {
                    if ($null -eq $c) { continue }
                    [pscustomobject][ordered]@{
                        PSTypeName = 'WuTrust.Certificate'; Source = [string]$c.source; Subject = [string]$c.subject
                        Issuer = [string]$c.issuer; Thumbprint = [string]$c.thumbprint; NotAfter = $c.notAfter
                    }
                })
            [pscustomobject][ordered]@{
                PSTypeName   = 'WuTrust.EndpointResult'
                Name         = [string]$e.name
                Port         = [int]$e.port
                Scheme       = [string]$e.scheme
                Proxy        = if ($null -eq $e.proxy) { 'Direct' } else { [string]$e.proxy }
                Outcome      = [string]$e.outcome
                Verdict      = [string]$e.verdict
                Product      = if ($null -eq $e.product) { $null } else { [string]$e.product }
                Issuer       = if ($null -eq $e.issuer) { $null } else { [string]$e.issuer }
                Why          = [string]$e.why
                Dns          = $dnsText
                SkewSeconds  = $e.skewSeconds
                TimeMs       = $e.timeMs
                Certificates = $certificates
                Findings     = $related
            }
        }
    }
}
