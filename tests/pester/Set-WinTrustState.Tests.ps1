# Set-WinTrustState with the registry value wrappers mocked: the mock keeps each value in a table,
# the way the registry would.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    function Set-ValueMock {
        param([AllowNull()][string]$Hex, [string]$Type = 'REG_DWORD', [switch]$IgnoreWrite, [switch]$DenyWrite)
        $script:Stored = if ($Hex) { [ordered]@{ status = 'Ok'; type = $Type; hex = $Hex } } else { $null }
        $script:Original = $script:Stored
        $script:IgnoreWrite = [bool]$IgnoreWrite
        $script:DenyWrite = [bool]$DenyWrite
        $script:Writes = New-Object System.Collections.Generic.List[object]
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact {
            if ($null -eq $script:Stored) { return [ordered]@{ status = 'Ok'; values = [ordered]@{ State = [ordered]@{ status = 'NotFound' } } } }
            [ordered]@{ status = 'Ok'; values = [ordered]@{ State = $script:Stored } }
        }
        Mock -ModuleName WuTrust Write-WuRegistryValue {
            $backups = @(Get-ChildItem -LiteralPath $script:BackupDir -Filter '*.json' -ErrorAction SilentlyContinue).Count
            $script:Writes.Add([pscustomobject]@{ Op = 'Write'; Hive = $Hive; SubKey = $SubKey; Type = $Type; Hex = $Hex; BackupsOnDisk = $backups })
            if ($script:DenyWrite) { throw [System.UnauthorizedAccessException]::new('Access to the registry key is denied.') }
            if (-not $script:IgnoreWrite -or $script:Writes.Count -gt 1) { $script:Stored = [ordered]@{ status = 'Ok'; type = $Type; hex = $Hex } }
        }
        Mock -ModuleName WuTrust Remove-WuRegistryValue {
            $script:Writes.Add([pscustomobject]@{ Op = 'Remove'; Hive = $Hive; SubKey = $SubKey })
            $script:Stored = $null
        }
    }
}

Describe 'Set-WinTrustState' {
    BeforeEach {
        $script:BackupDir = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $null = New-Item -ItemType Directory -Path $script:BackupDir
    }

    It 'sets the default on SYSTEM: backup first, REG_DWORD write, verified; unknown bits kept' {
        Set-ValueMock -Hex 'C9000000'
        $result = Set-WinTrustState -Scope System -Default -Confirm:$false -BackupPath $script:BackupDir
        $script:Writes.Count | Should -Be 1
        $script:Writes[0].BackupsOnDisk | Should -Be 1
        $script:Writes[0].Hive | Should -Be 'Users'
        $script:Writes[0].SubKey | Should -BeLike '.DEFAULT\Software\Microsoft\Windows\CurrentVersion\WinTrust\Trust Providers\Software Publishing'
        $script:Writes[0].Type | Should -Be 'REG_DWORD'
        $script:Writes[0].Hex | Should -Be '493C0200'
        $result.Before | Should -Be '0xC9'
        $result.After | Should -Be '0x23C49'
        $result.Verified | Should -BeTrue
        $backup = Get-Content -Raw -LiteralPath $result.BackupPath | ConvertFrom-Json
        $backup.items[0].type | Should -Be 'RegistryValue'
        $backup.items[0].hex | Should -Be 'C9000000'
        $backup.items[0].existed | Should -BeTrue
    }

    It 'changes nothing with -WhatIf' {
        Set-ValueMock -Hex 'C9000000'
        Set-WinTrustState -Scope System -Default -WhatIf -BackupPath $script:BackupDir
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath $script:BackupDir).Count | Should -Be 0
        $script:Stored.hex | Should -Be 'C9000000'
    }

    It 'refuses a weakening change without -Force, and writes nothing' {
        Set-ValueMock -Hex '003C0200'
        $err = $null
        try { Set-WinTrustState -Option CheckRevocationList -Enabled $false -Confirm:$false -BackupPath $script:BackupDir } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.WeakeningNeedsForce*'
        $err.Exception.Message | Should -BeLike '*Revocation is not checked*-Force*'
        $script:Writes.Count | Should -Be 0
    }

    It 'does a weakening change with -Force and warns what it does' {
        Set-ValueMock -Hex '003C0200'
        $warnings = $null
        $quiet = @{ WarningVariable = 'warnings'; WarningAction = 'SilentlyContinue' }
        $result = Set-WinTrustState -Option 3 -Enabled $false -Force -Confirm:$false -BackupPath $script:BackupDir @quiet
        $result.After | Should -Be '0x23E00'
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike '*weakens signature checking*'
    }

    It 'applies the seed 002 fix by option name' {
        Set-ValueMock -Hex 'C9000000'
        $result = Set-WinTrustState -Option OfflineRevocationOkCommercial -Enabled $true -Confirm:$false -BackupPath $script:BackupDir
        $result.After | Should -Be '0x8C9'
    }

    It 'backs up, writes, verifies - in that order - and rolls back on a mismatch' {
        Set-ValueMock -Hex 'C9000000' -IgnoreWrite
        $err = $null
        try { Set-WinTrustState -Default -Confirm:$false -BackupPath $script:BackupDir } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.VerificationFailed*'
        $err.Exception.Message | Should -BeLike '*rollback verified*'
        $script:Writes.Count | Should -Be 2
        $script:Writes[0].BackupsOnDisk | Should -Be 1
        $script:Writes[1].Hex | Should -Be 'C9000000'
        $script:Stored.hex | Should -Be 'C9000000'
    }

    It 'rolls back an absent value by deleting it' {
        Set-ValueMock -Hex $null -IgnoreWrite
        Mock -ModuleName WuTrust Write-WuRegistryValue {
            $script:Writes.Add([pscustomobject]@{ Op = 'Write'; Hex = $Hex })
            $script:Stored = [ordered]@{ status = 'Ok'; type = 'REG_SZ'; hex = '3000' }
        }
        $expected = '*did not verify: expected 0x23C00 as REG_DWORD, read malformed*rollback verified*'
        { Set-WinTrustState -Default -Confirm:$false -BackupPath $script:BackupDir } | Should -Throw -ExpectedMessage $expected
        $script:Writes[-1].Op | Should -Be 'Remove'
        $script:Stored | Should -BeNullOrEmpty
    }

    It 'is a no-op when the value is already what was asked' {
        Set-ValueMock -Hex '003C0200'
        $result = Set-WinTrustState -Default -Confirm:$false -BackupPath $script:BackupDir
        $result.Changed | Should -BeFalse
        $script:Writes.Count | Should -Be 0
    }

    It 'rewrites a 4-byte REG_BINARY as REG_DWORD even when the value stays' {
        Set-ValueMock -Hex '003C0200' -Type 'REG_BINARY'
        $result = Set-WinTrustState -Default -Confirm:$false -BackupPath $script:BackupDir
        $result.Changed | Should -BeTrue
        $script:Writes[0].Type | Should -Be 'REG_DWORD'
    }

    It "refuses to write another account's hive without elevation, clearly" {
        Set-ValueMock -Hex 'C9000000'
        Mock -ModuleName WuTrust Test-WuElevation { $false }
        $err = $null
        try { Set-WinTrustState -Scope System -Default -Confirm:$false } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.NotElevated*'
        $err.Exception.Message | Should -BeLike "*another account's settings*elevated*"
        $script:Writes.Count | Should -Be 0
    }

    It "writes the current user's own hive without elevation" {
        Set-ValueMock -Hex 'C9000000'
        Mock -ModuleName WuTrust Test-WuElevation { $false }
        $result = Set-WinTrustState -Scope CurrentUser -Default -Confirm:$false -BackupPath $script:BackupDir
        $result.Changed | Should -BeTrue
        $script:Writes[0].Hive | Should -Be 'CurrentUser'
    }

    It 'writes a user hive by SID' {
        Set-ValueMock -Hex 'C9000000'
        $null = Set-WinTrustState -Sid 'S-1-5-21-1-2-3-1001' -Value 0x23C00 -Confirm:$false -BackupPath $script:BackupDir
        $script:Writes[0].SubKey | Should -BeLike 'S-1-5-21-1-2-3-1001\Software\*'
    }

    It 'explains access denied on the write' {
        Set-ValueMock -Hex 'C9000000' -DenyWrite
        { Set-WinTrustState -Default -Confirm:$false -BackupPath $script:BackupDir } | Should -Throw -ExpectedMessage '*access denied*'
    }

    It 'names an unknown option' {
        Set-ValueMock -Hex 'C9000000'
        $expected = '*"MakeItWork" does not belong to the set*OfflineRevocationOkCommercial*'
        { Set-WinTrustState -Option MakeItWork -Enabled $true -Confirm:$false } | Should -Throw -ExpectedMessage $expected
        $script:Writes.Count | Should -Be 0
    }

    It 'is restored by Restore-WuTrustBackup' {
        Set-ValueMock -Hex 'C9000000'
        $result = Set-WinTrustState -Default -Confirm:$false -BackupPath $script:BackupDir
        $restore = Restore-WuTrustBackup -Path $result.BackupPath -BackupPath $script:BackupDir -Confirm:$false
        $restore.Changed | Should -BeTrue
        $script:Stored.hex | Should -Be 'C9000000'
        $restore.Before | Should -Be 'REG_DWORD 493C0200'
    }

    It 'D15: puts -Scope and -Sid in separate parameter sets' {
        Set-ValueMock -Hex 'C9000000'
        $call = { Set-WinTrustState -Scope System -Sid 'S-1-5-21-1-2-3-1001' -Default -WhatIf }
        $call | Should -Throw -ErrorId 'AmbiguousParameterSet,Set-WinTrustState'
        $script:Writes.Count | Should -Be 0
        $sets = (Get-Command Set-WinTrustState).ParameterSets
        @($sets | Where-Object { $_.Parameters.Name -contains 'Scope' -and $_.Parameters.Name -contains 'Sid' }).Count | Should -Be 0
    }

    It 'D12: validates -Option names and offers exactly the engine''s ten options (and 1 to 10) for completion' {
        Set-ValueMock -Hex 'C9000000'
        $call = { Set-WinTrustState -Option NoSuchOption -Enabled $true -WhatIf }
        $call | Should -Throw -ErrorId 'ParameterArgumentValidationError,Set-WinTrustState'
        $valid = (Get-Command Set-WinTrustState).Parameters['Option'].Attributes |
            Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | ForEach-Object ValidValues
        $engineNames = (ConvertFrom-WinTrustState -Value 0).Options.Name
        @($engineNames).Count | Should -Be 10
        $valid | Should -Be (@($engineNames) + @(1..10 | ForEach-Object { "$_" }))
        $line = 'Set-WinTrustState -Option OfflineRev'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain 'OfflineRevocationOkCommercial'
    }
}
