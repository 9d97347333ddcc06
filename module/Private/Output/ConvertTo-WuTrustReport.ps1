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
    $findings = @(foreach ($f in @($Result.findings)) { ConvertTo-WuTrustFinding -Finding $f })
    # Counted as the summary counts them: a finding a root cause explains is not counted again (D19).
    $critical = 0
    $warning = 0
    foreach ($f in $findings) {
        if ($f.ExplainedBy) { continue }
        if ($f.Severity -eq 'Critical') { $critical++ } elseif ($f.Severity -eq 'Warning') { $warning++ }
    }
    [pscustomobject][ordered]@{
        PSTypeName    = 'WuTrust.Report'
        ComputerName  = [string]$Result.computerName
        CollectedAt   = ConvertTo-WuUtcDateTime -Value $Result.collectedAt
        Status        = [string]$Result.status
        Healthy       = [bool]$Result.healthy
        CriticalCount = $critical
        WarningCount  = $warning
        Summary       = [string]$Result.summary
        Findings      = $findings
        ChecksRun     = @(foreach ($c in @($Result.checksRun)) { ConvertTo-WuTrustCheck -Check $c })
        ChecksNotRun  = @(foreach ($c in @($Result.checksNotRun)) { ConvertTo-WuTrustCheck -Check $c })
        Source        = $Source
    }
}
