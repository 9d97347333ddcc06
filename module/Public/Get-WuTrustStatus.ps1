function Get-WuTrustStatus {
    <#
    .SYNOPSIS
    Diagnoses why Windows Update fails on certificate trust, from this machine or from a saved snapshot.

    .DESCRIPTION
    Get-WuTrustStatus collects the facts WuTrust needs (the AuthRoot AutoUpdate registry values in
    HKLM, HKCU and HKU\.DEFAULT, the AuthRoot policies and key ACLs, the CryptSvc, wuauserv, BITS
    and UsoSvc services, the WinTrust State of each hive, .NET setup logs, the proxy settings of
    every source, and probes of the Windows Update endpoints: TLS chain, DNS, CTL and CRL hosts,
    clock skew) and hands them to the WuTrust engine, which judges them the way Windows does. For example, the
    disallowed-certificate CTL is stale when the newer of HKLM and HKCU DisallowedCertLastSyncTime
    is older than DisallowedCertSyncDeltaTime x 1.5 (24 hours by default); Windows Update then
    fails with 0x80072F8F.

    The result is a WuTrust.Report: Status (Healthy, Unhealthy or Incomplete), the findings (each
    with an ID, severity, plain-words detail, the evidence with raw registry bytes, and a remedy
    command), the checks that ran and the checks that could not run. A check that could not run is
    listed in ChecksNotRun and never counts as a pass; Healthy is true only when every check ran
    and no Critical or Warning finding exists.

    Without -Snapshot, the facts are collected live, which needs Windows. With -Snapshot, the
    facts come from files written by Export-WuTrustSnapshot, on any operating system. Nothing is
    changed on the machine.

    .PARAMETER Snapshot
    One or more snapshot files written by Export-WuTrustSnapshot (alias -Path; the first
    positional parameter). Wildcards are expanded unless a file of that exact name exists. Takes
    plain strings from the pipeline and FileInfo objects by FullName, so
    Get-ChildItem *.json | Get-WuTrustStatus works. A file that is missing, unreadable, over 32 MB,
    not JSON, damaged, of a newer schemaVersion, or that the engine cannot finish gives one
    non-terminating error naming the file (TargetObject is the path); the other files are still
    processed.

    .PARAMETER SetupLogMaxAgeDays
    Setup-log lines older than this many days before the collection time are history: reported as
    Info with their age, never as a fault of the machine (default 30).

    .PARAMETER SkipNetwork
    Makes no network traffic: the endpoint probes and DNS questions of the network family are not
    made (its checks are listed in ChecksNotRun, reason "skipped"); the proxy settings are still
    read from the registry. Live collection only.

    .PARAMETER TimeoutSeconds
    The time each endpoint probe and DNS question may take (default 5). They run concurrently, so
    the network stage takes about one timeout however many endpoints hang. Live collection only.

    .PARAMETER ConvertUpdateLog
    Windows 10 and later keep the update log as ETW traces; without a text WindowsUpdate.log (one
    Get-WindowsUpdateLog wrote to your desktop) the update-log check is not run. With this switch
    Get-WindowsUpdateLog first writes it to a temporary file (this can take a minute or more), which
    is read and deleted.

    .PARAMETER AsSystem
    Collects as LocalSystem, the account Windows Update runs as, whose proxy, VPN route, DNS and
    HKCU (HKU\.DEFAULT) can differ from yours: through a one-shot scheduled task that runs the
    module's own collector and is removed afterwards (waiting at most TimeoutSeconds + 120 s).
    Needs Windows and an elevated session. The report's snapshot names SYSTEM as the collector.

    .PARAMETER AsJson
    Return the engine's report as one JSON string per machine instead of objects: for logging,
    fleet collection, or tools that do not speak PowerShell. Each line carries source (the file, or
    Live), the module version and the engine version.

    .EXAMPLE
    Get-WuTrustStatus

    Diagnoses this machine (Windows). The default view shows the status, a summary and the findings.

    .EXAMPLE
    Get-WuTrustStatus -AsSystem

    Diagnoses this machine as Windows Update sees it: collected as SYSTEM (elevated session).

    .EXAMPLE
    Get-WuTrustStatus -SkipNetwork -Verbose

    Diagnoses this machine without any network traffic, showing each collection step.

    .EXAMPLE
    Get-WuTrustStatus .\PC042.json | Select-Object -ExpandProperty Findings | Format-List

    Diagnoses a snapshot taken on another machine and shows every finding in full.

    .EXAMPLE
    Get-ChildItem -Path \\server\wutrust\*.json | Get-WuTrustStatus | Where-Object { -not $_.Healthy } | Select-Object ComputerName, Status, Summary

    Lists the machines of a fleet whose snapshots show a problem.

    .EXAMPLE
    $report = Get-WuTrustStatus; if ($report.Healthy) { exit 0 } else { Write-Output $report.Summary; exit 1 }

    An Intune detection script: exit code 1 and a one-line summary when anything is wrong.

    .EXAMPLE
    $f = (Get-WuTrustStatus .\PC042.json).Findings[0]; $p = $f.RemedyParameters; & $f.RemedyName @p -WhatIf

    Runs the first finding's remedy from its data (splatting), never from its text.

    .INPUTS
    System.String (snapshot paths), or objects with a FullName property (Get-ChildItem)

    .OUTPUTS
    WuTrust.Report, or System.String with -AsJson

    .NOTES
    Read-only. Live collection reads HKLM, HKCU and HKU\.DEFAULT values and queries Win32_Service;
    it runs without elevation, but some keys may then be unreadable, which shows as checks not run.
    The network family connects to the Windows Update endpoints (TCP 443 and 80, through the
    WinHTTP proxy where one applies) and asks DNS; -SkipNetwork avoids all of that. Windows Update
    runs as SYSTEM, whose network path may differ from yours: collect as SYSTEM to see its path.

    .LINK
    Export-WuTrustSnapshot

    .LINK
    about_WuTrust
    #>
    [CmdletBinding(DefaultParameterSetName = 'Live')]
    [OutputType('WuTrust.Report', [string])]
    param(
        [Parameter(Mandatory = $true, ParameterSetName = 'Snapshot', Position = 0, ValueFromPipeline = $true,
            ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName', 'Path')]
        [SupportsWildcards()]
        [ValidateNotNullOrEmpty()]
        [string[]]$Snapshot,

        [ValidateRange(0, 36500)]
        [int]$SetupLogMaxAgeDays = 30,

        [Parameter(ParameterSetName = 'Live')]
        [switch]$SkipNetwork,

        [Parameter(ParameterSetName = 'Live')]
        [ValidateRange(1, 300)]
        [int]$TimeoutSeconds = 5,

        [Parameter(ParameterSetName = 'Live')]
        [switch]$AsSystem,

        [Parameter(ParameterSetName = 'Live')]
        [switch]$ConvertUpdateLog,

        [switch]$AsJson
    )
    begin {
        $fileNumber = 0
        $versions = $null
        # Cmdlet methods, not Write-Verbose/Write-Progress: reading snapshots autoloads no module.
    }
    process {
        $sources = @()
        if ($PSCmdlet.ParameterSetName -eq 'Live') {
            $message = 'Live collection needs Windows. On this system, diagnose a snapshot taken on the Windows machine: ' +
                'Get-WuTrustStatus -Snapshot <file>, with the file from Export-WuTrustSnapshot.'
            Assert-WuLiveCollection -Caller $PSCmdlet -Message $message
            if ($AsSystem) {
                # Windows Update's own account: its proxy, DNS and HKCU (a one-shot scheduled task).
                $PSCmdlet.WriteVerbose('Collecting the facts of this machine as SYSTEM')
                $collect = @{ SkipNetwork = [bool]$SkipNetwork; TimeoutSeconds = $TimeoutSeconds; ConvertUpdateLog = [bool]$ConvertUpdateLog }
                $json = Invoke-WuCollectionAsSystem -Kind Snapshot -Options $collect -WaitSeconds ($TimeoutSeconds + 120) -Cmdlet $PSCmdlet
                $sources += @{ Json = $json; Context = 'Live collection as SYSTEM'; Source = 'Live (SYSTEM)'; Target = $null }
            } else {
                $PSCmdlet.WriteVerbose('Collecting the facts of this machine')
                $collect = @{ SkipNetwork = [bool]$SkipNetwork; TimeoutSeconds = $TimeoutSeconds; Cmdlet = $PSCmdlet }
                $collect.ConvertUpdateLog = [bool]$ConvertUpdateLog
                $json = ConvertTo-WuTrustSnapshotJson -Snapshot (New-WuTrustSnapshot -Options $collect) -Compress
                $sources += @{ Json = $json; Context = 'Live collection'; Source = 'Live'; Target = $null }
            }
        } else {
            foreach ($path in @(Resolve-WuTrustSnapshotPath -Path $Snapshot -Cmdlet $PSCmdlet)) {
                $fileNumber++
                $PSCmdlet.WriteProgress([System.Management.Automation.ProgressRecord]::new(1, 'Get-WuTrustStatus', "Snapshot $fileNumber`: $path"))
                $read = Read-WuTrustInputFile -Path $path -Kind Snapshot -MaxBytes $script:WuMaxSnapshotBytes
                if ($null -ne $read.ErrorRecord) {
                    $PSCmdlet.WriteError($read.ErrorRecord)
                    continue
                }
                $PSCmdlet.WriteVerbose("Snapshot file '$path': $($read.Text.Length) characters read")
                $sources += @{ Json = $read.Text; Context = "Snapshot file '$path'"; Source = $path; Target = $path }
            }
        }
        foreach ($source in $sources) {
            $command = 'diagnose'
            $request = $source.Json
            if ($SetupLogMaxAgeDays -ne 30) {
                $command = 'diagnoseWith'
                $request = '{"options":{"logMaxAgeDays":' + $SetupLogMaxAgeDays + '},"snapshot":' + $source.Json + "`n}"
            }
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $call = @{ Command = $command; RequestJson = $request; Context = $source.Context; Target = $source.Target; Raw = $AsJson }
            $engine = Invoke-WuTrustEngineSafe @call
            if ($null -ne $engine.ErrorRecord) {
                # One record per file, naming it; the next file and the caller's next statement still run (D4).
                $PSCmdlet.WriteError($engine.ErrorRecord)
                continue
            }
            $result = $engine.Result
            $PSCmdlet.WriteVerbose("$($source.Context): engine '$command' took $($clock.ElapsedMilliseconds) ms")
            if ($AsJson) {
                # The report, with where it came from and which WuTrust made it (D18).
                if ($null -eq $versions) {
                    # The same for every line of this call: built once.
                    $versions = ',"tool":{"name":"WuTrust","version":' + (ConvertTo-WuJsonString -Text (Get-WuTrustModuleVersion)) + '}' +
                    ',"engineVersion":' + (ConvertTo-WuJsonString -Text (Get-WuTrustEngineVersion))
                }
                '{"source":' + (ConvertTo-WuJsonString -Text $source.Source) + $versions + ',' + $result.Substring(1)
            } else {
                ConvertTo-WuTrustReport -Result $result -Source $source.Source
            }
        }
    }
    end {
        if ($fileNumber -gt 0) {
            $done = [System.Management.Automation.ProgressRecord]::new(1, 'Get-WuTrustStatus', 'Done')
            $done.RecordType = [System.Management.Automation.ProgressRecordType]::Completed
            $PSCmdlet.WriteProgress($done)
        }
    }
}
