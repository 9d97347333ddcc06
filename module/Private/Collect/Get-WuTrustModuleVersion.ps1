function Get-WuTrustModuleVersion {
    <#
    .SYNOPSIS
    The module's version from its manifest.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    [string]$ExecutionContext.SessionState.Module.Version
}
