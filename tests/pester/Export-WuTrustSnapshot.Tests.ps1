BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    function Set-CollectorMock {
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Get-WuNetworkSection { Get-WuTestHealthyNetwork }
        # The update-log section is built for real (its setup logs come from the mock below).
        Mock -ModuleName WuTrust Get-WuUpdateLogFact {
            $logs = (Get-WuTestHealthyLogs).updateLogs
            if ($Source -eq 'Cbs') { $logs.cbs } else { $logs.windowsUpdate }
        }
        Mock -ModuleName WuTrust Get-WuUpdateEventFact { (Get-WuTestHealthyLogs).updateLogs.events }
        Mock -ModuleName WuTrust Get-WuUtcNow { [datetime]::new(2026, 11, 20, 10, 0, 0, [System.DateTimeKind]::Utc).AddTicks(1234567) }
        Mock -ModuleName WuTrust Test-WuElevation { $false }
        Mock -ModuleName WuTrust Get-WuOsVersionInfo { @{ osVersion = '10.0.22631.0'; osBuild = 22631; osProductName = 'Windows 11 Enterprise' } }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact {
            [ordered]@{ path = "$Hive\$SubKey"; status = 'AccessDenied'; message = 'Requested registry access is not allowed.' }
        }
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl { [ordered]@{ path = "$Hive\$SubKey"; status = 'AccessDenied'; message = 'denied' } }
        Mock -ModuleName WuTrust Get-WuWinTrustHiveFact {
            [ordered]@{ scope = 'System'; sid = 'S-1-5-18'; path = 'HKU\.DEFAULT\x'; key = [ordered]@{ status = 'AccessDenied' } }
        }
        Mock -ModuleName WuTrust Get-WuSetupLogExcerpt {
            $line = 'Final Result: Installation completed successfully with success code: (0x00000000)'
            [ordered]@{ path = 'C:\Windows\Temp\KB1.html'; status = 'Ok'; lines = @($line) }
        }
        Mock -ModuleName WuTrust Get-WuServiceFact {
            $facts = [ordered]@{}
            foreach ($n in $Name) {
                $facts[$n] = [ordered]@{ status = 'Ok'; state = 'Running'; startType = 'Automatic'; account = 'NT Authority\NetworkService' }
            }
            $facts
        }
    }
}

Describe 'Export-WuTrustSnapshot' {
    It 'refuses to run off Windows and writes nothing' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        $file = Join-Path $TestDrive 'offwindows.json'
        { Export-WuTrustSnapshot -Path $file -ErrorAction Stop } | Should -Throw -ExpectedMessage '*needs Windows*'
        Test-Path -LiteralPath $file | Should -BeFalse
    }

    It 'writes a schemaVersion 1 snapshot that Get-WuTrustStatus reads back (collectors mocked)' {
        Set-CollectorMock
        $file = Join-Path $TestDrive 'pc.json'
        $item = Export-WuTrustSnapshot -Path $file -PassThru
        $item | Should -BeOfType [System.IO.FileInfo]
        $snapshot = Get-Content -Raw -LiteralPath $file | ConvertFrom-Json
        $snapshot.schemaVersion | Should -Be 1
        $snapshot.machine.osBuild | Should -Be 22631
        $snapshot.machine.isElevated | Should -BeFalse
        $snapshot.ctl.autoUpdate.HKLM.status | Should -Be 'AccessDenied'
        $snapshot.services.CryptSvc.state | Should -Be 'Running'
        $snapshot.acl.autoUpdate.status | Should -Be 'AccessDenied'
        $snapshot.wintrust.hives[0].scope | Should -Be 'System'
        $snapshot.logs.setup[0].lines[0] | Should -BeLike '*0x00000000*'
        (Get-Content -Raw -LiteralPath $file) | Should -Match '"collectedAt":\s*"2026-11-20T10:00:00\.1234567Z"'
        $report = Get-WuTrustStatus -Snapshot $file
        $report.Status | Should -Be 'Incomplete'
        @($report.ChecksNotRun | ForEach-Object Id) | Should -Contain 'CTL.DisallowedSync'
        @($report.ChecksNotRun | ForEach-Object Id) | Should -Contain 'ACL.AutoUpdate'
    }

    It 'hashes the computer, account and SIDs with -Redact, and the file still diagnoses the same (#13)' {
        Set-CollectorMock
        Mock -ModuleName WuTrust Get-WuCollectingAccount { [ordered]@{ name = 'CONTOSO\jdoe'; sid = 'S-1-5-21-11-22-33-1107' } }
        $plain = Join-Path $TestDrive 'plain.json'
        $redacted = Join-Path $TestDrive 'redacted.json'
        Export-WuTrustSnapshot -Path $plain
        Export-WuTrustSnapshot -Path $redacted -Redact
        $text = Get-Content -Raw -LiteralPath $redacted
        (Get-Content -Raw -LiteralPath $plain) | Should -Match 'jdoe'
        foreach ($secret in 'jdoe', 'CONTOSO', 'S-1-5-21-11-22-33', [System.Environment]::MachineName) {
            $text.Contains($secret) | Should -BeFalse -Because "$secret must not be in the file"
        }
        $snapshot0 = $text | ConvertFrom-Json
        $snapshot0.machine.computerName | Should -Match '^PC-[0-9A-F]{8}$'
        $snapshot = $text | ConvertFrom-Json
        $snapshot.machine.collectedBy.sid | Should -Match '^S-1-5-21-\d+-\d+-\d+-1107$'
        $snapshot.machine.collectedBy.name | Should -Match '^DOMAIN-[0-9A-F]{8}\\user-[0-9A-F]{8}$'
        (Get-WuTrustStatus -Snapshot $redacted).Status | Should -Be (Get-WuTrustStatus -Snapshot $plain).Status
    }

    It 'writes UTF-8 without a byte order mark' {
        Set-CollectorMock
        $file = Join-Path $TestDrive 'nobom.json'
        Export-WuTrustSnapshot -Path $file
        $bytes = [System.IO.File]::ReadAllBytes($file)
        $bytes[0] | Should -Be ([byte][char]'{')
    }

    It 'changes nothing with -WhatIf' {
        Set-CollectorMock
        Mock -ModuleName WuTrust Write-WuTrustTextFile { }
        $file = Join-Path $TestDrive 'whatif.json'
        Export-WuTrustSnapshot -Path $file -WhatIf
        Test-Path -LiteralPath $file | Should -BeFalse
        Should -Invoke -ModuleName WuTrust Write-WuTrustTextFile -Times 0 -Exactly
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 0 -Exactly
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 0 -Exactly
    }

    It 'does not overwrite an existing file without -Force, and leaves it as it was' {
        Set-CollectorMock
        $file = Join-Path $TestDrive 'exists.json'
        Set-Content -LiteralPath $file -Value 'keep me'
        { Export-WuTrustSnapshot -Path $file -ErrorAction Stop } | Should -Throw -ExpectedMessage '*already exists*-Force*'
        (Get-Content -Raw -LiteralPath $file).Trim() | Should -Be 'keep me'
    }

    It 'overwrites with -Force' {
        Set-CollectorMock
        $file = Join-Path $TestDrive 'force.json'
        Set-Content -LiteralPath $file -Value 'old'
        Export-WuTrustSnapshot -Path $file -Force
        (Get-Content -Raw -LiteralPath $file | ConvertFrom-Json).schemaVersion | Should -Be 1
    }

    It 'names a missing folder' {
        Set-CollectorMock
        $missing = Join-Path $TestDrive 'no/such/dir/x.json'
        { Export-WuTrustSnapshot -Path $missing -ErrorAction Stop } | Should -Throw -ExpectedMessage '*does not exist*'
    }
}
