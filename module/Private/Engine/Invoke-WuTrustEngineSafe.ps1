function Invoke-WuTrustEngineSafe {
    <#
    .SYNOPSIS
    Calls the engine and returns @{ Result; ErrorRecord }, never throwing (see Invoke-WuTrustEngineCore).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$RequestJson,
        [string]$Context,
        [object]$Target,
        # Return the result as the engine's JSON text instead of objects.
        [switch]$Raw
    )
    $called = Invoke-WuTrustEngineCore -Command $Command -RequestJson $RequestJson -Context $Context -Target $Target
    if ($null -ne $called.ErrorRecord) { return @{ Result = $null; ErrorRecord = $called.ErrorRecord } }
    Resolve-WuTrustEngineResponse -ResponseText $called.Text -Command $Command -Context $Context -Target $Target -Raw:$Raw
}
