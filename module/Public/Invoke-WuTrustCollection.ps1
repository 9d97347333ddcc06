function Invoke-WuTrustCollection {
    <#
    .SYNOPSIS
    Collects WuTrust snapshots from many computers over PowerShell remoting, brings them back,
    saves them to a folder and, with -Analyze, reports on the fleet.

    .DESCRIPTION
    Fans out with Invoke-Command (WinRM with -ComputerName, or any session you made, SSH
    included, with -Session), -ThrottleLimit targets at a time. On each target the WuTrust module
    installed there collects the snapshot (Export-WuTrustSnapshot), as the remoting account, and
    the snapshot comes back as text.

    The module must be installed on the targets: its collectors are about fifty functions plus
    the Jint engine they check their facts with, and a signed, installed module is what runs
    where script blocks are restricted (AppLocker, Constrained Language, WDAC); shipping copies
    of the collectors in the script block would give a second, unsigned copy of the code to keep
    equal. A target without it is reported as such.

    Every target gives one record: Collected, with the file written, or Failed with the reason
    (unreachable, access denied, the module missing, not Windows: NeedsWindows), never a silent
    gap. With -ExistingSnapshot, each target's snapshot file at that path is brought back instead
    of collecting one (for snapshots Detect-WuTrust.ps1 or a scheduled task already wrote).

    .PARAMETER ComputerName
    Targets to reach with WinRM (Invoke-Command -ComputerName).

    .PARAMETER Session
    Sessions to use (New-PSSession, WinRM or SSH).

    .PARAMETER Credential
    The account for -ComputerName.

    .PARAMETER ThrottleLimit
    How many targets at a time (default 32).

    .PARAMETER OutputFolder
    Where the snapshots are written, as <computer>.json (default: a new folder under TEMP).

    .PARAMETER Analyze
    Also returns the fleet report over the collected snapshots (Get-WuTrustFleetReport).

    .PARAMETER ExistingSnapshot
    A snapshot file's path on the targets to bring back instead of collecting.

    .PARAMETER SkipNetwork
    Collect without endpoint probes.

    .PARAMETER TimeoutSeconds
    Each target's probe timeout (as Export-WuTrustSnapshot).

    .EXAMPLE
    Invoke-WuTrustCollection -ComputerName (Get-Content .\pcs.txt) -OutputFolder \\srv\wutrust -Analyze

    Collects from every computer in the list, saves the snapshots and reports on them.

    .EXAMPLE
    $s = New-PSSession -HostName srv01, srv02 -UserName admin; Invoke-WuTrustCollection -Session $s

    The same over SSH remoting (PowerShell 7).

    .OUTPUTS
    WuTrust.CollectionResult, and WuTrust.FleetReport with -Analyze
    #>
    [CmdletBinding(DefaultParameterSetName = 'ComputerName')]
    [OutputType('WuTrust.CollectionResult', 'WuTrust.FleetReport')]
    param(
        [Parameter(Mandatory = $true, ParameterSetName = 'ComputerName', Position = 0, ValueFromPipeline = $true,
            ValueFromPipelineByPropertyName = $true)]
        [Alias('CN', 'Name')]
        [ValidateNotNullOrEmpty()]
        [string[]]$ComputerName,

        [Parameter(Mandatory = $true, ParameterSetName = 'Session')]
        [ValidateNotNullOrEmpty()]
        [System.Management.Automation.Runspaces.PSSession[]]$Session,

        [Parameter(ParameterSetName = 'ComputerName')]
        [System.Management.Automation.PSCredential]
        [System.Management.Automation.Credential()]
        $Credential = [System.Management.Automation.PSCredential]::Empty,

        [ValidateRange(1, 1024)]
        [int]$ThrottleLimit = 32,

        [ValidateNotNullOrEmpty()]
        [string]$OutputFolder,

        [switch]$Analyze,

        [ValidateNotNullOrEmpty()]
        [string]$ExistingSnapshot,

        [switch]$SkipNetwork,

        [ValidateRange(1, 300)]
        [int]$TimeoutSeconds = 5
    )
    begin {
        $targets = [System.Collections.Generic.List[string]]::new()
        $sessions = [System.Collections.Generic.List[object]]::new()
    }
    process {
        if ($PSCmdlet.ParameterSetName -eq 'Session') { foreach ($s in $Session) { $sessions.Add($s) } }
        else { foreach ($c in $ComputerName) { $targets.Add($c) } }
    }
    end {
        if ($PSBoundParameters.ContainsKey('OutputFolder')) {
            $folder = Resolve-WuExistingFolder -Path $OutputFolder -ParameterName 'OutputFolder' -Cmdlet $PSCmdlet
        } else {
            $folder = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'WuTrust-' + [System.DateTime]::UtcNow.ToString('yyyyMMdd-HHmmss'))
            $null = [System.IO.Directory]::CreateDirectory($folder)
        }
        $options = @{ SkipNetwork = [bool]$SkipNetwork; TimeoutSeconds = $TimeoutSeconds; ExistingSnapshot = $ExistingSnapshot; MaxBytes = 32MB }
        $invoke = @{ ScriptBlock = $script:WuRemoteCollectionScript; ArgumentList = @($options); ThrottleLimit = $ThrottleLimit }
        if ($PSCmdlet.ParameterSetName -eq 'Session') {
            $invoke.Session = $sessions.ToArray()
            $total = $sessions.Count
        } else {
            $invoke.ComputerName = $targets.ToArray()
            if ($PSBoundParameters.ContainsKey('Credential')) { $invoke.Credential = $Credential }
            $total = $targets.Count
        }
        $done = 0
        $seen = @{}
        $records = [System.Collections.Generic.List[object]]::new()
        Invoke-WuRemoteCommand -Invoke $invoke | ForEach-Object {
            $record = ConvertTo-WuCollectionResult -Answer $_ -Folder $folder
            if ($seen.ContainsKey($record.ComputerName)) { return }
            $seen[$record.ComputerName] = $true
            $done++
            $progress = [System.Management.Automation.ProgressRecord]::new(1, 'Invoke-WuTrustCollection', "$done of $total target(s) answered")
            $progress.PercentComplete = [int](100 * [System.Math]::Min($done, $total) / [System.Math]::Max(1, $total))
            $PSCmdlet.WriteProgress($progress)
            $records.Add($record)
        }
        # A target with neither an answer nor an error is still a record, never a gap.
        $expected = if ($PSCmdlet.ParameterSetName -eq 'Session') { @($sessions | ForEach-Object ComputerName) } else { $targets.ToArray() }
        foreach ($name in @($expected | Where-Object { -not $seen.ContainsKey([string]$_) })) {
            $records.Add([pscustomobject]@{
                    PSTypeName = 'WuTrust.CollectionResult'; ComputerName = [string]$name; Status = 'Failed'; Kind = 'Error'
                    Reason = 'The target gave neither a result nor an error.'; ErrorId = 'WuTrust.NoAnswer'; SnapshotPath = $null
                })
        }
        $complete = [System.Management.Automation.ProgressRecord]::new(1, 'Invoke-WuTrustCollection', 'Done')
        $complete.RecordType = [System.Management.Automation.ProgressRecordType]::Completed
        $PSCmdlet.WriteProgress($complete)
        $collected = @($records | Where-Object Status -eq 'Collected').Count
        $PSCmdlet.WriteVerbose("$collected of $($records.Count) target(s) collected into $folder")
        $records.ToArray()
        if ($Analyze) {
            $files = @($records | Where-Object Status -eq 'Collected' | ForEach-Object SnapshotPath)
            if ($files.Count -gt 0) { Get-WuTrustFleetReport -Path $files } else { Get-WuTrustFleetReport -Path $folder }
        }
    }
}
