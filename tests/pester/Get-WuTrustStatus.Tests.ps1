BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule

    $script:Now = [datetime]::new(2026, 11, 20, 10, 0, 0, [System.DateTimeKind]::Utc)
    function New-TestFiletimeFact([datetime]$Time) {
        # .NET's own FILETIME conversion: an implementation independent of the engine's.
        $bytes = [System.BitConverter]::GetBytes($Time.ToFileTimeUtc())
        [ordered]@{ status = 'Ok'; type = 'REG_BINARY'; hex = (($bytes | ForEach-Object { $_.ToString('X2') }) -join '') }
    }
    function Set-LiveMachineMock([datetime]$DisallowedSync, [string]$CryptSvcState = 'Running', [string]$AutoUpdateSddl = $null) {
        $script:MockAutoUpdateSddl = $AutoUpdateSddl
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Get-WuUtcNow { $script:Now }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuOsVersionInfo { @{ osVersion = '10.0.19045.0'; osBuild = 19045; osProductName = 'Windows 10 Pro' } }
        $script:MockHklm = [ordered]@{
            path   = 'HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
            status = 'Ok'
            values = [ordered]@{
                DisallowedCertLastSyncTime = New-TestFiletimeFact $DisallowedSync
                LastSyncTime               = New-TestFiletimeFact $script:Now.AddDays(-1)
                PinRulesLastSyncTime       = New-TestFiletimeFact $script:Now.AddDays(-1)
            }
        }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact -ParameterFilter {
            $Hive -eq 'LocalMachine' -and $SubKey -like '*AutoUpdate'
        } {
            $script:MockHklm
        }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact -ParameterFilter {
            $Hive -eq 'CurrentUser'
        } {
            [ordered]@{ path = 'HKCU\x'; status = 'Ok'; values = [ordered]@{} }
        }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact -ParameterFilter {
            $Hive -eq 'Users'
        } {
            [ordered]@{ path = 'HKU\.DEFAULT\x'; status = 'Ok'; values = [ordered]@{} }
        }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact -ParameterFilter {
            $SubKey -like 'SOFTWARE\Policies*'
        } {
            [ordered]@{ path = 'HKLM\policy'; status = 'NotFound' }
        }
        $script:MockServices = [ordered]@{
            CryptSvc = [ordered]@{ status = 'Ok'; state = $CryptSvcState; startType = 'Automatic'; account = 'NT Authority\NetworkService' }
            wuauserv = [ordered]@{ status = 'Ok'; state = 'Running'; startType = 'Manual'; account = 'LocalSystem' }
        }
        Mock -ModuleName WuTrust Get-WuServiceFact { $script:MockServices }
        Mock -ModuleName WuTrust Get-WuWinTrustHiveFact {
            $state = [ordered]@{ status = 'Ok'; type = 'REG_DWORD'; hex = '003C0200' }
            $key = [ordered]@{ status = 'Ok'; values = [ordered]@{ State = $state } }
            [ordered]@{ scope = 'System'; sid = 'S-1-5-18'; path = 'HKU\.DEFAULT\x'; key = $key }
        }
        Mock -ModuleName WuTrust Get-WuSetupLogExcerpt { }
        Mock -ModuleName WuTrust Get-WuNetworkSection { Get-WuTestHealthyNetwork }
        Mock -ModuleName WuTrust Get-WuUpdateLogSection { Get-WuTestHealthyLogs }
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl {
            $cryptSvc = 'S-1-5-80-242729624-280608522-2219052887-3187409060-2225943459'
            $sddl = if ($SubKey -like '*AutoUpdate') {
                "O:SYG:SYD:AI(A;OICIID;GA;;;$cryptSvc)(A;CIID;KA;;;SY)"
            } else {
                "O:SYG:SYD:AI(A;OICI;GA;;;$cryptSvc)(A;CI;KA;;;SY)"
            }
            $brokenKey = -not [string]::IsNullOrEmpty($script:MockAutoUpdateSddl) -and $SubKey -like '*AutoUpdate' -and $Hive -eq 'LocalMachine'
            if ($brokenKey) { $sddl = $script:MockAutoUpdateSddl }
            [ordered]@{ path = "$Hive\$SubKey"; status = 'Ok'; sddl = $sddl }
        }
    }
}

Describe 'Get-WuTrustStatus -Snapshot' {
    It 'reports the seed 000 sample as Unhealthy with the stale disallowed CTL as Critical' {
        $report = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json')
        $report.PSObject.TypeNames | Should -Contain 'WuTrust.Report'
        $report.Status | Should -Be 'Unhealthy'
        $report.Healthy | Should -BeFalse
        $because = 'the sample also has the protected ACL without CryptSvc: the root cause comes first'
        $report.Findings[0].Id | Should -Be 'WUT-CTL-100' -Because $because
        @($report.Findings | ForEach-Object Id) | Should -Contain 'WUT-CTL-001'
        $report.Findings[0].Severity | Should -Be 'Critical'
        $report.Findings[0].PSObject.TypeNames | Should -Contain 'WuTrust.Finding'
        $report.ComputerName | Should -Be 'PC-SEED000'
    }

    It 'reports the healthy sample as Healthy with every check of every family run, the network family included' {
        $report = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json')
        $report.Healthy | Should -BeTrue
        $report.Findings.Count | Should -Be 0
        @($report.ChecksNotRun).Count | Should -Be 0
        @($report.ChecksRun | Where-Object Family -eq 'NetworkTrust').Count | Should -Be 6
        $report.Summary | Should -Not -BeLike '*not checked*'
    }

    It 'gives CollectedAt as a UTC DateTime' {
        $report = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json')
        $report.CollectedAt | Should -BeOfType [datetime]
        $report.CollectedAt.Kind | Should -Be 'Utc'
        $report.CollectedAt.ToString('o') | Should -Be '2026-11-20T09:41:12.5531204Z'
    }

    It 'keeps evidence values as the engine wrote them (strings, 7 fractional digits)' {
        $report = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json')
        $evidence = ($report.Findings | Where-Object Id -eq 'WUT-CTL-001').Evidence | Where-Object { $_.Item -eq 'HKLM DisallowedCertLastSyncTime' }
        $evidence.Value | Should -BeOfType [string]
        $evidence.Value | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$'
        $evidence.Raw | Should -Match '^[0-9A-F]{16}$'
    }

    It 'accepts snapshot files from the pipeline by FullName' {
        $reports = @(Get-ChildItem -Path $script:SamplesRoot -Filter '*.json' | Get-WuTrustStatus)
        $reports.Count | Should -Be @(Get-ChildItem -Path $script:SamplesRoot -Filter '*.json').Count
    }

    It 'returns the engine JSON with -AsJson' {
        $json = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'healthy.json') -AsJson
        $json | Should -BeOfType [string]
        ($json | ConvertFrom-Json).status | Should -Be 'Healthy'
    }

    It 'names the file when the snapshot is not valid JSON' {
        $file = Join-Path $TestDrive 'broken.json'
        Set-Content -LiteralPath $file -Value '{"schemaVersion": 1, "collectedAt": '
        { Get-WuTrustStatus -Snapshot $file -ErrorAction Stop } | Should -Throw -ExpectedMessage "*broken.json*not valid JSON*"
    }

    It 'names the file when the snapshot has a newer schemaVersion' {
        $file = Join-Path $TestDrive 'future.json'
        Set-Content -LiteralPath $file -Value '{"schemaVersion": 2, "collectedAt": "2026-11-20T10:00:00Z"}'
        $err = $null
        try { Get-WuTrustStatus -Snapshot $file -ErrorAction Stop } catch { $err = $_ }
        $err | Should -Not -BeNullOrEmpty
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.Engine.UnsupportedSchemaVersion*'
        $err.Exception.Message | Should -BeLike "*future.json*schemaVersion 2*"
        $err.CategoryInfo.Category | Should -Be 'InvalidData'
    }

    It 'names a missing file and goes on with the others' {
        $errors = $null
        $files = @((Join-Path $TestDrive 'missing.json'), (Join-Path $script:SamplesRoot 'healthy.json'))
        $reports = @(Get-WuTrustStatus -Snapshot $files -ErrorAction SilentlyContinue -ErrorVariable errors)
        $reports.Count | Should -Be 1
        $errors.Count | Should -Be 1
        $errors[0].Exception.Message | Should -BeLike '*missing.json*not found*'
    }

    It 'refuses a folder as a snapshot' {
        { Get-WuTrustStatus -Snapshot $TestDrive -ErrorAction Stop } | Should -Throw -ExpectedMessage '*is a folder*'
    }

    It 'produces objects that survive serialization (remoting, Export-Clixml)' {
        $report = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json')
        $file = Join-Path $TestDrive 'report.xml'
        $report | Export-Clixml -LiteralPath $file -Depth 5
        $back = Import-Clixml -LiteralPath $file
        $back.PSObject.TypeNames | Should -Contain 'Deserialized.WuTrust.Report'
        $back.Findings[0].Id | Should -Be 'WUT-CTL-100'
        $back.Findings[0].Evidence[0].Raw | Should -Be $report.Findings[0].Evidence[0].Raw
        $back.CollectedAt | Should -Be $report.CollectedAt
    }

    It 'formats with the module default view' {
        $text = Get-WuTrustStatus -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json') | Out-String -Width 200
        $text | Should -Match 'Status\s+: Unhealthy'
        $text | Should -Match '\[Critical\] WUT-CTL-100'
        $text | Should -Match '\[Critical\] WUT-CTL-001'
    }
}

Describe 'Get-WuTrustStatus live' {
    It 'refuses live collection off Windows with an error that points to -Snapshot' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        $err = $null
        try { Get-WuTrustStatus -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.LiveCollectionNeedsWindows*'
        $err.Exception.Message | Should -BeLike '*-Snapshot*'
    }

    It 'collects through the wrappers and finds a stale disallowed CTL (collectors mocked)' {
        Set-LiveMachineMock -DisallowedSync $script:Now.AddHours(-24).AddMinutes(-1)
        $report = Get-WuTrustStatus
        $report.Source | Should -Be 'Live'
        @($report.Findings | ForEach-Object Id) | Should -Be @('WUT-CTL-001')
        Should -Invoke -ModuleName WuTrust Get-WuServiceFact -Times 1 -Exactly
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 4 -Exactly
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'Users' -and $SubKey -eq '.DEFAULT\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 6 -Exactly
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 3 -Exactly -ParameterFilter {
            $SubKey -in @('Certificates', 'CRLs', 'CTLs' | ForEach-Object { "SOFTWARE\Microsoft\SystemCertificates\AuthRoot\$_" })
        }
    }

    It 'names the root cause when the CTL is stale and the ACL shuts CryptSvc out (collectors mocked)' {
        Set-LiveMachineMock -DisallowedSync $script:Now.AddDays(-7) -AutoUpdateSddl 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)'
        $report = Get-WuTrustStatus
        $report.Findings[0].Id | Should -Be 'WUT-CTL-100'
        $report.Findings[0].Remedy | Should -BeLike 'Repair-WuAutoUpdateAcl*'
        @($report.Findings | ForEach-Object Id) | Should -Contain 'WUT-ACL-002'
    }

    It 'is healthy one minute inside the window (collectors mocked)' {
        Set-LiveMachineMock -DisallowedSync $script:Now.AddHours(-23).AddMinutes(-59)
        (Get-WuTrustStatus).Healthy | Should -BeTrue
    }

    It 'reports a stopped CryptSvc (collectors mocked)' {
        Set-LiveMachineMock -DisallowedSync $script:Now.AddHours(-1) -CryptSvcState 'Stopped'
        @((Get-WuTrustStatus).Findings | ForEach-Object Id) | Should -Be @('WUT-CTL-032')
    }
}
