function Assert-WuCanChangeSystem {
    <#
    .SYNOPSIS
    Stops the calling command when it is not on Windows or not elevated, before anything is read or written.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][string]$What,
        # What works off Windows instead, said in the error (each caller has its own).
        [string]$Alternative = 'Get-WuTrustStatus -Snapshot judges a snapshot taken on the Windows machine.',
        # False for a change to this account's own HKCU, which needs no elevation.
        [bool]$RequireElevation = $true
    )
    if (-not (Test-WuIsWindows)) {
        $record = @{
            Message      = "$What changes the Windows registry, so it needs Windows. Nothing was changed. $Alternative"
            ErrorId      = 'WuTrust.NeedsWindows'
            Category     = 'NotImplemented'
            TargetObject = $What
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    if ($RequireElevation -and -not (Test-WuElevation)) {
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
