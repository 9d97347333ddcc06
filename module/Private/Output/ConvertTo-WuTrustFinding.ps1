function ConvertTo-WuTrustFinding {
    <#
    .SYNOPSIS
    One engine finding as a WuTrust.Finding.
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
    [pscustomobject][ordered]@{
        PSTypeName        = 'WuTrust.Finding'
        Id                = [string]$Finding.id
        Severity          = [string]$Finding.severity
        Family            = [string]$Finding.family
        Title             = [string]$Finding.title
        Detail            = [string]$Finding.detail
        Evidence          = $evidence
        Remedy            = [string]$Finding.remedy.command
        RemedyDescription = [string]$Finding.remedy.description
        References        = [string[]]@($Finding.references)
    }
}
