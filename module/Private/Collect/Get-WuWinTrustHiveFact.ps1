function Get-WuWinTrustHiveFact {
    <#
    .SYNOPSIS
    The Software Publishing key of every hive that matters (SYSTEM, NetworkService, LocalService,
    the current user, each loaded user hive), as snapshot facts.
    #>
    [CmdletBinding()]
    param()
    $sids = @()
    try { $sids = @(Get-WuUserHiveSid) } catch { $sids = @() }
    $current = Get-WuWinTrustTarget -Scope CurrentUser
    try { $current.sid = Get-WuCurrentUserSid } catch { $current.sid = $null }
    $targets = @(Get-WuWinTrustTarget -Scope AllUsers -UserSid $sids) + @($current)
    foreach ($t in $targets) {
        $key = Get-WuRegistryKeyFact -Hive $t.hive -SubKey $t.subKey -ExpectedValue 'State'
        [ordered]@{ scope = $t.scope; sid = $t.sid; path = $t.path; key = $key }
    }
}
