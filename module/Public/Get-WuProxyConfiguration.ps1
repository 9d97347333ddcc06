function Get-WuProxyConfiguration {
    <#
    .SYNOPSIS
    Shows the proxy settings of every source side by side, and which one Windows Update uses.

    .DESCRIPTION
    Reads, without changing anything, the WinHTTP proxy (the WinHttpSettings value, 64-bit and
    32-bit registry views), the WinINET (Internet Options) settings of LocalSystem, of the current
    user and machine-wide, the ProxySettingsPerUser policy, the proxy environment variables and, on
    Windows 11, the advanced WinHTTP proxy. The WuTrust engine decodes the raw bytes (both header
    forms of FACTS 4.1, with bounds checks: a damaged value is shown as Malformed with its bytes).

    WindowsUpdateUse says which source the update client takes: First for WinHTTP (Windows Update
    scans use it first, per Microsoft's "How the Windows Update client determines which proxy server
    to use"), Fallback for the WinINET settings it may fall back to (that the service reads
    LocalSystem's own WinINET settings is a community observation: UNVERIFIED), No for the others.

    .PARAMETER Snapshot
    Show the proxy settings recorded in a snapshot file (Export-WuTrustSnapshot) instead of this
    machine's: works on any operating system.

    .EXAMPLE
    Get-WuProxyConfiguration

    One line per source: mode, proxy, bypass list, and whether Windows Update uses it.

    .EXAMPLE
    Get-WuProxyConfiguration | Where-Object State -eq 'Malformed' | Format-List Source, Raw, Notes

    Shows the raw bytes of a value WinHTTP may misread.

    .OUTPUTS
    WuTrust.ProxySource

    .LINK
    Test-WuUpdateEndpoint
    #>
    [CmdletBinding(DefaultParameterSetName = 'Live')]
    [OutputType('WuTrust.ProxySource')]
    param(
        [Parameter(Mandatory = $true, ParameterSetName = 'Snapshot', Position = 0)]
        [Alias('Path')]
        [ValidateNotNullOrEmpty()]
        [string]$Snapshot
    )
    if ($PSCmdlet.ParameterSetName -eq 'Live') {
        $message = 'Reading the proxy settings needs Windows. On this system, give -Snapshot <file> (from Export-WuTrustSnapshot).'
        Assert-WuLiveCollection -Caller $PSCmdlet -Message $message
        $proxy = Get-WuProxySourceFact
        $json = ConvertTo-Json -InputObject ([ordered]@{ proxy = $proxy }) -Depth 8 -Compress
        $context = 'Live collection'
    } else {
        $path = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Snapshot)
        $read = Read-WuTrustInputFile -Path $path -Kind Snapshot -MaxBytes $script:WuMaxSnapshotBytes
        if ($null -ne $read.ErrorRecord) { $PSCmdlet.ThrowTerminatingError($read.ErrorRecord) }
        # The engine validates the whole snapshot first, so a damaged file is refused naming its JSON path.
        $validated = Invoke-WuTrustEngineSafe -Command 'diagnose' -RequestJson $read.Text -Context "Snapshot file '$path'" -Target $path
        if ($null -ne $validated.ErrorRecord) { $PSCmdlet.ThrowTerminatingError($validated.ErrorRecord) }
        $document = ConvertFrom-WuJson -Text $read.Text
        $network = $document.PSObject.Properties['network']
        if ($null -eq $network -or $null -eq $network.Value -or $null -eq $network.Value.PSObject.Properties['proxy']) {
            $record = @{
                Message      = "The snapshot '$path' holds no proxy settings (it was written by a WuTrust without the network family)."
                ErrorId      = 'WuTrust.NoProxyFacts'
                Category     = 'ObjectNotFound'
                TargetObject = $path
            }
            $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
        }
        $json = '{"proxy":' + (ConvertTo-Json -InputObject $network.Value.proxy -Depth 8 -Compress) + '}'
        $context = "Snapshot file '$path'"
    }
    $result = Invoke-WuTrustEngine -Command 'proxySources' -RequestJson $json -Context $context
    Write-Verbose "Probes would follow $($result.plan)"
    foreach ($row in @($result.sources)) {
        [pscustomobject][ordered]@{
            PSTypeName       = 'WuTrust.ProxySource'
            Source           = [string]$row.source
            State            = [string]$row.state
            Mode             = if ($null -eq $row.mode) { $null } else { [string]$row.mode }
            Proxy            = [string]$row.proxy
            Bypass           = [string]$row.bypass
            AutoConfigUrl    = [string]$row.autoConfigUrl
            AutoDetect       = $row.autoDetect
            WindowsUpdateUse = [string]$row.windowsUpdateUse
            Path             = [string]$row.path
            Description      = [string]$row.description
            Notes            = @($row.notes | ForEach-Object { [string]$_ })
            Raw              = if ($null -eq $row.raw) { $null } else { [string]$row.raw }
        }
    }
}
