function ConvertTo-WuTrustFinding {
    <#
    .SYNOPSIS
    One engine finding as a WuTrust.Finding: the remedy as text and as data (RemedyName with
    RemedyParameters to splat, or RemedyArguments for a native program), a sortable SeverityRank,
    and the root-cause links (RootCause, Explains, ExplainedBy).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][object]$Finding)
    $evidence = @(foreach ($item in @($Finding.evidence)) {
            $entry = [ordered]@{ PSTypeName = 'WuTrust.Evidence'; Item = [string]$item.item; Value = (ConvertTo-WuIsoString -Value $item.value) }
            foreach ($optional in @('path', 'type', 'raw')) {
                $name = $optional.Substring(0, 1).ToUpperInvariant() + $optional.Substring(1)
                $entry[$name] = if ($item.PSObject.Properties[$optional]) { [string]$item.$optional } else { $null }
            }
            [pscustomobject]$entry
        })
    $remedy = $Finding.remedy
    $parameters = [ordered]@{}
    if ($remedy.PSObject.Properties['parameters'] -and $null -ne $remedy.parameters) {
        foreach ($p in $remedy.parameters.PSObject.Properties) {
            $value = $p.Value
            if ($value -is [System.Management.Automation.PSCustomObject]) {
                $table = @{}
                foreach ($inner in $value.PSObject.Properties) { $table[$inner.Name] = [string]$inner.Value }
                $value = $table
            }
            $parameters[$p.Name] = $value
        }
    }
    $severity = [string]$Finding.severity
    $rank = if ($severity -eq 'Critical') { 0 } elseif ($severity -eq 'Warning') { 1 } elseif ($severity -eq 'Info') { 2 } else { 9 }
    # Plain property checks, no script blocks or pipelines: this runs for every finding of every call.
    $properties = $Finding.PSObject.Properties
    $rootCause = $properties['rootCause']
    $explains = $properties['explains']
    $explainedBy = $properties['explainedBy']
    $arguments = $remedy.PSObject.Properties['arguments']
    [pscustomobject][ordered]@{
        PSTypeName        = 'WuTrust.Finding'
        Id                = [string]$Finding.id
        Severity          = $severity
        SeverityRank      = [int]$rank
        Family            = [string]$Finding.family
        Title             = [string]$Finding.title
        Detail            = [string]$Finding.detail
        Evidence          = $evidence
        Remedy            = [string]$remedy.command
        RemedyName        = [string]$remedy.name
        RemedyParameters  = $parameters
        RemedyArguments   = [string[]]@($(if ($null -ne $arguments) { $arguments.Value }))
        RemedyDescription = [string]$remedy.description
        RootCause         = [bool]$(if ($null -ne $rootCause) { $rootCause.Value } else { $false })
        Explains          = [string[]]@($(if ($null -ne $explains) { $explains.Value }))
        ExplainedBy       = $(if ($null -ne $explainedBy) { [string]$explainedBy.Value } else { $null })
        References        = [string[]]@($Finding.references)
    }
}
