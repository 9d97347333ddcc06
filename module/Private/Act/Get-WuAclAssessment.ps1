function Get-WuAclAssessment {
    <#
    .SYNOPSIS
    The engine's assessment of a key's SDDL for CryptSvc (assessAcl).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Sddl,
        [AllowNull()][AllowEmptyString()][string]$ParentSddl,
        [ValidateSet('Auto', 'Inherit', 'Grant')][string]$Strategy = 'Auto',
        [string]$Context
    )
    $request = [ordered]@{ sddl = $Sddl; parentSddl = $null; strategy = $Strategy }
    if (-not [string]::IsNullOrEmpty($ParentSddl)) { $request.parentSddl = $ParentSddl }
    Invoke-WuTrustEngine -Command 'assessAcl' -RequestJson (ConvertTo-Json -InputObject $request -Compress) -Context $Context
}
