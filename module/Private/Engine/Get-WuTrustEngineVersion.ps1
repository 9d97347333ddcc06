function Get-WuTrustEngineVersion {
    <#
    .SYNOPSIS
    The engine bundle's version (engineInfo), asked once per session.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    if ($null -eq $script:WuEngineVersion) {
        $script:WuEngineVersion = [string](Invoke-WuTrustEngine -Command 'engineInfo' -RequestJson '{}').engineVersion
    }
    $script:WuEngineVersion
}
