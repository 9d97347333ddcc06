<#
.SYNOPSIS
Intune remediation (and ConfigMgr script) for WuTrust: applies only the repairs that never lower
trust, each backed up first, logs every step, and exits with a code per outcome.

.DESCRIPTION
Runs as SYSTEM on Windows PowerShell 5.1 or PowerShell 7, with the WuTrust module installed for
all users. The repairs are the ones Get-WuTrustRemediationPlan lists as unattended:
Repair-WuAutoUpdateAcl (CryptSvc's access to the AutoUpdate and AuthRoot keys), and
Set-WinTrustState -Default where the current Software Publishing State breaks updates. Nothing
runs with -Force; nothing that would weaken a check is ever changed. Each repair writes its
backup to -BackupFolder before it changes anything, verifies its result, and rolls back if the
verification fails (Restore-WuTrustBackup undoes a repair by hand). After the repairs the machine
is checked again.

Exit codes (the last output line says the same in words):
  0  healthy: nothing was needed, or the repairs were made and the new check is healthy (or
     finds only the update logs' record of the failures the repairs ended, which the next
     successful Windows Update scan clears)
  1  WuTrust could not run (module not found, or the check failed)
  2  problems remain that need an administrator (no unattended repair covers them)
  3  a repair failed and was rolled back (see the log)
  4  not elevated: repairs need an administrator or SYSTEM

.PARAMETER BackupFolder
Where each repair writes its backup first (default: %ProgramData%\WuTrust\Backups).

.PARAMETER LogPath
The step log, appended (default: %ProgramData%\WuTrust\Remediate-WuTrust.log).

.PARAMETER SnapshotFolder
Also save the snapshot (before the repairs) there as <computer>.json.

.PARAMETER Snapshot
Plan from a snapshot file instead of this machine (for testing the script).

.PARAMETER SkipNetwork
No endpoint probes.
#>
[CmdletBinding()]
param(
    [string]$BackupFolder = [System.IO.Path]::Combine([System.Environment]::GetFolderPath('CommonApplicationData'), 'WuTrust', 'Backups'),
    [string]$LogPath = [System.IO.Path]::Combine([System.Environment]::GetFolderPath('CommonApplicationData'), 'WuTrust', 'Remediate-WuTrust.log'),
    [string]$SnapshotFolder,
    [string]$Snapshot,
    [switch]$SkipNetwork
)

function Write-WuStep {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$Text)
    $stamp = [System.DateTime]::UtcNow.ToString('yyyy-MM-ddTHH:mm:ssZ', [System.Globalization.CultureInfo]::InvariantCulture)
    try {
        [System.IO.File]::AppendAllText($script:Log, "$stamp $Text`r`n")
    } catch {
        $null = $_
    }
}

function Stop-WuRemediation {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][int]$Code, [Parameter(Mandatory = $true)][string]$Line)
    Write-WuStep -Text "exit $Code`: $Line"
    Write-Output ($Line -replace '[\r\n]+', ' ')
    exit $Code
}

$script:Log = $LogPath
$logFolder = [System.IO.Path]::GetDirectoryName($LogPath)
if ($logFolder -and -not [System.IO.Directory]::Exists($logFolder)) { $null = [System.IO.Directory]::CreateDirectory($logFolder) }
Write-WuStep -Text "Remediate-WuTrust started on $([System.Environment]::MachineName) as $([System.Environment]::UserName)"
try {
    Import-Module -Name WuTrust -ErrorAction Stop
} catch {
    Stop-WuRemediation -Code 1 -Line ('WuTrust module not found: ' + $_.Exception.Message)
}
$arguments = @{ SkipNetwork = [bool]$SkipNetwork; ErrorAction = 'Stop' }
if ($Snapshot) { $arguments.Snapshot = $Snapshot }
try {
    $planArguments = $arguments.Clone()
    if ($SnapshotFolder) { $planArguments.SnapshotFolder = $SnapshotFolder }
    $plan = Get-WuTrustRemediationPlan @planArguments
} catch {
    Stop-WuRemediation -Code 1 -Line ('WuTrust could not check this machine: ' + $_.Exception.Message)
}
Write-WuStep -Text "before: $($plan.Line)"
if ($plan.Healthy) { Stop-WuRemediation -Code 0 -Line "Healthy: nothing to repair. $($plan.Line)" }
if (-not [System.IO.Directory]::Exists($BackupFolder)) { $null = [System.IO.Directory]::CreateDirectory($BackupFolder) }
$failed = 0
$notElevated = $false
foreach ($action in $plan.Actions) {
    $parameters = $action.Parameters.Clone()
    $parameters.BackupPath = $BackupFolder
    $parameters.Confirm = $false
    $parameters.ErrorAction = 'Stop'
    Write-WuStep -Text "repair for $($action.FindingIds -join ', '): $($action.Command) -BackupPath '$BackupFolder'"
    try {
        $result = & $action.Name @parameters
        $said = @($result | ForEach-Object { if ($_.PSObject.Properties["Message"]) { $_.Message } else { [string]$_ } }) -join " | "
        Write-WuStep -Text "done: $said"
    } catch {
        if ($_.FullyQualifiedErrorId -like 'WuTrust.NotElevated*') { $notElevated = $true }
        $failed++
        Write-WuStep -Text "failed (WuTrust verified and rolled back what it changed): $($_.Exception.Message)"
    }
}
if ($notElevated) { Stop-WuRemediation -Code 4 -Line 'Not elevated: the repairs need an administrator or SYSTEM; nothing was changed.' }
try {
    $after = Get-WuTrustRemediationPlan @arguments
} catch {
    Stop-WuRemediation -Code 1 -Line ('WuTrust could not check this machine after the repairs: ' + $_.Exception.Message)
}
Write-WuStep -Text "after: $($after.Line)"
foreach ($step in $after.Manual) { Write-WuStep -Text "for an administrator: $($step.Id) $($step.Title): $($step.Remedy)" }
$made = @($plan.Actions).Count
if ($after.Healthy) { Stop-WuRemediation -Code 0 -Line "Repaired ($made repair(s)); now $($after.Line)" }
if ($failed -eq 0 -and $made -gt 0 -and $after.LogsOnly) {
    # What is left is the logs' record of the failures the repair ended: it clears with the next
    # successful Windows Update scan, which detection then sees.
    $pending = 'the update logs still show the failures from before the repair until Windows Update runs again'
    Stop-WuRemediation -Code 0 -Line "Repaired ($made repair(s)); $pending. $($after.Line)"
}
if ($failed -gt 0) { Stop-WuRemediation -Code 3 -Line "$failed repair(s) failed and were rolled back (log: $LogPath); $($after.Line)" }
Stop-WuRemediation -Code 2 -Line "Needs an administrator ($(@($plan.Actions).Count) repair(s) made): $($after.Line)"
