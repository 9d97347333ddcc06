function Set-WinTrustState {
    <#
    .SYNOPSIS
    Sets the WinTrust Software Publishing State of one hive safely: backup, write, verify, rollback.

    .DESCRIPTION
    Gives administrators SetReg.exe's power without SetReg, for the hive that matters (see
    Get-WinTrustState), and without weakening trust by accident:
      -Default       the Windows default 0x23C00 for every known flag; bits without public meaning kept
      -Value         a raw value, taken as it is
      -Option/-Enabled  one or more of SetReg's ten options by number (1-10) or name, TRUE or FALSE
    The WuTrust engine plans the change and lists every bit that changes. A change that weakens
    signature checking (ignore revocation or expiry, trust test roots, only the personal trust
    database) is refused unless -Force is given, and with -Force a warning says what it does.
    The old value (or its absence) is backed up first, the new value is written as REG_DWORD, read
    back and verified by the engine, and put back when verification fails. Restore-WuTrustBackup
    restores a backup.

    .PARAMETER Scope
    CurrentUser (default), System (HKU\.DEFAULT: Windows Update installs), NetworkService or LocalService.

    .PARAMETER Sid
    The SID of a loaded user hive to change instead of a scope.

    .PARAMETER Default
    Set the Windows default (0x23C00) for every known flag, keeping bits without public meaning.

    .PARAMETER Value
    Set this exact value (for example 0x23C00).

    .PARAMETER Option
    SetReg options to change: numbers 1 to 10 or names such as OfflineRevocationOkCommercial,
    CheckRevocationList (Get-WinTrustState's Options property lists them).

    .PARAMETER Enabled
    With -Option: $true sets the options TRUE (as SetReg shows them), $false sets them FALSE.

    .PARAMETER Force
    Allow a change that weakens signature checking.

    .PARAMETER BackupPath
    Where the backup goes: a file (must not exist) or a folder. Default: %ProgramData%\WuTrust\Backups.

    .EXAMPLE
    Set-WinTrustState -Scope System -Default -WhatIf

    Shows the bits that would change for Windows Update installs, and changes nothing.

    .EXAMPLE
    Set-WinTrustState -Option OfflineRevocationOkCommercial -Enabled $true

    The seed report's fix (setreg 5 TRUE) for the current user, with a backup.

    .EXAMPLE
    Set-WinTrustState -Sid S-1-5-21-1004336348-1177238915-682003330-1001 -Value 0x23C00 -Confirm:$false

    Sets another loaded user's hive (elevated) without prompting.

    .INPUTS
    None

    .OUTPUTS
    WuTrust.RepairResult

    .NOTES
    Needs Windows. Writing another account's hive (System, NetworkService, LocalService, -Sid) needs
    an elevated session; the current user's own hive does not.

    .LINK
    Get-WinTrustState

    .LINK
    Restore-WuTrustBackup
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', DefaultParameterSetName = 'ScopeDefault')]
    [OutputType('WuTrust.RepairResult')]
    param(
        # -Scope and -Sid are in separate parameter sets (D15): a hive is named one way only.
        [Parameter(ParameterSetName = 'ScopeDefault')]
        [Parameter(ParameterSetName = 'ScopeValue')]
        [Parameter(ParameterSetName = 'ScopeOption')]
        [ValidateSet('CurrentUser', 'System', 'NetworkService', 'LocalService')]
        [string]$Scope = 'CurrentUser',

        [Parameter(Mandatory = $true, ParameterSetName = 'SidDefault')]
        [Parameter(Mandatory = $true, ParameterSetName = 'SidValue')]
        [Parameter(Mandatory = $true, ParameterSetName = 'SidOption')]
        [ValidateNotNullOrEmpty()]
        [string]$Sid,

        [Parameter(Mandatory = $true, ParameterSetName = 'ScopeDefault')]
        [Parameter(Mandatory = $true, ParameterSetName = 'SidDefault')]
        [switch]$Default,

        [Parameter(Mandatory = $true, ParameterSetName = 'ScopeValue')]
        [Parameter(Mandatory = $true, ParameterSetName = 'SidValue')]
        [uint32]$Value,

        # SetReg's ten options by name or number (tab completion lists them; anything else is refused).
        [Parameter(Mandatory = $true, ParameterSetName = 'ScopeOption')]
        [Parameter(Mandatory = $true, ParameterSetName = 'SidOption')]
        [ValidateSet('TrustTestRoot', 'UseExpirationDate', 'CheckRevocationList', 'OfflineRevocationOkIndividual',
            'OfflineRevocationOkCommercial', 'JavaOfflineRevocationOkIndividual', 'JavaOfflineRevocationOkCommercial',
            'InvalidateVersion1SignedObjects', 'CheckTimeStampRevocation', 'OnlyTrustPersonalTrustDb',
            '1', '2', '3', '4', '5', '6', '7', '8', '9', '10')]
        [string[]]$Option,

        [Parameter(Mandatory = $true, ParameterSetName = 'ScopeOption')]
        [Parameter(Mandatory = $true, ParameterSetName = 'SidOption')]
        [bool]$Enabled,

        [switch]$Force,

        [string]$BackupPath
    )
    if (-not (Test-WuIsWindows)) {
        $record = @{
            Message      = 'Set-WinTrustState changes the Windows registry, so it needs Windows. ConvertFrom-WinTrustState shows what a ' +
                'value means on any OS.'
            ErrorId      = 'WuTrust.NeedsWindows'
            Category     = 'NotImplemented'
            TargetObject = $Scope
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $what = $PSCmdlet.ParameterSetName -replace '^(Scope|Sid)', ''
    if ($what -eq 'Default' -and -not $Default) {
        $record = @{
            Message      = 'Say what to set: -Default, -Value <number>, or -Option <names> -Enabled <$true|$false>.'
            ErrorId      = 'WuTrust.NothingToSet'
            Category     = 'InvalidArgument'
            TargetObject = $Scope
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    try {
        $target = Get-WuWinTrustTarget -Scope $Scope -Sid $Sid
    } catch {
        $PSCmdlet.ThrowTerminatingError($_)
    }
    if ($target.hive -ne 'CurrentUser' -and -not (Test-WuElevation)) {
        $record = @{
            Message      = "Writing $($target.path) changes another account's settings and needs an elevated session: start PowerShell " +
                "with 'Run as administrator'. Nothing was changed."
            ErrorId      = 'WuTrust.NotElevated'
            Category     = 'PermissionDenied'
            TargetObject = $target.path
        }
        $PSCmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $change = [ordered]@{ force = [bool]$Force }
    switch ($what) {
        'Default' { $change['default'] = $true }
        'Value' { $change['value'] = [double]$Value }
        'Option' {
            $change['options'] = @(foreach ($o in $Option) {
                    $number = 0
                    $name = if ([int]::TryParse($o, [ref]$number)) { $number } else { $o }
                    [ordered]@{ option = $name; enabled = $Enabled }
                })
        }
    }
    Invoke-WuWinTrustChange -Caller $PSCmdlet -Target $target -Change $change -BackupPath $BackupPath
}
