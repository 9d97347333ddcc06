function ConvertTo-WuTrustReport {
    <#
    .SYNOPSIS
    The engine's report as a WuTrust.Report.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][object]$Result,
        # Where the facts came from: 'Live' or the snapshot file's path.
        [Parameter(Mandatory = $true)][string]$Source
    )
    [pscustomobject][ordered]@{
        PSTypeName   = 'WuTrust.Report'
        ComputerName = [string]$Result.computerName
        CollectedAt  = ConvertTo-WuUtcDateTime -Value $Result.collectedAt
        Status       = [string]$Result.status
        Healthy      = [bool]$Result.healthy
        Summary      = [string]$Result.summary
        Findings     = @(foreach ($f in @($Result.findings)) { ConvertTo-WuTrustFinding -Finding $f })
        ChecksRun    = @(foreach ($c in @($Result.checksRun)) { ConvertTo-WuTrustCheck -Check $c })
        ChecksNotRun = @(foreach ($c in @($Result.checksNotRun)) { ConvertTo-WuTrustCheck -Check $c })
        Source       = $Source
    }
}
