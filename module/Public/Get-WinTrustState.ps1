function Get-WinTrustState {
    <#
    .SYNOPSIS
    Reads and decodes the WinTrust Software Publishing State of the hives that matter for updates.

    .DESCRIPTION
    A process checks signatures with the State value of its own HKEY_CURRENT_USER. So the value
    that matters depends on who installs: Windows Update installs run as LocalSystem, whose HKCU is
    HKU\.DEFAULT (-Scope System); services as NetworkService or LocalService have HKU\S-1-5-20 and
    HKU\S-1-5-19; a .NET setup started by hand reads the user's own hive (-Scope CurrentUser, or
    -Sid for another loaded user). Get-WinTrustState reads the value in each hive asked for and
    decodes it like SetReg.exe (see ConvertFrom-WinTrustState). An absent value is reported as
    absent, with what Windows is taken to do then.

    .PARAMETER Scope
    CurrentUser (default), System (HKU\.DEFAULT), NetworkService, LocalService, or AllUsers (all of
    those and every loaded user hive).

    .PARAMETER Sid
    The SID of a loaded user hive (HKU\<SID>) to read instead of a scope.

    .EXAMPLE
    Get-WinTrustState -Scope System

    The State Windows Update installs use.

    .EXAMPLE
    Get-WinTrustState -Scope AllUsers | Where-Object { $_.BreaksUpdates } | Select-Object Scope, Sid, Hex

    Every hive whose State makes package signature checks fail when revocation is offline.

    .EXAMPLE
    Get-WinTrustState | Select-Object -ExpandProperty SetRegText

    The current user's State as SetReg lists it.

    .INPUTS
    None

    .OUTPUTS
    WuTrust.WinTrustState

    .NOTES
    Needs Windows. Reading other accounts' hives can need an elevated session; a hive that cannot be
    read is reported with Presence Unavailable and the reason.

    .LINK
    Set-WinTrustState

    .LINK
    ConvertFrom-WinTrustState
    #>
    [CmdletBinding(DefaultParameterSetName = 'Scope')]
    [OutputType('WuTrust.WinTrustState')]
    param(
        [Parameter(ParameterSetName = 'Scope')]
        [ValidateSet('CurrentUser', 'System', 'NetworkService', 'LocalService', 'AllUsers')]
        [string]$Scope = 'CurrentUser',

        [Parameter(Mandatory = $true, ParameterSetName = 'Sid')]
        [ValidateNotNullOrEmpty()]
        [string]$Sid
    )
    if (-not (Test-WuIsWindows)) {
        $record = @{
            Message      = 'Get-WinTrustState reads the Windows registry, so it needs Windows. To decode a value from elsewhere, use ' +
                'ConvertFrom-WinTrustState -Value <value>.'
            ErrorId      = 'WuTrust.NeedsWindows'
            Category     = 'NotImplemented'
            TargetObject = $Scope
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $userSids = @()
    if ($Scope -eq 'AllUsers' -and -not $Sid) { $userSids = @(Get-WuUserHiveSid) }
    try {
        $targets = @(Get-WuWinTrustTarget -Scope $Scope -Sid $Sid -UserSid $userSids)
    } catch {
        $PSCmdlet.ThrowTerminatingError($_)
    }
    foreach ($target in $targets) {
        $fact = Get-WuRegistryKeyFact -Hive $target.hive -SubKey $target.subKey -ExpectedValue 'State'
        $valueFact = if ($fact.status -eq 'Ok') {
            $fact.values['State']
        } elseif ($fact.status -eq 'NotFound') {
            [ordered]@{ status = 'NotFound' }
        } else {
            [ordered]@{ status = $fact.status; message = $fact.message }
        }
        $readJson = ConvertTo-Json -Compress -Depth 5 -InputObject @{ fact = $valueFact }
        $reading = Invoke-WuTrustEngine -Command 'readWinTrustState' -RequestJson $readJson
        ConvertTo-WuWinTrustState -Decoded $reading.decoded -Target $target -Presence $reading.presence -Note $reading.note
    }
}
