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
