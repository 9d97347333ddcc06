function Invoke-WuTrustEngineText {
    <#
    .SYNOPSIS
    Calls the engine's entry point and returns its response text unchanged.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$RequestJson
    )
    Initialize-WuTrustJint
    try {
        $arguments = [object[]]@([string]$Command, [string]$RequestJson)
        return $script:WuTrustJint.Engine.Invoke($script:WuTrustJint.Entry, $arguments).ToString()
    } catch {
        # Jint's own limits (time, statements, recursion, memory) and host failures end here.
        $message = "The WuTrust engine failed on '$Command': $($_.Exception.GetBaseException().Message)"
        $record = @{
            Message        = $message
            ErrorId        = 'WuTrust.EngineFailure'
            Category       = 'LimitsExceeded'
            TargetObject   = $Command
            InnerException = $_.Exception
        }
        throw (New-WuTrustErrorRecord @record)
    }
}
