BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    # Pester mocks only commands that exist; off Windows there is no Get-CimInstance.
    $script:CimStub = $false
    if (-not (Get-Command -Name Get-CimInstance -ErrorAction SilentlyContinue)) {
        function global:Get-CimInstance { param($ClassName, $Filter) throw 'stub' }
        $script:CimStub = $true
    }
}

AfterAll {
    if ($script:CimStub) { Remove-Item -Path function:global:Get-CimInstance }
}

Describe 'ConvertTo-WuRegistryValueFact' {
    It 'keeps REG_BINARY bytes as upper-case hex' {
        InModuleScope WuTrust {
            $fact = ConvertTo-WuRegistryValueFact -Kind 'Binary' -Data ([byte[]](0x00, 0xA8, 0x68, 0x5B, 0x53, 0x56, 0xD9, 0x01))
            $fact.type | Should -Be 'REG_BINARY'
            $fact.hex | Should -Be '00A8685B5356D901'
        }
    }
    It 'writes a REG_DWORD as 4 little-endian bytes, including values above 0x7FFFFFFF' {
        InModuleScope WuTrust {
            (ConvertTo-WuRegistryValueFact -Kind 'DWord' -Data 57600).hex | Should -Be '00E10000'
            (ConvertTo-WuRegistryValueFact -Kind 'DWord' -Data ([int32]-1)).hex | Should -Be 'FFFFFFFF'
        }
    }
    It 'keeps the raw bytes of a REG_DWORD of the wrong length (.NET returns them as bytes)' {
        InModuleScope WuTrust {
            $fact = ConvertTo-WuRegistryValueFact -Kind 'DWord' -Data ([byte[]](1, 2, 3))
            $fact.status | Should -Be 'Ok'
            $fact.type | Should -Be 'REG_DWORD'
            $fact.hex | Should -Be '010203'
        }
    }

    It 'writes a REG_QWORD as 8 little-endian bytes' {
        InModuleScope WuTrust {
            (ConvertTo-WuRegistryValueFact -Kind 'QWord' -Data ([int64]1)).hex | Should -Be '0100000000000000'
        }
    }
    It 'writes strings as UTF-16LE bytes and keeps the text' {
        InModuleScope WuTrust {
            $fact = ConvertTo-WuRegistryValueFact -Kind 'String' -Data 'AB'
            $fact.type | Should -Be 'REG_SZ'
            $fact.hex | Should -Be '41004200'
            $fact.text | Should -Be 'AB'
            (ConvertTo-WuRegistryValueFact -Kind 'ExpandString' -Data '%X%').type | Should -Be 'REG_EXPAND_SZ'
        }
    }
    It 'writes REG_MULTI_SZ with NUL separators and the double NUL end' {
        InModuleScope WuTrust {
            (ConvertTo-WuRegistryValueFact -Kind 'MultiString' -Data ([string[]]('A', 'B'))).hex | Should -Be '41000000420000000000'
        }
    }
    It 'records only the size of a large blob with -SizeOnly' {
        InModuleScope WuTrust {
            $fact = ConvertTo-WuRegistryValueFact -Kind 'Binary' -Data ([byte[]]::new(1000)) -SizeOnly
            $fact.size | Should -Be 1000
            $fact.Contains('hex') | Should -BeFalse
        }
    }
    It 'marks data of an unexpected .NET type as Malformed instead of throwing' {
        InModuleScope WuTrust {
            $fact = ConvertTo-WuRegistryValueFact -Kind 'Binary' -Data 'not bytes'
            $fact.status | Should -Be 'Malformed'
            $fact.message | Should -BeLike '*System.String*'
        }
    }
}

Describe 'ConvertTo-WuFactStatus' {
    It 'maps <Exception> to <Status>' -ForEach @(
        @{ Exception = 'System.UnauthorizedAccessException'; Status = 'AccessDenied' }
        @{ Exception = 'System.Security.SecurityException'; Status = 'AccessDenied' }
        @{ Exception = 'System.PlatformNotSupportedException'; Status = 'NotSupportedOnThisOS' }
        @{ Exception = 'System.TimeoutException'; Status = 'Timeout' }
        @{ Exception = 'System.IO.IOException'; Status = 'Error' }
    ) {
        InModuleScope WuTrust -Parameters @{ E = $Exception; S = $Status } {
            param($E, $S)
            ConvertTo-WuFactStatus -Exception (New-Object -TypeName $E -ArgumentList 'x') | Should -Be $S
        }
    }
}

Describe 'Get-WuRegistryKeyFact' {
    $hasRegistry = (Get-Variable -Name IsWindows -ValueOnly -ErrorAction SilentlyContinue) -or $PSVersionTable.PSEdition -eq 'Desktop'
    It 'returns a status instead of throwing where the registry is not available' -Skip:$hasRegistry {
        InModuleScope WuTrust {
            $fact = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
            $fact.status | Should -Be 'NotSupportedOnThisOS'
            $fact.path | Should -Be 'HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
        }
    }
}

Describe 'Get-WuServiceFact' {
    It 'reports found services with their state, start type and account, and missing ones as NotFound' {
        Mock -ModuleName WuTrust Get-CimInstance {
            [pscustomobject]@{ Name = 'CryptSvc'; State = 'Running'; StartMode = 'Auto'; StartName = 'NT Authority\NetworkService' }
        }
        InModuleScope WuTrust {
            $facts = Get-WuServiceFact -Name 'CryptSvc', 'UsoSvc'
            $facts.CryptSvc.status | Should -Be 'Ok'
            $facts.CryptSvc.startType | Should -Be 'Automatic'
            $facts.CryptSvc.account | Should -Be 'NT Authority\NetworkService'
            $facts.UsoSvc.status | Should -Be 'NotFound'
        }
    }
    It 'turns a failed query into a status for every service, never an exception' {
        Mock -ModuleName WuTrust Get-CimInstance { throw [System.UnauthorizedAccessException]::new('Access denied') }
        InModuleScope WuTrust {
            $facts = Get-WuServiceFact -Name 'CryptSvc', 'BITS'
            $facts.CryptSvc.status | Should -Be 'AccessDenied'
            $facts.BITS.status | Should -Be 'AccessDenied'
        }
    }
}

Describe 'New-WuTrustSnapshot' {
    It 'asks for every AutoUpdate value by name and records encoded CTLs by size only' {
        Mock -ModuleName WuTrust Get-WuUtcNow { [datetime]::new(2026, 1, 2, 3, 4, 5, [System.DateTimeKind]::Utc) }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuOsVersionInfo { @{ osVersion = '10.0.19045.0'; osBuild = 19045; osProductName = 'x' } }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact { [ordered]@{ path = $SubKey; status = 'NotFound' } }
        Mock -ModuleName WuTrust Get-WuServiceFact { [ordered]@{} }
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl { [ordered]@{ path = $SubKey; status = 'NotFound' } }
        Mock -ModuleName WuTrust Get-WuUserHiveSid { @('S-1-5-21-1-2-3-1001') }
        Mock -ModuleName WuTrust Get-WuCurrentUserSid { 'S-1-5-21-1-2-3-1001' }
        Mock -ModuleName WuTrust Get-WuSetupLogExcerpt { }
        Mock -ModuleName WuTrust Get-WuNetworkSection { Get-WuTestHealthyNetwork }
        Mock -ModuleName WuTrust Get-WuUpdateLogSection { Get-WuTestHealthyLogs }
        InModuleScope WuTrust {
            $snapshot = New-WuTrustSnapshot
            $snapshot.schemaVersion | Should -Be 1
            $snapshot.collectedAt | Should -Be '2026-01-02T03:04:05.0000000Z'
            $snapshot.tool.version | Should -Be ([string](Get-Module WuTrust).Version)
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'LocalMachine' -and
                $SubKey -like '*AutoUpdate' -and
                $ExpectedValue -contains 'DisallowedCertLastSyncTime' -and
                $ExpectedValue -contains 'PinRulesSyncDeltaTime' -and
                $SizeOnlyValue -contains 'DisallowedCertEncodedCtl'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'CurrentUser' -and $SubKey -like '*AutoUpdate'
        }
        foreach ($root in @('.DEFAULT', 'S-1-5-20', 'S-1-5-19', 'S-1-5-21-1-2-3-1001')) {
            Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
                $Hive -eq 'Users' -and
                    $SubKey -eq "$root\Software\Microsoft\Windows\CurrentVersion\WinTrust\Trust Providers\Software Publishing" -and
                    $ExpectedValue -contains 'State'
            }
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'CurrentUser' -and $SubKey -like '*Software Publishing'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $SubKey -eq 'SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot' -and $ExpectedValue -contains 'EnableDisallowedCertAutoUpdate'
        }
        Should -Invoke -ModuleName WuTrust Get-WuServiceFact -Times 1 -Exactly -ParameterFilter {
            ($Name -join ',') -eq 'CryptSvc,wuauserv,BITS,UsoSvc'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'LocalMachine' -and $SubKey -eq 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'LocalMachine' -and $SubKey -like '*\AutoUpdate'
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'CurrentUser' -and $SubKey -like '*\AutoUpdate'
        }
    }

    It 'D5: collects SYSTEM''s AutoUpdate hive (HKU\.DEFAULT) for its sync times and records who collected' {
        Mock -ModuleName WuTrust Get-WuUtcNow { [datetime]::new(2026, 1, 2, 3, 4, 5, [System.DateTimeKind]::Utc) }
        Mock -ModuleName WuTrust Test-WuElevation { $true }
        Mock -ModuleName WuTrust Get-WuOsVersionInfo { @{ osVersion = '10.0.19045.0'; osBuild = 19045; osProductName = 'x' } }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact { [ordered]@{ path = $SubKey; status = 'NotFound' } }
        Mock -ModuleName WuTrust Get-WuServiceFact { [ordered]@{} }
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl { [ordered]@{ path = $SubKey; status = 'NotFound' } }
        Mock -ModuleName WuTrust Get-WuUserHiveSid { @() }
        Mock -ModuleName WuTrust Get-WuSetupLogExcerpt { }
        Mock -ModuleName WuTrust Get-WuCollectingAccount { [ordered]@{ name = 'CONTOSO\admin'; sid = 'S-1-5-21-1-2-3-500' } }
        Mock -ModuleName WuTrust Get-WuNetworkSection { Get-WuTestHealthyNetwork }
        Mock -ModuleName WuTrust Get-WuUpdateLogSection { Get-WuTestHealthyLogs }
        InModuleScope WuTrust {
            $snapshot = New-WuTrustSnapshot
            $snapshot.machine.collectedBy.name | Should -Be 'CONTOSO\admin'
            $snapshot.machine.collectedBy.sid | Should -Be 'S-1-5-21-1-2-3-500'
            $snapshot.ctl.autoUpdate.Contains('DEFAULT') | Should -BeTrue
        }
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -ParameterFilter {
            $Hive -eq 'Users' -and $SubKey -eq '.DEFAULT\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate' -and
            ($ExpectedValue -join ',') -eq 'LastSyncTime,DisallowedCertLastSyncTime,PinRulesLastSyncTime'
        }
    }

    It 'D3: ties each setup log to the profile whose TEMP holds it (SYSTEM''s temp folder to SYSTEM)' {
        $root = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        $user = Join-Path $root 'Users/admin'
        $null = New-Item -ItemType Directory -Path (Join-Path $user 'AppData/Local/Temp'), (Join-Path $root 'Windows/Temp')
        Set-Content -LiteralPath (Join-Path $user 'AppData/Local/Temp/KB1.html') -Value '[11/18/2026, 8:54:49] Final Result: x (0x800B010B)'
        Set-Content -LiteralPath (Join-Path $root 'Windows/Temp/KB2.html') -Value '[11/18/2026, 8:54:49] Final Result: y (0x800B010B)'
        $script:ProfileRoot = $user
        Mock -ModuleName WuTrust Get-WuProfileList { [pscustomobject]@{ Sid = 'S-1-5-21-1-2-3-1001'; Path = $script:ProfileRoot } }
        Mock -ModuleName WuTrust Get-WuCurrentUserSid { 'S-1-5-21-1-2-3-1001' }
        $savedRoot = $env:SystemRoot
        $savedTemp = $env:TEMP
        try {
            $env:SystemRoot = Join-Path $root 'Windows'
            $env:TEMP = Join-Path $user 'AppData/Local/Temp'
            $logs = InModuleScope WuTrust { @(Get-WuSetupLogExcerpt -Folder (Get-WuSetupLogFolder)) }
        } finally {
            $env:SystemRoot = $savedRoot
            $env:TEMP = $savedTemp
        }
        $logs.Count | Should -Be 2
        ($logs | Where-Object { $_.path -like '*KB1.html' }).sid | Should -Be 'S-1-5-21-1-2-3-1001'
        ($logs | Where-Object { $_.path -like '*KB2.html' }).sid | Should -Be 'S-1-5-18'
    }

    It 'collects the setup logs in the update-log family''s sections (#12), not the WinTrust family''s' {
        Mock -ModuleName WuTrust Get-WuUpdateLogFact { [ordered]@{ path = $Path; status = 'NotFound' } }
        Mock -ModuleName WuTrust Get-WuUpdateEventFact { [ordered]@{ status = 'NotFound' } }
        Mock -ModuleName WuTrust Get-WuSetupLogExcerpt { [ordered]@{ path = 'C:\Windows\Temp\KB1.html'; status = 'Ok'; lines = @('x') } }
        Mock -ModuleName WuTrust Get-WuWinTrustHiveFact { }
        $sections = InModuleScope WuTrust { Get-WuUpdateLogSection -Options @{ CbsLogPath = 'none.log' } }
        $sections.logs.setup[0].path | Should -Be 'C:\Windows\Temp\KB1.html'
        $timeline = InModuleScope WuTrust { Get-WuUpdateLogSection -Options @{ CbsLogPath = 'none.log'; SkipSetupLogs = $true } }
        $timeline.logs | Should -BeNullOrEmpty
        $timeline.updateLogs.cbs.status | Should -Be 'NotFound'
        (InModuleScope WuTrust { Get-WuWinTrustSection }).Contains('logs') | Should -BeFalse
        Should -Invoke -ModuleName WuTrust Get-WuSetupLogExcerpt -Times 1 -Exactly
    }
}
