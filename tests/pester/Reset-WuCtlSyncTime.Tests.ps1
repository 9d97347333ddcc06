# Reset-WuCtlSyncTime (admin-trial D6: a malformed or future sync value gets a backup-safe command)
# with the registry value wrappers mocked: the mock keeps the value the way the registry would.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    function Set-SyncValueMock {
        param([AllowNull()][string]$Hex, [string]$Type = 'REG_BINARY', [switch]$IgnoreRemove)
        $script:Stored = if ($Hex) { [ordered]@{ status = 'Ok'; type = $Type; hex = $Hex } } else { $null }
        $script:IgnoreRemove = [bool]$IgnoreRemove
        $script:Writes = New-Object System.Collections.Generic.List[object]
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuUtcNow { [datetime]::new(2026, 11, 20, 10, 0, 0, [System.DateTimeKind]::Utc) }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact {
            $value = if ($null -eq $script:Stored) { [ordered]@{ status = 'NotFound' } } else { $script:Stored }
            $values = [ordered]@{}; $values[[string]$ExpectedValue[0]] = $value
            [ordered]@{ status = 'Ok'; values = $values }
        }
        Mock -ModuleName WuTrust Write-WuRegistryValue {
            $backups = @(Get-ChildItem -LiteralPath $script:BackupDir -Filter '*.json' -ErrorAction SilentlyContinue).Count
            $write = [pscustomobject]@{ Op = 'Write'; Hive = $Hive; SubKey = $SubKey; Name = $Name; Type = $Type; Hex = $Hex }
            $write | Add-Member -NotePropertyName BackupsOnDisk -NotePropertyValue $backups
            $script:Writes.Add($write)
            $script:Stored = [ordered]@{ status = 'Ok'; type = $Type; hex = $Hex }
        }
        Mock -ModuleName WuTrust Remove-WuRegistryValue {
            $backups = @(Get-ChildItem -LiteralPath $script:BackupDir -Filter '*.json' -ErrorAction SilentlyContinue).Count
            $script:Writes.Add([pscustomobject]@{ Op = 'Remove'; Hive = $Hive; SubKey = $SubKey; Name = $Name; BackupsOnDisk = $backups })
            if (-not $script:IgnoreRemove) { $script:Stored = $null }
        }
    }
}

Describe 'Reset-WuCtlSyncTime' {
    BeforeEach {
        $script:BackupDir = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $null = New-Item -ItemType Directory -Path $script:BackupDir
    }

    It 'changes nothing with -WhatIf' {
        Set-SyncValueMock -Hex '00D4E1F6E85BDF01'
        Reset-WuCtlSyncTime -Name DisallowedCertLastSyncTime -WhatIf -BackupPath $script:BackupDir
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath $script:BackupDir).Count | Should -Be 0
        $script:Stored.hex | Should -Be '00D4E1F6E85BDF01'
    }

    It 'removes a future-dated value from HKU\.DEFAULT after a backup, and verifies' {
        Set-SyncValueMock -Hex '00D4E1F6E85BDF01'
        $result = Reset-WuCtlSyncTime -Name DisallowedCertLastSyncTime -Hive DEFAULT -Confirm:$false -BackupPath $script:BackupDir
        $script:Writes.Count | Should -Be 1
        $script:Writes[0].Op | Should -Be 'Remove'
        $script:Writes[0].Hive | Should -Be 'Users'
        $script:Writes[0].SubKey | Should -Be '.DEFAULT\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
        $script:Writes[0].BackupsOnDisk | Should -Be 1
        $result.Action | Should -Be 'ResetCtlSyncTime'
        $result.Verified | Should -BeTrue
        $result.Before | Should -Be 'REG_BINARY 00D4E1F6E85BDF01'
        $result.After | Should -Be 'absent'
        $backup = Get-Content -Raw -LiteralPath $result.BackupPath | ConvertFrom-Json
        $backup.items[0].name | Should -Be 'DisallowedCertLastSyncTime'
        $backup.items[0].hex | Should -Be '00D4E1F6E85BDF01'
    }

    It 'puts the value back when the removal does not verify' {
        Set-SyncValueMock -Hex '00D4E1F6E85BDF01' -IgnoreRemove
        $err = $null
        try { Reset-WuCtlSyncTime -Name DisallowedCertLastSyncTime -Confirm:$false -BackupPath $script:BackupDir } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.VerificationFailed*'
        $script:Stored.hex | Should -Be '00D4E1F6E85BDF01'
    }

    It 'refuses -SetNow without -Force, and says why' {
        Set-SyncValueMock -Hex '0010B6BE5573DD01'
        { Reset-WuCtlSyncTime -Name DisallowedCertLastSyncTime -SetNow -Confirm:$false -BackupPath $script:BackupDir } |
            Should -Throw -ExpectedMessage '*treat the cached CTL as fresh*-Force*'
        $script:Writes.Count | Should -Be 0
    }

    It 'writes the current time with -SetNow -Force, warning what it does' {
        Set-SyncValueMock -Hex '0010B6BE5573DD01'
        $call = @{ Name = 'DisallowedCertLastSyncTime'; SetNow = $true; Force = $true; Confirm = $false; BackupPath = $script:BackupDir }
        $result = Reset-WuCtlSyncTime @call -WarningVariable warned 3>$null
        $script:Writes[0].Op | Should -Be 'Write'
        $script:Writes[0].Type | Should -Be 'REG_BINARY'
        $ticks = [datetime]::new(2026, 11, 20, 10, 0, 0, [System.DateTimeKind]::Utc).ToFileTimeUtc()
        $expected = -join ([System.BitConverter]::GetBytes($ticks) | ForEach-Object { $_.ToString('X2') })
        $script:Writes[0].Hex | Should -Be $expected
        $result.Verified | Should -BeTrue
        "$warned" | Should -BeLike '*treat the cached CTL as fresh*'
    }

    It 'refuses -SetNow for an interval' {
        Set-SyncValueMock -Hex '100E0000' -Type 'REG_DWORD'
        { Reset-WuCtlSyncTime -Name SyncDeltaTime -SetNow -Force -Confirm:$false } | Should -Throw -ExpectedMessage '*interval*'
    }

    It 'needs no elevation for HKCU, but does for HKLM' {
        Set-SyncValueMock -Hex '00D4E1F6E85BDF01'
        Mock -ModuleName WuTrust Test-WuElevation { $false }
        { Reset-WuCtlSyncTime -Name LastSyncTime -Confirm:$false -BackupPath $script:BackupDir } | Should -Throw -ExpectedMessage '*elevated*'
        $result = Reset-WuCtlSyncTime -Name LastSyncTime -Hive HKCU -Confirm:$false -BackupPath $script:BackupDir
        $result.Verified | Should -BeTrue
        $script:Writes[0].Hive | Should -Be 'CurrentUser'
    }

    It 'restores its backup through Restore-WuTrustBackup (a value WuTrust manages)' {
        Set-SyncValueMock -Hex '00D4E1F6E85BDF01'
        $result = Reset-WuCtlSyncTime -Name DisallowedCertLastSyncTime -Confirm:$false -BackupPath $script:BackupDir
        $pre = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $null = New-Item -ItemType Directory -Path $pre
        $back = Restore-WuTrustBackup -Path $result.BackupPath -BackupPath $pre -Confirm:$false
        $back.Verified | Should -BeTrue
        $script:Stored.hex | Should -Be '00D4E1F6E85BDF01'
    }
}
