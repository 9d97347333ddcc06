function Test-WuIsWindows {
    <#
    .SYNOPSIS
    True on Windows (always on Windows PowerShell 5.1).
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param()
    if ($PSVersionTable.PSEdition -ne 'Core') {
        return $true
    }
    return [bool](Get-Variable -Name 'IsWindows' -ValueOnly -ErrorAction SilentlyContinue)
}
