function Wait-WuDisallowedCtlSync {
    <#
    .SYNOPSIS
    Triggers a disallowed-CTL check and waits, bounded, for DisallowedCertLastSyncTime (HKLM) to
    advance. Whether it advanced is the engine's judgement (judgeCtlResync), not a text comparison.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][int]$TimeoutSeconds,
        [int]$PollSeconds = 5
    )
    $read = {
        $fact = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey -ExpectedValue 'DisallowedCertLastSyncTime'
        if ($fact.status -eq 'Ok' -and $fact.values.Contains('DisallowedCertLastSyncTime')) { return $fact.values['DisallowedCertLastSyncTime'] }
        $null
    }
    $judge = {
        param($Before, $After)
        $now = (Get-WuUtcNow).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
        $request = ConvertTo-Json -Compress -Depth 5 -InputObject ([ordered]@{ before = $Before; after = $After; now = $now })
        Invoke-WuTrustEngine -Command 'judgeCtlResync' -RequestJson $request
    }
    $before = & $read
    Write-Verbose 'Resync: triggering a disallowed-CTL check (certutil -verifyCTL Disallowed) in this session'
    $exitCode = Invoke-WuCtlResyncTrigger
    $waited = 0
    $verdict = & $judge $before (& $read)
    $activity = 'Waiting for the disallowed-CTL sync (HKLM DisallowedCertLastSyncTime)'
    while (-not $verdict.advanced -and $waited -lt $TimeoutSeconds) {
        $step = [Math]::Min($PollSeconds, $TimeoutSeconds - $waited)
        $percent = [int](100 * $waited / $TimeoutSeconds)
        $progress = @{ Id = 2; Activity = $activity; Status = "$waited of $TimeoutSeconds s"; PercentComplete = $percent }
        Write-Progress @progress -SecondsRemaining ($TimeoutSeconds - $waited)
        Wait-WuTrustInterval -Seconds $step
        $waited += $step
        $verdict = & $judge $before (& $read)
        Write-Verbose "Resync: after $waited s the value is $(ConvertTo-WuIsoString -Value $verdict.after)"
    }
    Write-Progress -Id 2 -Activity $activity -Completed
    [pscustomobject][ordered]@{
        PSTypeName    = 'WuTrust.ResyncResult'
        Outcome       = $(if ($verdict.advanced) { 'Advanced' } else { 'NotAdvanced' })
        Before        = (ConvertTo-WuIsoString -Value $verdict.before)
        After         = (ConvertTo-WuIsoString -Value $verdict.after)
        WaitedSeconds = $waited
        TriggerExit   = $exitCode
        # What it proves (D16): the value advanced. The trigger ran in this (elevated) session, which
        # may write HKLM AutoUpdate whatever CryptSvc may do, so the writer is not known.
        Writer        = 'Unknown'
        Note          = $(if ($verdict.advanced) {
                'DisallowedCertLastSyncTime advanced (writer unknown): the sync was recorded. The trigger ran in this session, ' +
                'not as the CryptSvc service, so this does not prove that CryptSvc itself can write the key; ' +
                'Get-WuTrustStatus judges its access from the ACL.'
            } else {
                "DisallowedCertLastSyncTime did not advance within $TimeoutSeconds s. The sync runs when crypt32 next needs the list; " +
                'check again later with Get-WuTrustStatus, and check that ctldl.windowsupdate.com is reachable over HTTP.'
            })
    }
}
