function ConvertTo-WuTrustSnapshotJson {
    <#
    .SYNOPSIS
    A snapshot as JSON text.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][System.Collections.IDictionary]$Snapshot,
        [switch]$Compress
    )
    ConvertTo-Json -InputObject $Snapshot -Depth 12 -Compress:$Compress
}
