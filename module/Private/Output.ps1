# Engine results -> typed objects with a PSTypeName, a default view, and values that survive
# serialization (remoting, Export-Clixml) and are the same on Windows PowerShell 5.1 and 7.

function ConvertTo-WuIsoString {
    <#
    .SYNOPSIS
    A value as the engine wrote it. PowerShell 7's ConvertFrom-Json turns ISO strings into DateTime
    and 5.1's does not; this puts such values back to the engine's 7-digit UTC form.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([AllowNull()][object]$Value)
    if ($Value -is [datetime]) {
        $utc = if ($Value.Kind -eq [System.DateTimeKind]::Local) { $Value.ToUniversalTime() } else { $Value }
        return $utc.ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
    }
    if ($null -eq $Value) { return $null }
    [string]$Value
}

function ConvertTo-WuUtcDateTime {
    <#
    .SYNOPSIS
    An engine timestamp (ISO-8601, UTC) as a DateTime of kind Utc.
    #>
    [CmdletBinding()]
    [OutputType([datetime])]
    param([Parameter(Mandatory = $true)][object]$Value)
    $text = ConvertTo-WuIsoString -Value $Value
    $styles = [System.Globalization.DateTimeStyles]::AdjustToUniversal -bor [System.Globalization.DateTimeStyles]::AssumeUniversal
    [System.DateTime]::Parse($text, [System.Globalization.CultureInfo]::InvariantCulture, $styles)
}

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

function ConvertTo-WuTrustCheck {
    <#
    .SYNOPSIS
    One engine check result as a WuTrust.Check.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][object]$Check)
    [pscustomobject][ordered]@{
        PSTypeName = 'WuTrust.Check'
        Id         = [string]$Check.id
        Family     = [string]$Check.family
        Outcome    = [string]$Check.outcome
        Title      = [string]$Check.title
        Reason     = [string]$Check.reason
    }
}

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

function ConvertTo-WuAclAssessment {
    <#
    .SYNOPSIS
    The engine's assessAcl result as a WuTrust.AclAssessment.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][object]$Assessment)
    $plan = $Assessment.plan
    [pscustomobject][ordered]@{
        PSTypeName          = 'WuTrust.AclAssessment'
        CryptSvcGranted     = [string]$Assessment.access.grantedMask
        CryptSvcRights      = [string[]]@($Assessment.access.grantedRights)
        RequiredRights      = [string[]]@($Assessment.access.requiredRights)
        MissingRights       = [string[]]@($Assessment.access.missingRights)
        HasRequiredAccess   = [bool]$Assessment.access.hasRequired
        InheritanceDisabled = [bool]$Assessment.inheritanceDisabled
        Problems            = [string[]]@($Assessment.problems | ForEach-Object { $_.message })
        ProblemCodes        = [string[]]@($Assessment.problemCodes)
        RepairNeeded        = [bool]$Assessment.repairNeeded
        PlanStrategy        = $(if ($null -ne $plan) { [string]$plan.strategy } else { $null })
        PlanReason          = $(if ($null -ne $plan) { [string]$plan.reason } else { $null })
        TargetSddl          = $(if ($null -ne $plan) { [string]$plan.targetSddl } else { $null })
        PlanSufficient      = $(if ($null -ne $plan) { [bool]$plan.sufficient } else { $null })
        PlanNote            = [string]$Assessment.planNote
        DenyEntries         = [string[]]@($Assessment.access.denyAces)
        Sddl                = [string]$Assessment.sddl
        CanonicalSddl       = [string]$Assessment.canonicalSddl
        CryptSvcSid         = [string]$Assessment.cryptSvcSid
        CryptSvcToken       = [string[]]@($Assessment.token | ForEach-Object { $_.name })
    }
}
