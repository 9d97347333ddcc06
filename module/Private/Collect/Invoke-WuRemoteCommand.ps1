function Invoke-WuRemoteCommand {
    <#
    .SYNOPSIS
    Invoke-Command with the given parameters; each answer as it arrives, then each target's error
    (unreachable, access denied) as an ErrorRecord in the output, so the caller can make a record
    of it. The one call to remoting, for Pester to mock.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][hashtable]$Invoke)
    $remoteErrors = $null
    Invoke-Command @Invoke -ErrorAction SilentlyContinue -ErrorVariable remoteErrors
    foreach ($e in @($remoteErrors)) { if ($null -ne $e) { $e } }
}
