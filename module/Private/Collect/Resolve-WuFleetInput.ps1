function Resolve-WuFleetInput {
    <#
    .SYNOPSIS
    The snapshot files a fleet report reads: each file given, and the *.json files of each folder
    (its sub-folders too with -Recurse), wildcards expanded; in a stable (ordinal) order.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][string[]]$Path,
        [switch]$Recurse,
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Cmdlet
    )
    foreach ($item in @(Resolve-WuTrustSnapshotPath -Path $Path -Cmdlet $Cmdlet)) {
        $full = $Cmdlet.GetUnresolvedProviderPathFromPSPath($item)
        if ([System.IO.Directory]::Exists($full)) {
            $option = if ($Recurse) { [System.IO.SearchOption]::AllDirectories } else { [System.IO.SearchOption]::TopDirectoryOnly }
            $files = [string[]][System.IO.Directory]::GetFiles($full, '*.json', $option)
            [System.Array]::Sort($files, [System.StringComparer]::Ordinal)
            $files
        } else {
            $full
        }
    }
}
