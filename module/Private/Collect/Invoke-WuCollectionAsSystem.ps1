function Invoke-WuCollectionAsSystem {
    <#
    .SYNOPSIS
    Collects as LocalSystem through a one-shot scheduled task, removed afterwards, with a bounded
    wait (-AsSystem). Windows Update runs as SYSTEM, whose proxy, VPN, DNS and HKCU can differ
    from the administrator's.

    .DESCRIPTION
    Kind Snapshot runs Export-WuTrustSnapshot as SYSTEM and returns the snapshot's JSON text (its
    machine.collectedBy then names S-1-5-18); Kind Network runs the network collector and returns
    its section's JSON text. The task runs a constant script ($script:WuAsSystemScript) from a folder
    only SYSTEM and Administrators can write (New-WuSecureFolder), so nobody else can change what
    runs as SYSTEM; the options travel as a JSON file next to it, never as code. The task and the
    folder are removed in every case. The scheduled-task cmdlets are behind the thin *-WuSystemTask
    functions, which Pester mocks.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('Snapshot', 'Network')][string]$Kind,
        [hashtable]$Options = @{},
        [Parameter(Mandatory = $true)][int]$WaitSeconds,
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Cmdlet
    )
    if (-not (Test-WuElevation)) {
        $record = @{
            Message      = '-AsSystem registers a one-shot scheduled task that runs as SYSTEM, which needs an elevated session: ' +
                'run PowerShell as Administrator.'
            ErrorId      = 'WuTrust.AsSystemNeedsElevation'
            Category     = 'PermissionDenied'
            TargetObject = $null
        }
        $Cmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $id = [guid]::NewGuid().ToString('N')
    $folder = Join-Path (Get-WuAsSystemRoot) "AsSystem-$id"
    $taskName = "WuTrust-AsSystem-$id"
    New-WuSecureFolder -Path $folder
    $scriptPath = Join-Path $folder 'Collect.ps1'
    $requestPath = Join-Path $folder 'request.json'
    $resultPath = Join-Path $folder 'result.json'
    $request = [ordered]@{
        kind    = $Kind
        module  = Join-Path $script:ModuleRoot 'WuTrust.psd1'
        output  = $resultPath
        options = $Options
    }
    $registered = $false
    try {
        Write-WuTrustTextFile -Path $scriptPath -Text $script:WuAsSystemScript
        Write-WuTrustTextFile -Path $requestPath -Text (ConvertTo-Json -InputObject $request -Depth 8)
        $exe = if ($PSVersionTable.PSEdition -eq 'Core') { Join-Path $PSHOME 'pwsh.exe' } else { Join-Path $PSHOME 'powershell.exe' }
        $argument = "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File `"$scriptPath`" `"$requestPath`""
        $Cmdlet.WriteVerbose("Registering the one-shot task $taskName (SYSTEM): $exe $argument")
        Register-WuSystemTask -TaskName $taskName -Execute $exe -Argument $argument
        $registered = $true
        Start-WuSystemTask -TaskName $taskName
        $state = 'Running'
        # One poll a second, at most WaitSeconds of them.
        for ($waited = 0; $waited -lt $WaitSeconds; $waited++) {
            $state = Get-WuSystemTaskState -TaskName $taskName
            if ($state -ne 'Running' -and $state -ne 'Queued' -and (Test-Path -LiteralPath $resultPath)) { break }
            $status = "Collecting as SYSTEM ($waited of $WaitSeconds s at most)"
            $Cmdlet.WriteProgress((New-Object System.Management.Automation.ProgressRecord -ArgumentList @(8, '-AsSystem', $status)))
            Wait-WuTrustInterval -Seconds 1
        }
        if (-not (Test-Path -LiteralPath $resultPath)) {
            $record = @{
                Message      = "The SYSTEM collection did not finish within $WaitSeconds s (task state: $state); the task was removed."
                ErrorId      = 'WuTrust.AsSystemTimedOut'
                Category     = 'OperationTimeout'
                TargetObject = $taskName
            }
            $Cmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
        }
        $answer = ConvertFrom-WuJson -Text (Get-Content -Raw -LiteralPath $resultPath)
        if (-not $answer.ok) {
            $record = @{
                Message      = "The collection as SYSTEM failed: $($answer.error)"
                ErrorId      = 'WuTrust.AsSystemFailed'
                Category     = 'InvalidResult'
                TargetObject = $taskName
            }
            $Cmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
        }
        [string]$answer.json
    } finally {
        if ($registered) { Unregister-WuSystemTask -TaskName $taskName }
        Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
        $done = New-Object System.Management.Automation.ProgressRecord -ArgumentList @(8, '-AsSystem', 'Done')
        $done.RecordType = [System.Management.Automation.ProgressRecordType]::Completed
        $Cmdlet.WriteProgress($done)
    }
}
