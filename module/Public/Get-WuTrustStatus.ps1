function Get-WuTrustStatus {
    <#
    .SYNOPSIS
    Diagnoses why Windows Update fails on certificate trust, from this machine or from a saved snapshot.

    .DESCRIPTION
    Get-WuTrustStatus collects the facts WuTrust needs (the AuthRoot AutoUpdate registry values in
    HKLM and HKCU, the AuthRoot policies, the CryptSvc, wuauserv, BITS and UsoSvc services) and
    hands them to the WuTrust engine, which judges them the way Windows does. For example, the
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
    One or more snapshot files written by Export-WuTrustSnapshot. Accepts pipeline input by
    property name (FullName), so Get-ChildItem *.json | Get-WuTrustStatus works. Each file that
    cannot be read, is not JSON, or has a newer schemaVersion gives an error naming the file; the
    other files are still processed.

    .PARAMETER AsJson
    Return the engine's report as one JSON string per machine instead of objects: for logging,
    fleet collection, or tools that do not speak PowerShell.

    .EXAMPLE
    Get-WuTrustStatus

    Diagnoses this machine (Windows). The default view shows the status, a summary and the findings.

    .EXAMPLE
    Get-WuTrustStatus -Snapshot .\PC042.json | Select-Object -ExpandProperty Findings | Format-List

    Diagnoses a snapshot taken on another machine and shows every finding in full.

    .EXAMPLE
    Get-ChildItem -Path \\server\wutrust\*.json | Get-WuTrustStatus | Where-Object { -not $_.Healthy } | Select-Object ComputerName, Status, Summary

    Lists the machines of a fleet whose snapshots show a problem.

    .EXAMPLE
    $report = Get-WuTrustStatus; if ($report.Healthy) { exit 0 } else { Write-Output $report.Summary; exit 1 }

    An Intune detection script: exit code 1 and a one-line summary when anything is wrong.

    .INPUTS
    System.String (snapshot paths, by property name FullName)

    .OUTPUTS
    WuTrust.Report, or System.String with -AsJson

    .NOTES
    Read-only. Live collection reads HKLM and HKCU values and queries Win32_Service; it runs
    without elevation, but some keys may then be unreadable, which shows as checks not run.

    .LINK
    Export-WuTrustSnapshot

    .LINK
    about_WuTrust
    #>
    [CmdletBinding(DefaultParameterSetName = 'Live')]
    [OutputType('WuTrust.Report', [string])]
    param(
        [Parameter(Mandatory = $true, ParameterSetName = 'Snapshot', ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName')]
        [ValidateNotNullOrEmpty()]
        [string[]]$Snapshot,

        [switch]$AsJson
    )
    process {
        $sources = @()
        if ($PSCmdlet.ParameterSetName -eq 'Live') {
            if (-not (Test-WuIsWindows)) {
                $record = @{
                    Message      = 'Live collection needs Windows. On this system, diagnose a snapshot taken on the Windows machine: ' +
                        'Get-WuTrustStatus -Snapshot <file>, with the file from Export-WuTrustSnapshot.'
                    ErrorId      = 'WuTrust.LiveCollectionNeedsWindows'
                    Category     = 'NotImplemented'
                    TargetObject = $null
                }
                $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
            }
            $json = ConvertTo-WuTrustSnapshotJson -Snapshot (New-WuTrustSnapshot) -Compress
            $sources += @{ Json = $json; Context = 'Live collection'; Source = 'Live' }
        } else {
            foreach ($path in $Snapshot) {
                $read = Read-WuTrustInputFile -Path $path -Kind Snapshot
                if ($null -ne $read.ErrorRecord) {
                    $PSCmdlet.WriteError($read.ErrorRecord)
                    continue
                }
                $sources += @{ Json = $read.Text; Context = "Snapshot file '$path'"; Source = $path }
            }
        }
        foreach ($source in $sources) {
            try {
                $result = Invoke-WuTrustEngine -Command 'diagnose' -RequestJson $source.Json -Context $source.Context -Raw:$AsJson
            } catch {
                $PSCmdlet.WriteError($_)
                continue
            }
            if ($AsJson) {
                $result
            } else {
                ConvertTo-WuTrustReport -Result $result -Source $source.Source
            }
        }
    }
}
