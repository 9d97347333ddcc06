# Integration tests that need real Windows: tagged Windows, excluded by build.ps1 elsewhere and
# skipped when run by hand off Windows.
BeforeDiscovery {
    $onWindows = ($PSVersionTable.PSEdition -ne 'Core') -or [bool](Get-Variable -Name IsWindows -ValueOnly -ErrorAction SilentlyContinue)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'On Windows' -Tag 'Windows' -Skip:(-not $onWindows) {
    It 'diagnoses this machine live and names every check that could not run' {
        $report = Get-WuTrustStatus
        $report.Source | Should -Be 'Live'
        ($report.ChecksRun.Count + $report.ChecksNotRun.Count) | Should -BeGreaterThan 0
        $report.Status | Should -BeIn @('Healthy', 'Unhealthy', 'Incomplete')
    }

    It 'exports a snapshot that diagnoses to the same findings' {
        $file = Join-Path $TestDrive 'live.json'
        Export-WuTrustSnapshot -Path $file
        $fromFile = Get-WuTrustStatus -Snapshot $file
        $fromFile.ComputerName | Should -Be $env:COMPUTERNAME
        (Get-Content -Raw $file | ConvertFrom-Json).ctl.autoUpdate.HKLM.status | Should -Be 'Ok'
    }

    It 'reads raw registry bytes from a scratch key under HKCU' {
        $path = 'HKCU:\Software\WuTrustPesterScratch'
        try {
            New-Item -Path $path -Force | Out-Null
            $filetime = [byte[]](0x00, 0xA8, 0x68, 0x5B, 0x53, 0x56, 0xD9, 0x01)
            New-ItemProperty -Path $path -Name 'DisallowedCertLastSyncTime' -PropertyType Binary -Value $filetime | Out-Null
            New-ItemProperty -Path $path -Name 'DisallowedCertSyncDeltaTime' -PropertyType DWord -Value 3600 | Out-Null
            New-ItemProperty -Path $path -Name 'RootDirUrl' -PropertyType String -Value 'http://x' | Out-Null
            InModuleScope WuTrust {
                $fact = Get-WuRegistryKeyFact -Hive CurrentUser -SubKey 'Software\WuTrustPesterScratch' -ExpectedValue 'Missing'
                $fact.status | Should -Be 'Ok'
                $fact.values.DisallowedCertLastSyncTime.hex | Should -Be '00A8685B5356D901'
                $fact.values.DisallowedCertSyncDeltaTime.type | Should -Be 'REG_DWORD'
                $fact.values.DisallowedCertSyncDeltaTime.hex | Should -Be '100E0000'
                $fact.values.RootDirUrl.text | Should -Be 'http://x'
                $fact.values.Missing.status | Should -Be 'NotFound'
            }
        } finally {
            Remove-Item -Path $path -Recurse -Force -ErrorAction SilentlyContinue
        }
    }

    It 'reports a missing key as NotFound' {
        InModuleScope WuTrust {
            (Get-WuRegistryKeyFact -Hive CurrentUser -SubKey 'Software\WuTrustDoesNotExist\Nope').status | Should -Be 'NotFound'
        }
    }

    It 'reads CryptSvc from Win32_Service' {
        InModuleScope WuTrust {
            $facts = Get-WuServiceFact -Name 'CryptSvc'
            $facts.CryptSvc.status | Should -Be 'Ok'
            $facts.CryptSvc.account | Should -Not -BeNullOrEmpty
        }
    }

    It 'loads Jint under Windows PowerShell 5.1 (net462 build and the assembly resolver)' {
        $powershell = Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe'
        if (-not (Test-Path $powershell)) { Set-ItResult -Skipped -Because 'Windows PowerShell 5.1 is not installed'; return }
        $sample = Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json'
        $command = "Import-Module '$script:BuiltManifest'; (Get-WuTrustStatus -Snapshot '$sample').Findings[0].Id"
        $output = & $powershell -NoProfile -NonInteractive -Command $command
        $LASTEXITCODE | Should -Be 0
        $output | Should -Contain 'WUT-CTL-001'
    }

    It 'repairs a scratch key under HKCU the way it repairs AutoUpdate, and restores it from the backup' {
        $cryptSvc = 'S-1-5-80-242729624-280608522-2219052887-3187409060-2225943459'
        $user = [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value
        $parentKey = 'Software\WuTrustPesterAcl\AuthRoot'
        $childKey = "$parentKey\AutoUpdate"
        $backupDir = Join-Path $TestDrive 'acl-backups'
        $null = New-Item -ItemType Directory -Path $backupDir
        try {
            $null = New-Item -Path "HKCU:\$childKey" -Force
            InModuleScope WuTrust -Parameters @{ P = $parentKey; C = $childKey; U = $user; CS = $cryptSvc; B = $backupDir } {
                param($P, $C, $U, $CS, $B)
                Set-WuRegistryKeySddl -Hive CurrentUser -SubKey $P -Sddl "D:PAI(A;CI;KA;;;$U)(A;CI;KA;;;SY)(A;CI;KA;;;$CS)"
                Set-WuRegistryKeySddl -Hive CurrentUser -SubKey $C -Sddl "D:PAI(A;CI;KA;;;$U)(A;CI;KA;;;SY)"
                $broken = Get-WuRegistryKeySddl -Hive CurrentUser -SubKey $C
                $broken.sddl | Should -Match 'D:PAI'
                function Invoke-ScratchRepair {
                    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
                    param()
                    Invoke-WuAclRepair -Caller $PSCmdlet -Hive CurrentUser -SubKey $C -ParentSubKey $P -BackupPath $B
                }
                $result = Invoke-ScratchRepair
                $result.Changed | Should -BeTrue
                $result.Verified | Should -BeTrue
                $result.Strategy | Should -Be 'Inherit'
                $after = Get-WuRegistryKeySddl -Hive CurrentUser -SubKey $C
                $after.sddl | Should -Not -Match 'D:P'
                $after.sddl | Should -Match ([regex]::Escape("ID;KA;;;$CS)"))
                function Invoke-ScratchRestore {
                    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
                    param([string]$File)
                    $read = Read-WuTrustBackupFile -Path $File
                    Invoke-WuBackupRestore -Caller $PSCmdlet -Path $File -Backup $read.Backup -BackupPath $B
                }
                $restored = Invoke-ScratchRestore -File $result.BackupPath
                $restored.Changed | Should -BeTrue
                (Get-WuRegistryKeySddl -Hive CurrentUser -SubKey $C).sddl | Should -Match 'D:PAI'
                $second = Invoke-ScratchRestore -File $result.BackupPath
                $second.Changed | Should -BeFalse
            }
        } finally {
            Remove-Item -Path 'HKCU:\Software\WuTrustPesterAcl' -Recurse -Force -ErrorAction SilentlyContinue
        }
    }

    It 'reads the real AutoUpdate and AuthRoot security descriptors' {
        InModuleScope WuTrust {
            $fact = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot'
            $fact.status | Should -Be 'Ok'
            $parsed = Invoke-WuTrustEngine -Command 'parseSddl' -RequestJson (ConvertTo-Json -Compress -InputObject @{ sddl = $fact.sddl })
            $parsed.canonical | Should -Not -BeNullOrEmpty
        }
    }

    It 'sets, verifies and restores a State value on a scratch key under HKCU' {
        $backupDir = Join-Path $TestDrive 'wintrust-backups'
        $null = New-Item -ItemType Directory -Path $backupDir
        try {
            InModuleScope WuTrust -Parameters @{ B = $backupDir } {
                param($B)
                $target = [ordered]@{
                    scope  = 'CurrentUser'
                    sid    = $null
                    hive   = 'CurrentUser'
                    subKey = 'Software\WuTrustPesterWinTrust'
                    path   = 'HKCU\Software\WuTrustPesterWinTrust'
                }
                Write-WuRegistryValue -Hive CurrentUser -SubKey $target.subKey -Name 'State' -Type REG_DWORD -Hex 'C9000000'
                function Invoke-ScratchSet {
                    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
                    param()
                    Invoke-WuWinTrustChange -Caller $PSCmdlet -Target $target -Change ([ordered]@{ default = $true; force = $false }) -BackupPath $B
                }
                $result = Invoke-ScratchSet
                $result.After | Should -Be '0x23C49'
                (Get-ItemProperty -Path 'HKCU:\Software\WuTrustPesterWinTrust' -Name State).State | Should -Be 0x23C49
                function Invoke-ScratchRestore {
                    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
                    param([string]$File)
                    $read = Read-WuTrustBackupFile -Path $File
                    Invoke-WuBackupRestore -Caller $PSCmdlet -Path $File -Backup $read.Backup -BackupPath $B
                }
                $null = Invoke-ScratchRestore -File $result.BackupPath
                (Get-ItemProperty -Path 'HKCU:\Software\WuTrustPesterWinTrust' -Name State).State | Should -Be 0xC9
            }
        } finally {
            Remove-Item -Path 'HKCU:\Software\WuTrustPesterWinTrust' -Recurse -Force -ErrorAction SilentlyContinue
        }
    }

    It "reads the real SYSTEM and current user's State" {
        $states = @(Get-WinTrustState -Scope System) + @(Get-WinTrustState -Scope CurrentUser)
        $states.Count | Should -Be 2
        foreach ($state in $states) { $state.Presence | Should -BeIn @('Present', 'Absent', 'Unavailable', 'Malformed') }
    }

    It 'creates a backup folder only Administrators and SYSTEM can write, and the engine trusts it' {
        $folder = Join-Path ([System.IO.Path]::GetTempPath()) ('WuTrustFolder-' + [guid]::NewGuid().ToString('N'))
        try {
            InModuleScope WuTrust -Parameters @{ Folder = $folder } {
                param($Folder)
                New-WuSecureFolder -Path $Folder
                $sddl = Get-WuFolderSddl -Path $Folder
                $sddl | Should -BeLike 'O:BA*D:P*'
                $judged = Invoke-WuTrustEngine -Command 'judgeBackupFolder' -RequestJson ('{"sddl":' + (ConvertTo-WuJsonString -Text $sddl) + '}')
                $judged.trusted | Should -BeTrue
            }
        } finally {
            Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
        }
    }
}
