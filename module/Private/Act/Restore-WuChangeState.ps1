function Restore-WuChangeState {
    <#
    .SYNOPSIS
    Puts an item back as it was before a change and says whether that is verified: "rollback
    verified", or "rollback NOT verified - restore it with Restore-WuTrustBackup". Never throws.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][hashtable]$Adapter,
        [Parameter(Mandatory = $true)][object]$Current,
        # Write the previous state even when the item reads back unchanged.
        [switch]$Force
    )
    $notVerified = 'rollback NOT verified - restore it with Restore-WuTrustBackup'
    try {
        if (-not $Force -and (Test-WuSameItem -Expected $Current -Actual (& $Adapter.Read $Adapter))) { return 'rollback verified' }
        & $Adapter.Write $Adapter $Current
        if (Test-WuSameItem -Expected $Current -Actual (& $Adapter.Read $Adapter)) { return 'rollback verified' }
        return $notVerified
    } catch {
        return $notVerified
    }
}
