# Repair-WuAutoUpdateAcl with the registry ACL wrappers mocked: the mock keeps the key's SDDL in a
# variable, the way Windows would after a write.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    function Set-RepairMock {
        param([string]$Current, [string]$StoredAfterWrite, [switch]$DenyWrite)
        $script:KeySddl = $Current
        $script:Original = $Current
        $script:StoredAfterWrite = $StoredAfterWrite
        $script:DenyWrite = [bool]$DenyWrite
        $script:Writes = New-Object System.Collections.Generic.List[object]
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl {
            if ($SubKey -like '*\AutoUpdate') { [ordered]@{ path = "HKLM\$SubKey"; status = 'Ok'; sddl = $script:KeySddl } }
            else { [ordered]@{ path = "HKLM\$SubKey"; status = 'Ok'; sddl = $script:Parent } }
        }
        Mock -ModuleName WuTrust Set-WuRegistryKeySddl {
            $backups = @(Get-ChildItem -LiteralPath $script:BackupDir -Filter '*.json' -ErrorAction SilentlyContinue).Count
            $script:Writes.Add([pscustomobject]@{ Sddl = $Sddl; BackupsOnDisk = $backups })
            if ($script:DenyWrite) { throw [System.UnauthorizedAccessException]::new('Attempted to perform an unauthorized operation.') }
            if ($Sddl -ne $script:Original -and $script:StoredAfterWrite) {
                $script:KeySddl = $script:StoredAfterWrite
            } else {
                $script:KeySddl = $Sddl
            }
        }
    }
}


Describe 'Repair-WuAutoUpdateAcl' {
    BeforeEach {
        $script:BackupDir = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $null = New-Item -ItemType Directory -Path $script:BackupDir
    }

    It 'refuses without elevation, before reading or writing anything' {
        Set-RepairMock -Current $script:Broken
        Mock -ModuleName WuTrust Test-WuElevation { $false }
        $err = $null
        try { Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.NotElevated*'
        $err.Exception.Message | Should -BeLike '*Run as administrator*'
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 0 -Exactly
        $script:Writes.Count | Should -Be 0
    }

    It 'refuses off Windows' {
        Set-RepairMock -Current $script:Broken
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        { Repair-WuAutoUpdateAcl -Confirm:$false } | Should -Throw -ExpectedMessage '*needs Windows*'
    }

    It 'changes nothing with -WhatIf: no backup, no write' {
        Set-RepairMock -Current $script:Broken
        $out = Repair-WuAutoUpdateAcl -WhatIf -BackupPath $script:BackupDir
        $out | Should -BeNullOrEmpty
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath $script:BackupDir).Count | Should -Be 0
        $script:KeySddl | Should -Be $script:Broken
    }

    It 'writes the backup before the change, then verifies (seed 000, Auto -> Inherit)' {
        Set-RepairMock -Current $script:Broken
        $result = Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir
        $script:Writes.Count | Should -Be 1
        $script:Writes[0].BackupsOnDisk | Should -Be 1 -Because 'the backup must exist before the first write'
        $result.PSObject.TypeNames | Should -Contain 'WuTrust.RepairResult'
        $result.Strategy | Should -Be 'Inherit'
        $result.Changed | Should -BeTrue
        $result.Verified | Should -BeTrue
        $result.Before | Should -Be $script:Broken
        $result.CryptSvcBefore | Should -Be '0x00020019'
        $result.CryptSvcAfter | Should -Be '0x000F003F'
        $backup = Get-Content -Raw -LiteralPath $result.BackupPath | ConvertFrom-Json
        $backup.kind | Should -Be 'WuTrust.Backup'
        $backup.items[0].sddl | Should -Be $script:Broken
        $backup.items[0].path | Should -Be 'HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
        $backup.moduleVersion | Should -Be ([string](Get-Module WuTrust).Version)
        $backup.computerName | Should -Be ([System.Environment]::MachineName)
    }

    It 'rolls back and fails loudly when verification fails' {
        Set-RepairMock -Current $script:Broken -StoredAfterWrite $script:Broken
        $err = $null
        try { Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.VerificationFailed*'
        $expected = '*did not verify: CryptSvc has 0x00020019, still missing*previous state was put back (rollback verified)*'
        $err.Exception.Message | Should -BeLike $expected
        $script:Writes.Count | Should -Be 2
        $script:Writes[1].Sddl | Should -Be $script:Broken
        $script:KeySddl | Should -Be $script:Broken
    }

    It 'is a no-op on a healthy key, and says so' {
        Set-RepairMock -Current $script:Healthy
        $result = Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir
        $result.Changed | Should -BeFalse
        $result.Message | Should -BeLike '*nothing to repair*'
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath $script:BackupDir).Count | Should -Be 0
    }

    It 'changes nothing on a second run' {
        Set-RepairMock -Current $script:Broken
        $first = Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir
        $second = Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir
        $first.Changed | Should -BeTrue
        $second.Changed | Should -BeFalse
        $script:Writes.Count | Should -Be 1
    }

    It 'adds the CryptSvc entry with -Strategy Grant' {
        Set-RepairMock -Current $script:Broken
        $result = Repair-WuAutoUpdateAcl -Strategy Grant -Confirm:$false -BackupPath $script:BackupDir
        $result.Strategy | Should -Be 'Grant'
        $script:Writes[0].Sddl | Should -Be "O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)(A;CI;KA;;;$script:CS)"
    }

    It 'explains a missing WRITE_DAC and leaves the key as it was' {
        Set-RepairMock -Current $script:Broken -DenyWrite
        $err = $null
        try { Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.NoWriteDac*'
        $err.CategoryInfo.Category | Should -Be 'PermissionDenied'
        $err.Exception.Message | Should -BeLike '*WRITE_DAC*take ownership*SYSTEM*'
        $script:KeySddl | Should -Be $script:Broken
    }

    It 'refuses when no plan would be enough (a deny entry), and writes nothing' {
        Set-RepairMock -Current "O:SYG:SYD:AI(D;;KW;;;SU)(A;OICIID;GA;;;$script:CS)"
        { Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir } | Should -Throw -ExpectedMessage '*deny entries*Nothing was changed*'
        $script:Writes.Count | Should -Be 0
    }

    It 'writes nothing when the backup cannot be written' {
        Set-RepairMock -Current $script:Broken
        $existing = Join-Path $script:BackupDir 'taken.json'
        Set-Content -LiteralPath $existing -Value 'x'
        $err = $null
        try { Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $existing } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.BackupFailed*'
        $err.Exception.Message | Should -BeLike '*never overwrites a backup*'
        $script:Writes.Count | Should -Be 0
    }

    It 'says so when the key does not exist' {
        Set-RepairMock -Current $script:Broken
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl { [ordered]@{ path = 'x'; status = 'NotFound' } }
        { Repair-WuAutoUpdateAcl -Confirm:$false } | Should -Throw -ExpectedMessage '*does not exist*Nothing was changed*'
    }

    It 'waits, bounded, for the sync time to advance with -Resync' {
        Set-RepairMock -Current $script:Broken
        $script:Reads = 0
        Mock -ModuleName WuTrust Invoke-WuCtlResyncTrigger { 0 }
        Mock -ModuleName WuTrust Wait-WuTrustInterval { }
        Mock -ModuleName WuTrust Get-WuUtcNow { [datetime]::new(2026, 11, 25, 12, 0, 0, [System.DateTimeKind]::Utc) }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact {
            $script:Reads++
            # 2026-11-18T12:00:00Z before the trigger; 2026-11-25T11:59:00Z from the third read on.
            $utc = [System.DateTimeKind]::Utc
            $ticks = if ($script:Reads -lt 3) {
                [datetime]::new(2026, 11, 18, 12, 0, 0, $utc).ToFileTimeUtc()
            } else {
                [datetime]::new(2026, 11, 25, 11, 59, 0, $utc).ToFileTimeUtc()
            }
            $hex = ([System.BitConverter]::GetBytes($ticks) | ForEach-Object { $_.ToString('X2') }) -join ''
            $value = [ordered]@{ status = 'Ok'; type = 'REG_BINARY'; hex = $hex }
            [ordered]@{ status = 'Ok'; values = [ordered]@{ DisallowedCertLastSyncTime = $value } }
        }
        $result = Repair-WuAutoUpdateAcl -Confirm:$false -BackupPath $script:BackupDir -Resync -ResyncTimeoutSeconds 30
        $result.Resync.Outcome | Should -Be 'Advanced'
        $result.Resync.Before | Should -Be '2026-11-18T12:00:00.0000000Z'
        $result.Resync.After | Should -Be '2026-11-25T11:59:00.0000000Z'
        # D16: it proves the value advanced; who wrote it is unknown (the trigger ran in this session).
        $result.Resync.Writer | Should -Be 'Unknown'
        $result.Resync.Note | Should -BeLike '*advanced (writer unknown)*does not prove that CryptSvc itself can write*'
        $result.Resync.Note | Should -Not -BeLike '*CryptSvc recorded a sync*'
        Should -Invoke -ModuleName WuTrust Invoke-WuCtlResyncTrigger -Times 1 -Exactly
    }

    It 'reports NotAdvanced when the sync time does not move within the timeout' {
        Set-RepairMock -Current $script:Healthy
        Mock -ModuleName WuTrust Invoke-WuCtlResyncTrigger { 0 }
        Mock -ModuleName WuTrust Wait-WuTrustInterval { }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact {
            $value = [ordered]@{ status = 'Ok'; type = 'REG_BINARY'; hex = '00A8685B5356D901' }
            [ordered]@{ status = 'Ok'; values = [ordered]@{ DisallowedCertLastSyncTime = $value } }
        }
        $result = Repair-WuAutoUpdateAcl -Confirm:$false -Resync -ResyncTimeoutSeconds 12
        $result.Resync.Outcome | Should -Be 'NotAdvanced'
        $result.Resync.WaitedSeconds | Should -Be 12
        Should -Invoke -ModuleName WuTrust Wait-WuTrustInterval -Times 3 -Exactly
    }

    It 'is a High-impact command that supports -WhatIf and -Confirm' {
        $command = Get-Command Repair-WuAutoUpdateAcl
        $command.Parameters.Keys | Should -Contain 'WhatIf'
        $command.Parameters.Keys | Should -Contain 'Confirm'
        $binding = $command.ScriptBlock.Attributes | Where-Object { $_ -is [System.Management.Automation.CmdletBindingAttribute] }
        $binding.ConfirmImpact | Should -Be 'High'
    }
}
