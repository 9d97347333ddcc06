BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    function New-TestBackup {
        param([string]$Sddl, [string]$ComputerName = [System.Environment]::MachineName, [string]$Path)
        $key = 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
        $item = [ordered]@{ type = 'RegistryAcl'; hive = 'LocalMachine'; subKey = $key; path = "HKLM\$key"; sddl = $Sddl }
        $backup = [ordered]@{
            kind          = 'WuTrust.Backup'
            formatVersion = 1
            computerName  = $ComputerName
            createdAt     = '2026-11-25T10:00:00.0000000Z'
            moduleVersion = '0.1.0'
            reason        = 'test'
            items         = @($item)
        }
        Set-Content -LiteralPath $Path -Value (ConvertTo-Json -InputObject $backup -Depth 5)
        $Path
    }
    $script:BackupHead = '{"kind":"WuTrust.Backup","formatVersion":1,"computerName":"' + [System.Environment]::MachineName + '","items":'
    function Set-RestoreMock {
        param([string]$Current, [switch]$IgnoreWrite)
        $script:KeySddl = $Current
        $script:IgnoreWrite = [bool]$IgnoreWrite
        $script:Writes = New-Object System.Collections.Generic.List[object]
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl { [ordered]@{ path = "HKLM\$SubKey"; status = 'Ok'; sddl = $script:KeySddl } }
        Mock -ModuleName WuTrust Set-WuRegistryKeySddl {
            $backups = @(Get-ChildItem -LiteralPath $script:PreDir -Filter '*.json' -ErrorAction SilentlyContinue).Count
            $script:Writes.Add([pscustomobject]@{ Sddl = $Sddl; BackupsOnDisk = $backups })
            if (-not $script:IgnoreWrite -or $script:Writes.Count -gt 1) { $script:KeySddl = $Sddl }
        }
    }
}


Describe 'Restore-WuTrustBackup' {
    BeforeEach {
        $script:PreDir = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $null = New-Item -ItemType Directory -Path $script:PreDir
        $script:BackupFile = New-TestBackup -Sddl $script:Broken -Path (Join-Path $TestDrive "$([guid]::NewGuid()).json")
    }

    It 'changes nothing with -WhatIf' {
        Set-RestoreMock -Current $script:Healthy
        Restore-WuTrustBackup -Path $script:BackupFile -BackupPath $script:PreDir -WhatIf
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath $script:PreDir).Count | Should -Be 0
        $script:KeySddl | Should -Be $script:Healthy
    }

    It 'backs up the current state first, restores, and verifies' {
        Set-RestoreMock -Current $script:Healthy
        $result = Restore-WuTrustBackup -Path $script:BackupFile -BackupPath $script:PreDir -Confirm:$false
        $script:Writes.Count | Should -Be 1
        $script:Writes[0].Sddl | Should -Be $script:Broken
        $script:Writes[0].BackupsOnDisk | Should -Be 1
        $result.Action | Should -Be 'Restore'
        $result.Changed | Should -BeTrue
        $result.Verified | Should -BeTrue
        (Get-Content -Raw -LiteralPath $result.BackupPath | ConvertFrom-Json).items[0].sddl | Should -Be $script:Healthy
    }

    It 'puts the previous state back when the restore does not verify' {
        Set-RestoreMock -Current $script:Healthy -IgnoreWrite
        $err = $null
        try { Restore-WuTrustBackup -Path $script:BackupFile -BackupPath $script:PreDir -Confirm:$false } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.VerificationFailed*'
        $script:Writes.Count | Should -Be 2
        $script:Writes[1].Sddl | Should -Be $script:Healthy
    }

    It 'does nothing when the key already matches the backup' {
        Set-RestoreMock -Current $script:Broken
        $result = Restore-WuTrustBackup -Path $script:BackupFile -Confirm:$false
        $result.Changed | Should -BeFalse
        $script:Writes.Count | Should -Be 0
    }

    It 'refuses a backup from another computer unless -AllowOtherComputer is given' {
        Set-RestoreMock -Current $script:Healthy
        $other = New-TestBackup -Sddl $script:Broken -ComputerName 'SOMEWHERE-ELSE' -Path (Join-Path $TestDrive 'other.json')
        { Restore-WuTrustBackup -Path $other -Confirm:$false } | Should -Throw -ExpectedMessage '*SOMEWHERE-ELSE*-AllowOtherComputer*'
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath $script:PreDir).Count | Should -Be 0
        $result = Restore-WuTrustBackup -Path $other -AllowOtherComputer -BackupPath $script:PreDir -Confirm:$false
        $result.Changed | Should -BeTrue
    }

    It 'refuses a backup that names a key WuTrust does not manage (a Run key), before any write' {
        Set-RestoreMock -Current $script:Healthy
        Mock -ModuleName WuTrust Write-WuRegistryValue { $script:Writes.Add($Name) }
        $run = 'SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
        $state = '{"type":"RegistryValue","hive":"Users","subKey":".DEFAULT\\Software\\Microsoft\\Windows\\CurrentVersion\\WinTrust' +
        '\\Trust Providers\\Software Publishing","name":"State","existed":true,"valueType":"REG_DWORD","hex":"003C0200"}'
        $evil = '{"type":"RegistryValue","hive":"LocalMachine","subKey":"' + $run.Replace('\', '\\') +
        '","name":"Updater","existed":true,"valueType":"REG_SZ","hex":"630061006C0063000000"}'
        $file = Join-Path $TestDrive 'run.json'
        $text = $script:BackupHead + '[' + $state + ',' + $evil + ']}'
        Set-Content -LiteralPath $file -Value $text
        $err = $null
        try { Restore-WuTrustBackup -Path $file -BackupPath $script:PreDir -Confirm:$false } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.Engine.RestoreRefused*'
        $err.CategoryInfo.Category | Should -Be 'SecurityError'
        $expected = "*items``[1``] (RegistryValue HKLM\$run\Updater) is not something WuTrust manages*Nothing was changed*"
        $err.Exception.Message | Should -BeLike $expected
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath $script:PreDir).Count | Should -Be 0
    }

    It 'refuses an ACL item on a key other than the AuthRoot keys CryptSvc writes' {
        Set-RestoreMock -Current $script:Healthy
        $file = Join-Path $TestDrive 'acl.json'
        $item = '{"type":"RegistryAcl","hive":"LocalMachine","subKey":"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon",' +
        '"sddl":"D:(A;;KA;;;WD)"}'
        Set-Content -LiteralPath $file -Value ($script:BackupHead + '[' + $item + ']}')
        { Restore-WuTrustBackup -Path $file -Confirm:$false } | Should -Throw -ExpectedMessage '*items`[0`]*Winlogon*sets an ACL only on*AuthRoot*'
        $script:Writes.Count | Should -Be 0
    }

    It 'checks the backup file before the operating system (D14)' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        $missing = Join-Path $TestDrive 'nope.json'
        { Restore-WuTrustBackup -Path $missing -WhatIf } | Should -Throw -ExpectedMessage '*Backup file*nope.json*not found*'
        $err = $null
        try { Restore-WuTrustBackup -Path $script:BackupFile -WhatIf } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.NeedsWindows*'
        $err.Exception.Message | Should -BeLike '*backup file was checked and is valid*'
        $err.Exception.Message | Should -Not -BeLike '*Test-WuAutoUpdateAcl*'
    }

    # A backup file as far as its items, and the items of the cases below.
    $head = '{"kind":"WuTrust.Backup","formatVersion":1,"computerName":"x","items":'
    $aclHead = '{"kind":"WuTrust.Backup","formatVersion":1,"computerName":"' + [System.Environment]::MachineName + '","items":'
    $valueItem = '{"type":"RegistryValue","hive":"Users","subKey":"x","name":"State"'
    It 'names the file and the problem for a bad backup: <Case>' -ForEach @(
        @{ Case = 'not JSON'; Text = '{ nope'; Expected = '*not valid JSON*' }
        @{
            Case     = 'wrong kind'
            Text     = '{"kind":"Other","formatVersion":1,"items":[]}'
            Expected = '*kind: expected "WuTrust.Backup" (this is not a WuTrust backup)*'
        }
        @{
            Case     = 'no computer'
            Text     = '{"kind":"WuTrust.Backup","formatVersion":1,"items":[{"type":"RegistryAcl","hive":"LocalMachine","subKey":"x","sddl":"D:"}]}'
            Expected = '*computerName: expected the computer the backup was taken on, got nothing*'
        }
        @{
            Case     = 'item without type'
            Text     = $head + '[{}]}'
            Expected = '*items`[0`].type: expected an item whose "type" is RegistryAcl or RegistryValue, got nothing*'
        }
        @{
            Case     = 'item not an object'
            Text     = $head + '[42]}'
            Expected = '*items`[0`]: expected an item whose "type" is RegistryAcl or RegistryValue, got 42*'
        }
        @{
            Case     = 'value item without existed'
            Text     = $head + '[' + $valueItem + '}]}'
            Expected = '*items`[0`].existed: expected "existed" as true or false, got nothing*'
        }
        @{
            Case     = 'value item with bad hex'
            Text     = $head + '[' + $valueItem + ',"existed":true,"valueType":"REG_DWORD","hex":"XYZ"}]}'
            Expected = '*items`[0`].hex: expected hex digits (0-9, A-F) only, got "XYZ"*'
        }
        @{ Case = 'newer format'; Text = '{"kind":"WuTrust.Backup","formatVersion":9,"items":[]}'; Expected = '*formatVersion: expected 1 or lower*' }
        @{ Case = 'no items'; Text = $head + '[]}'; Expected = '*items: expected at least one item*' }
        @{
            Case     = 'item without sddl'
            Text     = $head + '[{"type":"RegistryAcl","hive":"LocalMachine","subKey":"x"}]}'
            Expected = '*items`[0`].sddl: expected an SDDL string, got nothing*'
        }
        @{
            Case     = 'unknown hive'
            Text     = $head + '[{"type":"RegistryAcl","hive":"HKXX","subKey":"x","sddl":"D:"}]}'
            Expected = '*items`[0`].hive: expected one of LocalMachine, CurrentUser, Users, got "HKXX"*'
        }
        @{
            Case     = 'garbage SDDL'
            Text     = $aclHead + '[{"type":"RegistryAcl","hive":"LocalMachine","subKey":"x","sddl":"D:(A;;"}]}'
            Expected = '*Malformed SDDL*'
        }
    ) {
        Set-RestoreMock -Current $script:Healthy
        $file = Join-Path $TestDrive "bad-$([guid]::NewGuid()).json"
        Set-Content -LiteralPath $file -Value $Text
        { Restore-WuTrustBackup -Path $file -Confirm:$false } | Should -Throw -ExpectedMessage $Expected
        $script:Writes.Count | Should -Be 0
    }

    It 'names a missing backup file' {
        Set-RestoreMock -Current $script:Healthy
        $missing = Join-Path $TestDrive 'missing.json'
        { Restore-WuTrustBackup -Path $missing -Confirm:$false } | Should -Throw -ExpectedMessage '*Backup file*missing.json*not found*'
    }

    It 'creates the default backup folder with an ACL only Administrators and SYSTEM can write' {
        Set-RestoreMock -Current $script:Healthy
        $script:ProgramData = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $null = New-Item -ItemType Directory -Path $script:ProgramData
        $script:Created = New-Object System.Collections.Generic.List[string]
        Mock -ModuleName WuTrust New-WuSecureFolder { $null = New-Item -ItemType Directory -Path $Path; $script:Created.Add($Path) }
        Mock -ModuleName WuTrust Get-WuFolderSddl { 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)' }
        $saved = $env:ProgramData
        try {
            $env:ProgramData = $script:ProgramData
            $result = Restore-WuTrustBackup -Path $script:BackupFile -Confirm:$false
        } finally { $env:ProgramData = $saved }
        $script:Created | Should -Be @((Join-Path $script:ProgramData 'WuTrust'), (Join-Path $script:ProgramData 'WuTrust/Backups'))
        Should -Invoke -ModuleName WuTrust Get-WuFolderSddl -Times 2 -Exactly
        $result.BackupPath | Should -BeLike (Join-Path $script:ProgramData 'WuTrust/Backups/*')
        $result.Verified | Should -BeTrue
    }

    It 'refuses an existing backup folder that users may write or a user owns: <Case>' -ForEach @(
        @{
            Case     = 'Users may write'
            Sddl     = 'O:BAG:SYD:AI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICIID;0x1301bf;;;BU)'
            Expected = '*S-1-5-32-545 may write*'
        }
        @{
            Case     = 'a user owns it'
            Sddl     = 'O:S-1-5-21-1-2-3-1001G:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)'
            Expected = '*owned by S-1-5-21-1-2-3-1001*'
        }
        @{ Case = 'no DACL'; Sddl = 'O:BAG:SYD:NO_ACCESS_CONTROL'; Expected = '*no DACL*' }
    ) {
        Set-RestoreMock -Current $script:Healthy
        $root = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $null = New-Item -ItemType Directory -Path (Join-Path $root 'WuTrust/Backups')
        $script:FolderSddl = $Sddl
        Mock -ModuleName WuTrust Get-WuFolderSddl { $script:FolderSddl }
        Mock -ModuleName WuTrust New-WuSecureFolder { throw 'must not create' }
        $saved = $env:ProgramData
        try {
            $env:ProgramData = $root
            { Restore-WuTrustBackup -Path $script:BackupFile -Confirm:$false } | Should -Throw -ExpectedMessage "*cannot be trusted*$Expected"
        } finally { $env:ProgramData = $saved }
        $script:Writes.Count | Should -Be 0
        @(Get-ChildItem -LiteralPath (Join-Path $root 'WuTrust/Backups')).Count | Should -Be 0
    }

    It 'refuses without elevation' {
        Set-RestoreMock -Current $script:Healthy
        Mock -ModuleName WuTrust Test-WuElevation { $false }
        { Restore-WuTrustBackup -Path $script:BackupFile -Confirm:$false } | Should -Throw -ExpectedMessage '*elevated*'
        $script:Writes.Count | Should -Be 0
    }
}
