function Resolve-WuTrustSnapshotPath {
    <#
    .SYNOPSIS
    The snapshot paths a caller gave, wildcards expanded (admin-trial D12). A path naming an
    existing file is taken as it is (a name may hold [ ]); a pattern that matches nothing gives a
    non-terminating error naming it; a plain path that does not exist is passed on, so the reader
    reports it as not found.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string[]]$Path,
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Cmdlet
    )
    foreach ($item in $Path) {
        $literal = $Cmdlet.GetUnresolvedProviderPathFromPSPath($item)
        if ([System.IO.File]::Exists($literal) -or -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($item)) {
            $item
            continue
        }
        $provider = $null
        try {
            $matched = @($Cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath($item, [ref]$provider))
        } catch {
            $matched = @()
        }
        if ($matched.Count -eq 0) {
            $record = @{
                Message      = "No snapshot file matches '$item'."
                ErrorId      = 'WuTrust.SnapshotNotFound'
                Category     = 'ObjectNotFound'
                TargetObject = $item
            }
            $Cmdlet.WriteError((New-WuTrustErrorRecord @record))
            continue
        }
        $sorted = [string[]]$matched
        [System.Array]::Sort($sorted, [System.StringComparer]::Ordinal)
        $sorted
    }
}
