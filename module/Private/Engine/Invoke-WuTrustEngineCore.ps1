function Invoke-WuTrustEngineCore {
    <#
    .SYNOPSIS
    Calls the engine's entry point; returns @{ Text; ErrorRecord } and never throws. A caller that
    reports per item (Get-WuTrustStatus, per file) writes one error record for a failure: a throw
    through nested functions would add a record to the caller's -ErrorVariable at every level.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$RequestJson,
        # Names what the request came from (a file), for error messages.
        [string]$Context,
        [object]$Target
    )
    Initialize-WuTrustJint
    try {
        $arguments = [object[]]@([string]$Command, [string]$RequestJson)
        return @{ Text = $script:WuTrustJint.Engine.Invoke($script:WuTrustJint.Entry, $arguments).ToString(); ErrorRecord = $null }
    } catch {
        # Jint's own limits (statements, recursion, memory) and host failures end here. The engine
        # is dropped, so the next call starts from a fresh one whatever state the limit left.
        $script:WuTrustJint = $null
        $base = $_.Exception.GetBaseException()
        $limit = switch -Wildcard ($base.GetType().Name) {
            'StatementsCountOverflow*' { 'the statement limit (50,000,000)'; break }
            'MemoryLimitExceeded*' { 'the memory limit (512 MB)'; break }
            'RecursionDepthOverflow*' { 'the recursion limit (512)'; break }
            default { $null }
        }
        $what = if ($Context) { $Context } else { "The request to '$Command'" }
        $message = if ($limit) {
            "$what is more than the WuTrust engine may process: it hit $limit. Nothing was judged for it."
        } else {
            "$what`: the WuTrust engine failed on '$Command': $($base.Message)"
        }
        $record = @{
            Message        = $message
            ErrorId        = 'WuTrust.EngineFailure'
            Category       = 'LimitsExceeded'
            TargetObject   = $(if ($null -ne $Target) { $Target } else { $Command })
            InnerException = $_.Exception
        }
        return @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord @record) }
    }
}
