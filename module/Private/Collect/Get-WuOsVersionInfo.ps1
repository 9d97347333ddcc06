function Get-WuOsVersionInfo {
    <#
    .SYNOPSIS
    OS version and build from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion (one registry read).
    #>
    [CmdletBinding()]
    param()
    $fact = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey 'SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    $result = @{ osVersion = [System.Environment]::OSVersion.Version.ToString(); osBuild = $null; osProductName = $null }
    if ($fact.status -eq 'Ok') {
        if ($fact.values.Contains('CurrentBuildNumber') -and $fact.values['CurrentBuildNumber'].Contains('text')) {
            $build = 0
            if ([int]::TryParse($fact.values['CurrentBuildNumber']['text'], [ref]$build)) {
                $result.osBuild = $build
            }
        }
        if ($fact.values.Contains('ProductName') -and $fact.values['ProductName'].Contains('text')) {
            $result.osProductName = $fact.values['ProductName']['text']
        }
    }
    $result
}
