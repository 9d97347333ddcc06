function New-WuTrustSnapshot {
    <#
    .SYNOPSIS
    Collects the facts of this machine into a snapshot (an ordered dictionary ready for JSON):
    the envelope, then each family's sections from its builder in the family list.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        # Collection options for the builders that take them (the network family's: SkipNetwork, TimeoutSeconds, ...).
        [hashtable]$Options = @{}
    )
    $collectedAt = (Get-WuUtcNow).ToUniversalTime()
    $os = Get-WuOsVersionInfo
    $elevated = $null
    try { $elevated = [bool](Test-WuElevation) } catch { $elevated = $null }
    $account = $null
    try { $account = Get-WuCollectingAccount } catch { $account = $null }
    $snapshot = [ordered]@{
        schemaVersion = $script:WuSnapshotSchemaVersion
        tool          = [ordered]@{ name = 'WuTrust'; version = (Get-WuTrustModuleVersion) }
        collectedAt   = $collectedAt.ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
        machine       = [ordered]@{
            computerName  = [System.Environment]::MachineName
            osVersion     = $os.osVersion
            osBuild       = $os.osBuild
            osProductName = $os.osProductName
            psEdition     = [string]$PSVersionTable.PSEdition
            psVersion     = $PSVersionTable.PSVersion.ToString()
            isElevated    = $elevated
            collectedBy   = $account
        }
    }
    foreach ($family in $script:WuTrustFamilies) {
        Write-Verbose "Collecting the facts of the $($family.Id) family ($($family.SectionBuilder))"
        $builder = $family.SectionBuilder
        $sections = if ((Get-Command -Name $builder).Parameters.ContainsKey('Options')) { & $builder -Options $Options } else { & $builder }
        foreach ($name in $sections.Keys) {
            $snapshot[$name] = $sections[$name]
        }
    }
    $snapshot
}
