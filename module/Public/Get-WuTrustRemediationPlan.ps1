function Get-WuTrustRemediationPlan {
    <#
    .SYNOPSIS
    The Intune / ConfigMgr view of this machine: one summary line under 2,048 characters, the exit
    code detection returns, the repairs that may run unattended, and what needs an administrator.

    .DESCRIPTION
    Collects this machine's facts (or reads -Snapshot) and asks the engine for the plan the
    shipped scripts Detect-WuTrust.ps1 and Remediate-WuTrust.ps1 follow:

    - Line: the verdict, the cause first (a root cause when there is one), then the counts; one
      line of at most 2,048 characters, the limit of Intune's remediation output.
    - ExitCode: 0 when the machine is healthy, 1 otherwise (Intune then runs the remediation).
    - Actions: only repairs that never lower trust: Repair-WuAutoUpdateAcl (the AutoUpdate and
      AuthRoot ACLs), and Set-WinTrustState -Default where the current State breaks updates. None
      needs -Force. The remediation script adds -BackupPath and -Confirm:$false.
    - Manual: every other problem, with its remedy, for an administrator.
    - LogsOnly: the only problems left are the update logs' record of earlier failures, which
      stays until Windows Update runs again and logs a success.

    With -SnapshotFolder (a share), the snapshot is also saved there as <computer>.json, the
    latest one per machine, for Get-WuTrustFleetReport.

    .PARAMETER Snapshot
    A snapshot file to plan for instead of this machine (any system).

    .PARAMETER SnapshotFolder
    Also saves the snapshot to this folder.

    .PARAMETER SkipNetwork
    As Get-WuTrustStatus: no endpoint probes.

    .PARAMETER TimeoutSeconds
    As Get-WuTrustStatus.

    .PARAMETER SetupLogMaxAgeDays
    As Get-WuTrustStatus.

    .EXAMPLE
    $plan = Get-WuTrustRemediationPlan; $plan.Line; exit $plan.ExitCode

    What Detect-WuTrust.ps1 does.

    .EXAMPLE
    Get-WuTrustRemediationPlan -Snapshot .\PC042.json | Select-Object -ExpandProperty Actions

    The repairs the remediation script would make on PC042.

    .OUTPUTS
    WuTrust.RemediationPlan
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.RemediationPlan')]
    param(
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty()]
        [string]$Snapshot,

        [ValidateNotNullOrEmpty()]
        [string]$SnapshotFolder,

        [switch]$SkipNetwork,

        [ValidateRange(1, 300)]
        [int]$TimeoutSeconds = 5,

        [ValidateRange(0, 36500)]
        [int]$SetupLogMaxAgeDays = 30
    )
    if ($PSBoundParameters.ContainsKey('SnapshotFolder')) {
        $folder = Resolve-WuExistingFolder -Path $SnapshotFolder -ParameterName 'SnapshotFolder' -Cmdlet $PSCmdlet
    }
    if ($PSBoundParameters.ContainsKey('Snapshot')) {
        $read = Read-WuTrustInputFile -Path $Snapshot -Kind Snapshot -MaxBytes $script:WuMaxSnapshotBytes
        if ($null -ne $read.ErrorRecord) { $PSCmdlet.ThrowTerminatingError($read.ErrorRecord) }
        $text = $read.Text
        $name = [System.IO.Path]::GetFileNameWithoutExtension($Snapshot)
        $context = "Snapshot file '$Snapshot'"
    } else {
        $message = 'Planning for this machine needs Windows. Give -Snapshot <file> to plan for a snapshot taken on the Windows machine.'
        Assert-WuLiveCollection -Caller $PSCmdlet -Message $message
        $collect = @{ SkipNetwork = [bool]$SkipNetwork; TimeoutSeconds = $TimeoutSeconds; Cmdlet = $PSCmdlet }
        $text = ConvertTo-WuTrustSnapshotJson -Snapshot (New-WuTrustSnapshot -Options $collect)
        $name = [System.Environment]::MachineName
        $context = 'Live collection'
    }
    $saved = $null
    if ($PSBoundParameters.ContainsKey('SnapshotFolder')) {
        $safe = [regex]::Replace($name, '[^A-Za-z0-9._-]', '_')
        $saved = [System.IO.Path]::Combine($folder, "$safe.json")
        Write-WuTrustTextFile -Path $saved -Text $text
        $PSCmdlet.WriteVerbose("Snapshot saved to $saved")
    }
    $request = '{"text":' + (ConvertTo-WuJsonText -Text $text) + ',"options":{"logMaxAgeDays":' + $SetupLogMaxAgeDays + '}}'
    $plan = Invoke-WuTrustEngine -Command 'remediationPlan' -RequestJson $request -Context $context -Target $Snapshot
    [pscustomobject]@{
        PSTypeName   = 'WuTrust.RemediationPlan'
        Status       = $plan.status
        Healthy      = [bool]$plan.healthy
        ExitCode     = [int]$plan.exitCode
        Line         = $plan.line
        LogsOnly     = [bool]$plan.logsOnly
        Actions      = @(@($plan.actions) | ForEach-Object {
                $parameters = @{}
                foreach ($p in $_.parameters.PSObject.Properties) { $parameters[$p.Name] = $p.Value }
                [pscustomobject]@{
                    PSTypeName = 'WuTrust.RemediationAction'; Name = $_.name; Parameters = $parameters
                    FindingIds = [string[]]@($_.findingIds); Command = $_.command
                }
            })
        Manual       = @(@($plan.manual) | ForEach-Object {
                [pscustomobject]@{ PSTypeName = 'WuTrust.ManualStep'; Id = $_.id; Severity = $_.severity; Title = $_.title; Remedy = $_.remedy }
            })
        SnapshotPath = $saved
    }
}
