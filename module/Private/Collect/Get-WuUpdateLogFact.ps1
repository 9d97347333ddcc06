function Get-WuUpdateLogFact {
    <#
    .SYNOPSIS
    One update log as a snapshot fact: where it was read, its size and encoding, and the engine's
    bounded failure aggregate of the lines the pre-filter let through (never the log itself).

    .DESCRIPTION
    The needles depend on the log: WindowsUpdate.log as Get-WindowsUpdateLog writes it marks every
    failure with " [" (*FAILED* [80072F8F], with [80072F8F]); the legacy tab-separated log with
    FATAL, WARNING or "hr ="; CBS.log with "HRESULT =" or ", Error". The lines go to the engine in
    batches (aggregateUpdateLog), which keeps one bounded aggregate, so memory does not grow with
    the file.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [Parameter(Mandatory = $true)][ValidateSet('WindowsUpdate', 'Cbs')][string]$Source,
        [System.Management.Automation.PSCmdlet]$Cmdlet
    )
    $fact = [ordered]@{ path = $Path; status = 'Ok' }
    try {
        if (-not [System.IO.File]::Exists($Path)) {
            $fact.status = 'NotFound'
            return $fact
        }
        $info = New-Object System.IO.FileInfo -ArgumentList $Path
        $fact.bytes = [long]$info.Length
        # Sniff the first bytes: the encoding, and for WindowsUpdate.log which of its two forms.
        $head = New-Object byte[] 2048
        $stream = New-Object System.IO.FileStream -ArgumentList @($Path, 'Open', 'Read', 'ReadWrite, Delete')
        try { $got = $stream.Read($head, 0, $head.Length) } finally { $stream.Dispose() }
        $found = Get-WuTextEncoding -Bytes $head -Count $got
        $fact.encoding = $found.Name
        $count = $got - $found.Skip
        if ($found.Unicode) { $count -= $count % 2 }
        $text = $found.Encoding.GetString($head, $found.Skip, [math]::Max(0, $count))
        $needles = if ($Source -eq 'Cbs') {
            @('HRESULT = ', ', Error ')
        } elseif ($text -match '(?m)^\W?\d{4}-\d{2}-\d{2}\t') {
            @('FATAL', 'WARNING', 'hr = ')
        } else {
            @(' [')
        }
        $aggregate = 'null'
        foreach ($batch in (Read-WuLogMatch -Path $Path -Needle $needles -Cmdlet $Cmdlet)) {
            $lines = ConvertTo-Json -InputObject ([string[]]$batch) -Compress
            $request = '{"source":"' + $Source + '","aggregate":' + $aggregate + ',"lines":' + $lines + '}'
            $aggregate = Invoke-WuTrustEngine -Command 'aggregateUpdateLog' -RequestJson $request -Raw
        }
        if ($aggregate -eq 'null') {
            $aggregate = Invoke-WuTrustEngine -Command 'aggregateUpdateLog' -RequestJson ('{"source":"' + $Source + '","lines":[]}') -Raw
        }
        $fact.aggregate = ConvertFrom-WuJson -Text $aggregate
    } catch {
        $fact.status = ConvertTo-WuFactStatus -Exception $_.Exception
        $fact.message = $_.Exception.Message
    }
    $fact
}
