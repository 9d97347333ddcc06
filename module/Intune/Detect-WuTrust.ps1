<#
.SYNOPSIS
Intune remediation detection (and ConfigMgr script) for WuTrust: exit 0 when Windows Update's
certificate trust is healthy, 1 otherwise, with one summary line.

.DESCRIPTION
Runs as SYSTEM on Windows PowerShell 5.1 or PowerShell 7, with the WuTrust module installed for
all users. Prints exactly one line, at most 2,048 characters (Intune keeps the last line of the
output up to that length): the verdict, the cause first (a root cause where there is one), then
the counts and the other finding IDs.

Exit codes:
  0  healthy: every check ran and found nothing to fix
  1  not healthy (a problem, or a check that could not run), or WuTrust could not run here
     (the line says which: "WuTrust module not found" or "WuTrust could not check")

-SnapshotFolder (a share the computer accounts may write) also saves this machine's snapshot
as <computer>.json for Get-WuTrustFleetReport.

.PARAMETER SnapshotFolder
Also save the snapshot there.

.PARAMETER Snapshot
Judge a snapshot file instead of this machine (for testing the script).

.PARAMETER SkipNetwork
No endpoint probes.
#>
[CmdletBinding()]
param(
    [string]$SnapshotFolder,
    [string]$Snapshot,
    [switch]$SkipNetwork
)
try {
    Import-Module -Name WuTrust -ErrorAction Stop
} catch {
    Write-Output ('WuTrust module not found: install it for all users (for example under ' +
        '%ProgramFiles%\WindowsPowerShell\Modules\WuTrust); ' + ($_.Exception.Message -replace '[\r\n]+', ' '))
    exit 1
}
try {
    $arguments = @{ SkipNetwork = [bool]$SkipNetwork; ErrorAction = 'Stop' }
    if ($Snapshot) { $arguments.Snapshot = $Snapshot }
    if ($SnapshotFolder) { $arguments.SnapshotFolder = $SnapshotFolder }
    $plan = Get-WuTrustRemediationPlan @arguments
} catch {
    Write-Output ('WuTrust could not check this machine: ' + ($_.Exception.Message -replace '[\r\n]+', ' '))
    exit 1
}
Write-Output $plan.Line
exit $plan.ExitCode
