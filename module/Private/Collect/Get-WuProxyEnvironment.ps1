function Get-WuProxyEnvironment {
    <#
    .SYNOPSIS
    The proxy environment variables of this process (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY,
    either case), by name. WinHTTP ignores them; tools built on curl or .NET's HttpClient do not.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    $found = [ordered]@{}
    foreach ($name in @('HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'all_proxy', 'no_proxy')) {
        $value = [System.Environment]::GetEnvironmentVariable($name)
        # Windows matches names case-insensitively: the upper-case read already found it.
        if (-not [string]::IsNullOrEmpty($value) -and -not $found.Contains($name.ToUpperInvariant())) { $found[$name] = $value }
    }
    $found
}
