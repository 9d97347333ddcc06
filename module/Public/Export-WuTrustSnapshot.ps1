function Export-WuTrustSnapshot {
    <#
    .SYNOPSIS
    Collects this machine's certificate-trust facts into a snapshot file.

    .DESCRIPTION
    Export-WuTrustSnapshot collects the same facts as Get-WuTrustStatus (AuthRoot AutoUpdate values
    in HKLM and HKCU with their registry types and raw bytes, the AuthRoot policies, the CryptSvc,
    wuauserv, BITS and UsoSvc services, the OS and PowerShell versions, elevation, and the
    collection time in UTC) and writes them as a JSON document (schemaVersion 1). The snapshot
    holds raw facts, not conclusions, so it can be diagnosed later or elsewhere with
    Get-WuTrustStatus -Snapshot, on any operating system, by any later WuTrust version.

    Every fact holds its value or says why it has none (NotFound, AccessDenied,
    NotSupportedOnThisOS, Malformed). The encoded CTLs are recorded by size only.

    The file is written as UTF-8 without a byte order mark. An existing file is not overwritten
    unless -Force is given. Nothing on the machine is changed.

    .PARAMETER Path
    The file to write, for example .\PC042.json or \\server\share\wutrust\PC042.json.

    .PARAMETER SkipNetwork
    Makes no network traffic: the endpoint probes and DNS questions of the network family are not
    made (its checks are listed in ChecksNotRun, reason "skipped"); the proxy settings are still
    read from the registry.

    .PARAMETER TimeoutSeconds
    The time each endpoint probe and DNS question may take (default 5). They run concurrently, so
    the network stage takes about one timeout however many endpoints hang.

    .PARAMETER ConvertUpdateLog
    Windows 10 and later keep the update log as ETW traces; without a text WindowsUpdate.log (one
    Get-WindowsUpdateLog wrote to your desktop) the update-log check is not run. With this switch
    Get-WindowsUpdateLog first writes it to a temporary file (this can take a minute or more), which
    is read and deleted.

    .PARAMETER Redact
    Hashes what identifies the machine and its people before the file is written: the computer
    name, account and domain names, user SIDs (the RID is kept, so 500 still reads as the
    built-in Administrator) and profile folders; the same name always becomes the same token, so
    redacted snapshots of one fleet still join. For snapshots sent outside the organisation.
    Registry data kept as hex (proxy and CTL settings) is not rewritten.

    .PARAMETER RedactKey
    A secret mixed into the hashes (implies -Redact): without it, anyone can test a guessed name
    against a token.

    .PARAMETER Force
    Overwrite the file if it exists.

    .PARAMETER PassThru
    Return the written file (System.IO.FileInfo).

    .EXAMPLE
    Export-WuTrustSnapshot -Path "$env:TEMP\$env:COMPUTERNAME-wutrust.json"

    Writes this machine's snapshot to the temp folder.

    .EXAMPLE
    Invoke-Command -ComputerName PC042 -ScriptBlock { Export-WuTrustSnapshot -Path C:\Windows\Temp\wutrust.json -Force -PassThru }

    Takes a snapshot on a remote machine.

    .EXAMPLE
    Export-WuTrustSnapshot -Path .\before.json -WhatIf

    Shows what would be written without writing it.

    .INPUTS
    None

    .OUTPUTS
    None, or System.IO.FileInfo with -PassThru

    .NOTES
    Needs Windows. Run it in the context whose HKCU matters (for Windows Update, SYSTEM), elevated
    where possible, so that no key is left unread.

    .LINK
    Get-WuTrustStatus

    .LINK
    about_WuTrust
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string]$Path,

        [switch]$SkipNetwork,

        [ValidateRange(1, 300)]
        [int]$TimeoutSeconds = 5,

        [switch]$ConvertUpdateLog,

        [switch]$Redact,

        [string]$RedactKey,

        [switch]$Force,

        [switch]$PassThru
    )
    $message = 'Export-WuTrustSnapshot collects facts from the Windows registry and services, so it needs Windows. Run it on ' +
        'the machine to diagnose and copy the file here.'
    Assert-WuLiveCollection -Caller $PSCmdlet -Message $message -Target $Path
    $fullPath = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path)
    if ((Test-Path -LiteralPath $fullPath -PathType Leaf) -and -not $Force) {
        $record = @{
            Message      = "The file '$fullPath' already exists. Use -Force to overwrite it, or choose another -Path."
            ErrorId      = 'WuTrust.SnapshotFileExists'
            Category     = 'ResourceExists'
            TargetObject = $fullPath
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $parent = Split-Path -Path $fullPath -Parent
    if ($parent -and -not (Test-Path -LiteralPath $parent -PathType Container)) {
        $record = @{
            Message      = "The folder '$parent' does not exist; create it first or choose another -Path."
            ErrorId      = 'WuTrust.SnapshotFolderMissing'
            Category     = 'ObjectNotFound'
            TargetObject = $parent
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    if (-not $PSCmdlet.ShouldProcess($fullPath, 'Write WuTrust snapshot')) {
        return
    }
    $collect = @{ SkipNetwork = [bool]$SkipNetwork; TimeoutSeconds = $TimeoutSeconds; Cmdlet = $PSCmdlet }
    $collect.ConvertUpdateLog = [bool]$ConvertUpdateLog
    $json = ConvertTo-WuTrustSnapshotJson -Snapshot (New-WuTrustSnapshot -Options $collect)
    if ($Redact -or $PSBoundParameters.ContainsKey('RedactKey')) {
        $request = '{"snapshot":' + $json + ',"key":' + (ConvertTo-WuJsonString -Text ([string]$RedactKey)) + '}'
        $json = (Invoke-WuTrustEngine -Command 'redactSnapshot' -RequestJson $request -Context 'The collected snapshot').text
    }
    Write-WuTrustTextFile -Path $fullPath -Text $json
    if ($PassThru) {
        Get-Item -LiteralPath $fullPath
    }
}
