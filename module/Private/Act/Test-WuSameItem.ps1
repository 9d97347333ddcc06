function Test-WuSameItem {
    <#
    .SYNOPSIS
    True when two backup items hold the same state, as the engine judges it (compareItem): for an
    ACL the protected flag and explicit entries, for a value its presence, type and bytes.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory = $true)][object]$Expected,
        [AllowNull()][object]$Actual
    )
    if ($null -eq $Actual) { return $false }
    $request = ConvertTo-Json -Compress -Depth 5 -InputObject ([ordered]@{ expected = $Expected; actual = $Actual })
    [bool](Invoke-WuTrustEngine -Command 'compareItem' -RequestJson $request).equal
}
