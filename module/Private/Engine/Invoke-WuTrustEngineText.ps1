function Invoke-WuTrustEngineText {
    <#
    .SYNOPSIS
    Calls the engine's entry point and returns its response text unchanged; an engine failure (a
    Jint limit) becomes a terminating ErrorRecord.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$RequestJson,
        # Names what the request came from (a file), for error messages.
        [string]$Context,
        [object]$Target
    )
    $called = Invoke-WuTrustEngineCore -Command $Command -RequestJson $RequestJson -Context $Context -Target $Target
    if ($null -ne $called.ErrorRecord) { throw $called.ErrorRecord }
    $called.Text
}
