# The Intune / ConfigMgr scripts shipped in the module (#13), run as Intune runs them: in a child
# PowerShell, judged by exit code and last output line. Remediation runs against a pretend Windows
# machine (tests/intune/FakeWindows.ps1) made from a sample snapshot.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    $script:Detect = Join-Path $script:BuiltModuleRoot 'Intune/Detect-WuTrust.ps1'
    $script:Remediate = Join-Path $script:BuiltModuleRoot 'Intune/Remediate-WuTrust.ps1'
    $script:Fake = Join-Path $script:RepoRoot 'tests/intune/FakeWindows.ps1'
    . (Join-Path $script:RepoRoot 'tests/intune/FakeMachine.ps1')
    $script:ModulesFolder = Split-Path -Parent $script:BuiltModuleRoot

    function ConvertTo-WuQuoted { param([string]$Text) "'" + $Text.Replace("'", "''") + "'" }

    function Invoke-WuIntuneScript {
        # Runs a script in a child PowerShell; returns the exit code and every output line.
        param([string]$Script, [string]$Arguments = '', [string]$Prelude = '', [string]$ModulePath = $script:ModulesFolder)
        $saved = $env:PSModulePath
        try {
            $env:PSModulePath = $ModulePath
            $command = "$Prelude & $(ConvertTo-WuQuoted $Script) $Arguments; exit `$LASTEXITCODE"
            $lines = @(Invoke-WuFreshPwsh -Command $command 2>&1 | ForEach-Object { [string]$_ })
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Lines = $lines; Last = $(if ($lines.Count -gt 0) { $lines[-1] } else { '' }) }
        } finally {
            $env:PSModulePath = $saved
        }
    }

    function Invoke-WuFakeRemediation {
        param($Machine, [string]$Elevated = '1')
        $prelude = "`$env:WUTRUST_FAKE_STATE = $(ConvertTo-WuQuoted $Machine.State); " +
            "`$env:WUTRUST_FAKE_BACKUPS = $(ConvertTo-WuQuoted $Machine.Backups); " +
            "`$env:WUTRUST_FAKE_ELEVATED = '$Elevated'; Import-Module WuTrust; & (Get-Module WuTrust) { . $(ConvertTo-WuQuoted $script:Fake) };"
        $arguments = "-BackupFolder $(ConvertTo-WuQuoted $Machine.Backups) -LogPath $(ConvertTo-WuQuoted $Machine.Log) -SkipNetwork"
        Invoke-WuIntuneScript -Script $script:Remediate -Arguments $arguments -Prelude $prelude
    }

    function Get-WuFakeJournal {
        param($Machine)
        @((Get-Content -Raw -LiteralPath $Machine.State | ConvertFrom-Json -DateKind String).journal)
    }
}

Describe 'Detect-WuTrust.ps1 (Intune detection)' {
    It 'exits 0 with a Healthy line for a healthy snapshot' {
        $file = Join-Path $script:SamplesRoot 'healthy.json'
        $run = Invoke-WuIntuneScript -Script $script:Detect -Arguments "-Snapshot $(ConvertTo-WuQuoted $file)"
        $run.ExitCode | Should -Be 0
        $run.Lines.Count | Should -Be 1
        $run.Last | Should -BeLike 'Healthy: no problem found*'
    }

    It 'exits 1 with the root cause first for seed 000, in one line of at most 2,048 characters' {
        $file = Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json'
        $run = Invoke-WuIntuneScript -Script $script:Detect -Arguments "-Snapshot $(ConvertTo-WuQuoted $file)"
        $run.ExitCode | Should -Be 1
        $run.Lines.Count | Should -Be 1
        $run.Last | Should -BeLike 'Unhealthy: WUT-CTL-100 Root cause*critical*'
        $run.Last.Length | Should -BeLessOrEqual 2048
    }

    It 'keeps the line under 2,048 characters for a machine with hundreds of findings' {
        $source = Join-Path $script:SamplesRoot 'seed-002-wintrust-state-0xC9.json'
        $snapshot = Get-Content -Raw -LiteralPath $source | ConvertFrom-Json -DateKind String
        $user = $snapshot.wintrust.hives | Where-Object scope -eq 'User' | Select-Object -First 1
        $many = @($snapshot.wintrust.hives)
        for ($i = 0; $i -lt 300; $i++) {
            $copy = $user | ConvertTo-Json -Depth 10 | ConvertFrom-Json
            $copy.sid = "S-1-5-21-1-2-3-$(2000 + $i)"
            $many += $copy
        }
        $snapshot.wintrust.hives = $many
        $file = Join-Path $TestDrive 'many.json'
        $snapshot | ConvertTo-Json -Depth 40 | Set-Content -LiteralPath $file
        $run = Invoke-WuIntuneScript -Script $script:Detect -Arguments "-Snapshot $(ConvertTo-WuQuoted $file)"
        $run.ExitCode | Should -Be 1
        $run.Lines.Count | Should -Be 1
        $run.Last.Length | Should -BeLessOrEqual 2048
    }

    It 'says so and exits 1 when the module is not installed' {
        $alone = Join-Path $TestDrive 'alone'
        $null = New-Item -ItemType Directory -Path $alone
        Copy-Item -LiteralPath $script:Detect -Destination $alone
        $run = Invoke-WuIntuneScript -Script (Join-Path $alone 'Detect-WuTrust.ps1') -ModulePath $alone
        $run.ExitCode | Should -Be 1
        $run.Last | Should -BeLike 'WuTrust module not found*'
    }

    It 'saves the snapshot to -SnapshotFolder for the fleet report' {
        $share = Join-Path $TestDrive 'share'
        $null = New-Item -ItemType Directory -Path $share
        $file = Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json'
        $arguments = "-Snapshot $(ConvertTo-WuQuoted $file) -SnapshotFolder $(ConvertTo-WuQuoted $share)"
        $run = Invoke-WuIntuneScript -Script $script:Detect -Arguments $arguments
        $run.ExitCode | Should -Be 1
        $saved = Join-Path $share 'seed-000-stale-disallowed-ctl.json'
        [System.IO.File]::Exists($saved) | Should -BeTrue
        (Get-WuTrustFleetReport -Path $share).Unhealthy | Should -Be 1
    }

    It 'is Windows PowerShell 5.1 code (no 7-only construct), as both scripts are' {
        foreach ($file in $script:Detect, $script:Remediate) {
            @(Find-WuPs7OnlyConstruct -Text (Get-Content -Raw -LiteralPath $file) -Name $file) | Should -BeNullOrEmpty
        }
    }
}

Describe 'Remediate-WuTrust.ps1 (Intune remediation) on a pretend machine' {
    It 'seed 000: repairs the AutoUpdate ACL with its backup written first, re-checks and exits 0' {
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json') -Folder $TestDrive
        $run = Invoke-WuFakeRemediation -Machine $machine
        # The ACL and the CTL are fixed; the log's 0x80072F8F lines stay until the next good scan.
        $run.Last | Should -BeLike 'Repaired (1 repair(s)); the update logs still show the failures*'
        $run.ExitCode | Should -Be 0
        $journal = Get-WuFakeJournal -Machine $machine
        $journal.Count | Should -BeGreaterThan 0
        foreach ($write in $journal) { $write.backupsOnDisk | Should -BeGreaterThan 0 -Because "a backup precedes '$($write.write)'" }
        $journal[0].write | Should -BeLike 'SDDL LocalMachine|*\AutoUpdate = *'
        @(Get-ChildItem -LiteralPath $machine.Backups -Filter '*.json').Count | Should -BeGreaterThan 0
        $log = Get-Content -Raw -LiteralPath $machine.Log
        $log | Should -Match 'before: Unhealthy: WUT-CTL-100'
        $log | Should -Match 'repair for WUT-CTL-100.*Repair-WuAutoUpdateAcl'
        $log | Should -Match 'after: Unhealthy: WUT-LOG-001'
        $log | Should -Not -Match 'after: .*WUT-(CTL|ACL)-'
        $log | Should -Match 'exit 0'
    }

    It 'seed 002: sets the State that breaks updates back to the default, and touches nothing else' {
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'seed-002-wintrust-state-0xC9.json') -Folder $TestDrive
        $run = Invoke-WuFakeRemediation -Machine $machine
        $journal = Get-WuFakeJournal -Machine $machine
        $journal.Count | Should -BeGreaterThan 0
        foreach ($write in $journal) {
            $write.write | Should -BeLike 'VALUE *|State = REG_DWORD *'
            $write.backupsOnDisk | Should -BeGreaterThan 0
            # Never a weakening: every State written keeps offline revocation OK for commercial
            # signatures (0x800) and trusts no test root (0x80 clear).
            $hex = ($write.write -split ' ')[-1]
            $value = [System.BitConverter]::ToUInt32([byte[]]@(0..3 | ForEach-Object { [Convert]::ToByte($hex.Substring($_ * 2, 2), 16) }), 0)
            ($value -band 0x800) | Should -Be 0x800
            ($value -band 0x80) | Should -Be 0
        }
        $run.ExitCode | Should -BeIn @(0, 2)
        (Get-Content -Raw -LiteralPath $machine.Log) | Should -Match 'Set-WinTrustState'
    }

    It 'seed 001: interception has no unattended repair: nothing is written, exit 2 with the problem named' {
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'seed-001-tls-intercepted.json') -Folder $TestDrive
        $run = Invoke-WuFakeRemediation -Machine $machine
        $run.ExitCode | Should -Be 2
        $run.Last | Should -BeLike 'Needs an administrator (0 repair(s) made):*WUT-NET-101*'
        @(Get-WuFakeJournal -Machine $machine).Count | Should -Be 0
        (Get-Content -Raw -LiteralPath $machine.Log) | Should -Match 'for an administrator: WUT-NET-101'
    }

    It 'a healthy machine: nothing to repair, exit 0, nothing written' {
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'healthy.json') -Folder $TestDrive
        $run = Invoke-WuFakeRemediation -Machine $machine
        $run.ExitCode | Should -Be 0
        $run.Last | Should -BeLike 'Healthy: nothing to repair*'
        @(Get-WuFakeJournal -Machine $machine).Count | Should -Be 0
    }

    It 'not elevated: exit 4 and nothing written' {
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json') -Folder $TestDrive
        $run = Invoke-WuFakeRemediation -Machine $machine -Elevated '0'
        $run.ExitCode | Should -Be 4
        $run.Last | Should -BeLike 'Not elevated*'
        @(Get-WuFakeJournal -Machine $machine).Count | Should -Be 0
    }

    It 'says so and exits 1 when the module is not installed' {
        $alone = Join-Path $TestDrive 'alone-r'
        $null = New-Item -ItemType Directory -Path $alone
        Copy-Item -LiteralPath $script:Remediate -Destination $alone
        $log = Join-Path $alone 'r.log'
        $arguments = "-LogPath $(ConvertTo-WuQuoted $log) -BackupFolder $(ConvertTo-WuQuoted $alone)"
        $run = Invoke-WuIntuneScript -Script (Join-Path $alone 'Remediate-WuTrust.ps1') -Arguments $arguments -ModulePath $alone
        $run.ExitCode | Should -Be 1
        $run.Last | Should -BeLike 'WuTrust module not found*'
        (Get-Content -Raw -LiteralPath $log) | Should -Match 'exit 1'
    }
}
