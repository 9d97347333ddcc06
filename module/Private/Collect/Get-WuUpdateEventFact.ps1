function Get-WuUpdateEventFact {
    <#
    .SYNOPSIS
    The Windows Update client's events (System 20 install, 25 scan, 31 download failures, and its
    Operational log) and CAPI2's Operational log (when enabled), over the log age, as one aggregate
    of the engine's (the same failure timeline as the text logs). Nothing on systems without
    Get-WinEvent (the status says so).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([int]$Days = 30)
    $logs = 'System (WindowsUpdateClient 20, 25, 31); Microsoft-Windows-WindowsUpdateClient/Operational; Microsoft-Windows-CAPI2/Operational'
    $fact = [ordered]@{ path = $logs; status = 'Ok' }
    if ($null -eq (Get-Command -Name 'Get-WinEvent' -ErrorAction SilentlyContinue)) {
        $fact.status = 'NotSupportedOnThisOS'
        $fact.message = 'Get-WinEvent is not on this system'
        return $fact
    }
    $since = (Get-WuUtcNow).ToLocalTime().AddDays(-$Days)
    $queries = @(
        @{ LogName = 'System'; ProviderName = 'Microsoft-Windows-WindowsUpdateClient'; Id = @(20, 25, 31) }
        @{ LogName = 'Microsoft-Windows-WindowsUpdateClient/Operational'; Id = @(20, 25, 31) }
        @{ LogName = 'Microsoft-Windows-CAPI2/Operational'; Id = @(11, 30, 53, 60) }
    )
    try {
        $xml = New-Object System.Collections.Generic.List[string]
        foreach ($q in $queries) {
            foreach ($x in @(Get-WuWinEventXml @q -StartTime $since -MaxEvents 500)) { if ($x) { $xml.Add([string]$x) } }
        }
        $request = '{"source":"Events","lines":' + (ConvertTo-Json -InputObject ([string[]]$xml.ToArray()) -Compress) + '}'
        if ($xml.Count -eq 0) { $request = '{"source":"Events","lines":[]}' }
        $fact.aggregate = Invoke-WuTrustEngine -Command 'aggregateUpdateLog' -RequestJson $request
    } catch {
        $fact.status = ConvertTo-WuFactStatus -Exception $_.Exception
        $fact.message = $_.Exception.Message
    }
    $fact
}
