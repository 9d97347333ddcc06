function Assert-WuCanChangeSystem {
    <#
    .SYNOPSIS
    Stops the calling command when it is not on Windows or not elevated, before anything is read or written.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][string]$What
    )
    if (-not (Test-WuIsWindows)) {
        $record = @{
            Message      = "$What changes the Windows registry, so it needs Windows. Off Windows, Test-WuAutoUpdateAcl -Sddl shows what it would do."
            ErrorId      = 'WuTrust.NeedsWindows'
            Category     = 'NotImplemented'
            TargetObject = $What
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    if (-not (Test-WuElevation)) {
        $record = @{
            Message      = "$What changes HKEY_LOCAL_MACHINE and needs an elevated session: start PowerShell with 'Run as administrator' " +
                "(or run it as SYSTEM). Nothing was changed."
            ErrorId      = 'WuTrust.NotElevated'
            Category     = 'PermissionDenied'
            TargetObject = $What
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
}
