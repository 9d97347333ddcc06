function ConvertTo-WuCollectionResult {
    <#
    .SYNOPSIS
    One target's record: its answer (the snapshot text written to the folder as <target>.json) or
    the reason it has none: NeedsWindows, ModuleMissing, Unreachable, AccessDenied or Error.
    #>
    [CmdletBinding()]
    [OutputType('WuTrust.CollectionResult')]
    param(
        [Parameter(Mandatory = $true)]$Answer,
        [Parameter(Mandatory = $true)][string]$Folder
    )
    if ($Answer -is [System.Management.Automation.ErrorRecord]) {
        $name = [string]$Answer.TargetObject
        $origin = $Answer.PSObject.Properties['OriginInfo']
        if ($null -ne $origin -and $null -ne $origin.Value) { $name = [string]$origin.Value.PSComputerName }
        $transport = $Answer.Exception -as [System.Management.Automation.Remoting.PSRemotingTransportException]
        $kind = if ($null -ne $transport -and $transport.ErrorCode -eq 5) { 'AccessDenied' }
        elseif ($Answer.Exception -is [System.UnauthorizedAccessException]) { 'AccessDenied' }
        elseif ($null -ne $transport) { 'Unreachable' } else { 'Error' }
        if ([string]::IsNullOrEmpty($name)) { $name = '(unknown target)' }
        return [pscustomobject]@{
            PSTypeName = 'WuTrust.CollectionResult'; ComputerName = $name; Status = 'Failed'; Kind = $kind
            Reason = $Answer.Exception.Message; ErrorId = [string]$Answer.FullyQualifiedErrorId; SnapshotPath = $null
        }
    }
    $target = [string]$Answer.PSComputerName
    if ([string]::IsNullOrEmpty($target)) { $target = [string]$Answer.ComputerName }
    if ($Answer.Status -ne 'Collected') {
        $id = [string]$Answer.ErrorId
        $kind = if ($id -like '*NeedsWindows*') { 'NeedsWindows' } elseif ($id -like '*ModuleMissing*') { 'ModuleMissing' } else { 'Error' }
        return [pscustomobject]@{
            PSTypeName = 'WuTrust.CollectionResult'; ComputerName = $target; Status = 'Failed'; Kind = $kind
            Reason = [string]$Answer.Reason; ErrorId = $id; SnapshotPath = $null
        }
    }
    $safe = [regex]::Replace($target, '[^A-Za-z0-9._-]', '_')
    $path = [System.IO.Path]::Combine($Folder, "$safe.json")
    Write-WuTrustTextFile -Path $path -Text ([string]$Answer.Json)
    [pscustomobject]@{
        PSTypeName = 'WuTrust.CollectionResult'; ComputerName = $target; Status = 'Collected'; Kind = 'Collected'
        Reason = $null; ErrorId = $null; SnapshotPath = $path
    }
}
