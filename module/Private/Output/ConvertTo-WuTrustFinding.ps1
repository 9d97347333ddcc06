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
    $rank = @{ Critical = 0; Warning = 1; Info = 2 }[[string]$Finding.severity]
    $has = { param($name) $null -ne $Finding.PSObject.Properties[$name] }
    [pscustomobject][ordered]@{
        PSTypeName        = 'WuTrust.Finding'
        Id                = [string]$Finding.id
        Severity          = [string]$Finding.severity
        SeverityRank      = [int]$(if ($null -eq $rank) { 9 } else { $rank })
        Family            = [string]$Finding.family
        Title             = [string]$Finding.title
        Detail            = [string]$Finding.detail
        Evidence          = $evidence
        Remedy            = [string]$remedy.command
        RemedyName        = [string]$remedy.name
        RemedyParameters  = $parameters
        RemedyArguments   = [string[]]@($(if ($remedy.PSObject.Properties['arguments']) { $remedy.arguments }))
        RemedyDescription = [string]$remedy.description
        RootCause         = [bool]$(if (& $has 'rootCause') { $Finding.rootCause } else { $false })
        Explains          = [string[]]@($(if (& $has 'explains') { $Finding.explains }))
        ExplainedBy       = $(if (& $has 'explainedBy') { [string]$Finding.explainedBy } else { $null })
        References        = [string[]]@($Finding.references)
    }
}
