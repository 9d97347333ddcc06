function Invoke-WuTrustEngine {
    <#
    .SYNOPSIS
    Calls the engine: invoke(command, requestJson) -> result. An engine error becomes a terminating ErrorRecord.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$RequestJson,
        # Names what the request came from (a file), for error messages.
        [string]$Context,
        # The error records' TargetObject (the file's path); the command name when absent.
        [object]$Target,
        # Return the result as the engine's JSON text instead of objects.
        [switch]$Raw
    )
    $resolved = Invoke-WuTrustEngineSafe -Command $Command -RequestJson $RequestJson -Context $Context -Target $Target -Raw:$Raw
    if ($null -ne $resolved.ErrorRecord) {
        throw $resolved.ErrorRecord
    }
    $resolved.Result
}
