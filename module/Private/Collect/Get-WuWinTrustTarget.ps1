function Get-WuWinTrustTarget {
    <#
    .SYNOPSIS
    The hives a scope or SID means, from the engine (winTrustTargets; FACTS.md 1.2): SYSTEM is
    HKU\.DEFAULT, NetworkService HKU\S-1-5-20, LocalService HKU\S-1-5-19, a user HKU\<SID>,
    CurrentUser HKCU; AllUsers is all of them. A -Sid that is not a SID is an engine error.
    #>
    [CmdletBinding()]
    param(
        [ValidateSet('CurrentUser', 'System', 'NetworkService', 'LocalService', 'AllUsers')][string]$Scope = 'CurrentUser',
        [string]$Sid,
        # Sub key names under HKEY_USERS; the engine keeps the loaded user hives (S-1-5-21-...).
        [string[]]$UserSid = @()
    )
    $request = [ordered]@{ scope = $Scope; sid = $(if ($Sid) { $Sid } else { $null }); userSids = @($UserSid) }
    $result = Invoke-WuTrustEngine -Command 'winTrustTargets' -RequestJson (ConvertTo-Json -Compress -InputObject $request)
    foreach ($t in @($result.targets)) {
        [ordered]@{ scope = [string]$t.scope; sid = $t.sid; hive = [string]$t.hive; subKey = [string]$t.subKey; path = [string]$t.path }
    }
}
