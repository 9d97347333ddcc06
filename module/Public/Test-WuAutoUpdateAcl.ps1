function Test-WuAutoUpdateAcl {
    <#
    .SYNOPSIS
    Judges an AutoUpdate key ACL (SDDL) for CryptSvc and shows the repair WuTrust would make. Works on any OS.

    .DESCRIPTION
    Test-WuAutoUpdateAcl takes the SDDL of HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate
    - for example (Get-Acl ...).Sddl pasted from a broken machine - and, optionally, the SDDL of its
    parent AuthRoot. The WuTrust engine computes the access NT SERVICE\CryptSvc gets the way Windows
    does (deny entries in order, inherit-only entries skipped, generic rights mapped, NULL and empty
    DACLs) for CryptSvc's token (NetworkService, Everyone, Authenticated Users, SERVICE, Users and the
    CryptSvc service SID), compares it with what crypt32 needs to record a CTL sync
    (KEY_QUERY_VALUE, KEY_SET_VALUE, KEY_CREATE_SUB_KEY), lists the problems, and plans a repair:
    Inherit (turn inheritance back on, the fix in the seed report), Grant (add full control for
    CryptSvc), or Auto (Inherit when AuthRoot gives CryptSvc what it needs, otherwise Grant).

    Nothing is read from or written to the machine: this is for support engineers and for checking
    a repair before Repair-WuAutoUpdateAcl applies it.

    .PARAMETER Sddl
    The AutoUpdate key's security descriptor in SDDL, as (Get-Acl -Path <key>).Sddl returns it.
    Accepts pipeline input by property name, so Get-Acl output can be piped in.

    .PARAMETER ParentSddl
    The SDDL of the parent key (AuthRoot). Needed for the Inherit strategy; without it Auto can only
    plan Grant.

    .PARAMETER Quiet
    Return $true when CryptSvc has the access it needs and no repair is needed, otherwise $false.

    .PARAMETER Strategy
    The repair to plan when one is needed: Auto (default), Inherit or Grant.

    .EXAMPLE
    Test-WuAutoUpdateAcl -Sddl 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)'

    The seed report's broken key: CryptSvc gets only BUILTIN\Users' read access; the result lists
    the missing rights and plans a Grant (no parent SDDL was given).

    .EXAMPLE
    $parent = (Get-Acl -Path 'HKLM:\SOFTWARE\Microsoft\SystemCertificates\AuthRoot').Sddl
    Get-Acl -Path 'HKLM:\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate' | Test-WuAutoUpdateAcl -ParentSddl $parent

    Judges this machine's key with its parent, so the Inherit strategy can be planned.

    .EXAMPLE
    Test-WuAutoUpdateAcl -Sddl $sddl -ParentSddl $parent -Strategy Inherit | Select-Object TargetSddl, PlanSufficient

    Shows exactly the DACL re-enabling inheritance would produce, and whether it is enough.

    .EXAMPLE
    $sddl = (Get-Acl -Path 'HKLM:\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate').Sddl
    if (-not ($sddl | Test-WuAutoUpdateAcl -Quiet)) { 'repair needed' }

    -Quiet returns only $true (no repair needed) or $false, like Test-Path.

    .INPUTS
    System.String (an SDDL string from the pipeline, or the Sddl property of Get-Acl output)

    .OUTPUTS
    WuTrust.AclAssessment

    .NOTES
    Only allow (A) and deny (D) entries are evaluated; object, callback and unknown entry types are
    kept verbatim and reported. Privileges such as SeBackupPrivilege are not considered.

    .LINK
    Repair-WuAutoUpdateAcl

    .LINK
    Get-WuTrustStatus
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.AclAssessment')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string]$Sddl,

        [string]$ParentSddl,

        [ValidateSet('Auto', 'Inherit', 'Grant')]
        [string]$Strategy = 'Auto',

        # Return only a [bool]: $true when CryptSvc has what it needs and no repair is needed.
        [switch]$Quiet
    )
    process {
        $request = [ordered]@{ sddl = $Sddl; parentSddl = $null; strategy = $Strategy }
        if (-not [string]::IsNullOrEmpty($ParentSddl)) { $request.parentSddl = $ParentSddl }
        try {
            $assessJson = ConvertTo-Json -InputObject $request -Compress
            # No context prefix: PowerShell already names the command in front of the message (D13).
            $assessment = Invoke-WuTrustEngine -Command 'assessAcl' -RequestJson $assessJson -Target $Sddl
        } catch {
            $PSCmdlet.WriteError($_)
            return
        }
        if ($Quiet) {
            return [bool]($assessment.access.hasRequired -and -not $assessment.repairNeeded)
        }
        ConvertTo-WuAclAssessment -Assessment $assessment
    }
}
