function Invoke-WuWinTrustChange {
    <#
    .SYNOPSIS
    Set-WinTrustState's act step for one hive: the engine plans, Invoke-WuChange applies (backup,
    REG_DWORD write, the engine's verdict on the value read back, verified rollback).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][System.Collections.IDictionary]$Target,
        # The change, as planWinTrustState takes it (default | value | options, force).
        [Parameter(Mandatory = $true)][System.Collections.IDictionary]$Change,
        [string]$BackupPath
    )
    $path = "$($Target.path)\State"
    $adapter = Get-WuChangeAdapter -Type RegistryValue -Hive $Target.hive -SubKey $Target.subKey -Name 'State'
    try {
        $before = Get-WuRegistryValueItem -Hive $Target.hive -SubKey $Target.subKey -Name 'State' -Path $Target.path
    } catch {
        $Caller.ThrowTerminatingError($_)
    }
    $request = [ordered]@{ currentFact = $before.Fact }
    foreach ($k in $Change.Keys) { $request[$k] = $Change[$k] }
    $planJson = ConvertTo-Json -Compress -Depth 5 -InputObject $request
    $plan = Invoke-WuTrustEngine -Command 'planWinTrustState' -RequestJson $planJson -Context 'Set-WinTrustState'
    if (-not $plan.allowed) {
        $record = @{
            Message      = "$path`: $($plan.refusal) Nothing was changed."
            ErrorId      = 'WuTrust.WeakeningNeedsForce'
            Category     = 'SecurityError'
            TargetObject = $path
        }
        $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $beforeText = if ($null -ne $plan.beforeHex) {
        [string]$plan.beforeHex
    } elseif ($before.Item.existed) {
        "malformed $($before.Item.valueType) $($before.Item.hex)"
    } else {
        'absent'
    }
    $verify = {
        param($Item)
        $fact = if ($null -eq $Item) {
            $null
        } elseif ($Item.existed) {
            [ordered]@{ status = 'Ok'; type = $Item.valueType; hex = $Item.hex }
        } else {
            [ordered]@{ status = 'NotFound' }
        }
        $check = [ordered]@{ after = [double]$plan.after; fact = $fact }
        Invoke-WuTrustEngine -Command 'verifyWinTrustState' -RequestJson (ConvertTo-Json -Compress -Depth 5 -InputObject $check)
    }
    if ((& $verify $before.Item).verified) {
        $unchanged = @{
            Action   = 'SetWinTrustState'
            KeyPath  = $path
            Changed  = $false
            Verified = $true
            Before   = $beforeText
            After    = $beforeText
            Message  = "$path is already $($plan.afterHex); nothing changed."
        }
        return (New-WuTrustChangeResult @unchanged)
    }
    $changes = @($plan.changes | ForEach-Object { "$($_.bit) $($_.label)" }) -join '; '
    if ($plan.requiresForce) {
        $weakening = @($plan.weakening | ForEach-Object { $_.text }) -join ' '
        $Caller.WriteWarning("With -Force, this weakens signature checking for $($Target.scope): $weakening")
    }
    $desired = [ordered]@{
        type      = 'RegistryValue'
        hive      = $Target.hive
        subKey    = $Target.subKey
        path      = $Target.path
        name      = 'State'
        existed   = $true
        valueType = 'REG_DWORD'
        hex       = (ConvertTo-WuHex -Bytes ([System.BitConverter]::GetBytes([uint32]$plan.after)))
    }
    $apply = @{
        Caller        = $Caller
        Adapter       = $adapter
        Current       = $before.Item
        Desired       = $desired
        Verdict       = $verify
        Target        = $path
        Operation     = "Set State from $beforeText to $($plan.afterHex) (REG_DWORD): $changes"
        Action        = 'SetWinTrustState'
        Strategy      = [string]$Target.scope
        BackupName    = "WinTrustState-$($Target.scope)"
        BackupReason  = "Set-WinTrustState $($Target.scope) $($plan.afterHex)"
        BackupPath    = $BackupPath
        DeniedMessage = "This session may not write $path (access denied). Another account's hive needs an elevated session."
        Extra         = @{ Before = $beforeText; After = [string]$plan.afterHex; Message = "Set $path to $($plan.afterHex): $changes" }
    }
    Invoke-WuChange @apply
}
