BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    $script:SP = 'Software\Microsoft\Windows\CurrentVersion\WinTrust\Trust Providers\Software Publishing'
}

Describe 'Get-WinTrustState' {
    BeforeEach {
        Mock -ModuleName WuTrust Test-WuIsWindows { $true }
        Mock -ModuleName WuTrust Get-WuUserHiveSid { @('S-1-5-21-1-2-3-1001') }
        Mock -ModuleName WuTrust Get-WuRegistryKeyFact {
            if ($SubKey -like '.DEFAULT\*') {
                return [ordered]@{ status = 'Ok'; values = [ordered]@{ State = [ordered]@{ status = 'Ok'; type = 'REG_DWORD'; hex = 'C9000000' } } }
            }
            if ($SubKey -like 'S-1-5-19\*') { return [ordered]@{ status = 'NotFound' } }
            if ($SubKey -like 'S-1-5-20\*') { return [ordered]@{ status = 'AccessDenied'; message = 'denied' } }
            [ordered]@{ status = 'Ok'; values = [ordered]@{ State = [ordered]@{ status = 'Ok'; type = 'REG_BINARY'; hex = '003C0200' } } }
        }
    }

    It 'maps each scope to its hive: <Scope> -> <Hive> <SubKeyStart>' -ForEach @(
        @{ Scope = 'System'; Hive = 'Users'; SubKeyStart = '.DEFAULT\' }
        @{ Scope = 'NetworkService'; Hive = 'Users'; SubKeyStart = 'S-1-5-20\' }
        @{ Scope = 'LocalService'; Hive = 'Users'; SubKeyStart = 'S-1-5-19\' }
        @{ Scope = 'CurrentUser'; Hive = 'CurrentUser'; SubKeyStart = 'Software\' }
    ) {
        $script:ExpectedHive = $Hive
        $script:ExpectedStart = $SubKeyStart
        $null = Get-WinTrustState -Scope $Scope
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeyFact -Times 1 -Exactly -Scope It -ParameterFilter {
            $Hive -eq $script:ExpectedHive -and $SubKey.StartsWith($script:ExpectedStart) -and $SubKey.EndsWith($script:SP)
        }
    }

    It 'reads SYSTEM (HKU\.DEFAULT) and decodes it' {
        $state = Get-WinTrustState -Scope System
        $state.Scope | Should -Be 'System'
        $state.Path | Should -Be "HKU\.DEFAULT\$script:SP"
        $state.Hex | Should -Be '0xC9'
        # D2: only the clear OFFLINEOK_COM breaks updates; the clear OFFLINEOK_IND may break some installs.
        $state.BreaksUpdates.Count | Should -Be 1
        $state.MayBreakInstalls.Count | Should -Be 1
    }

    It 'reports an absent value as absent, with what Windows is taken to do' {
        $state = Get-WinTrustState -Scope LocalService
        $state.Presence | Should -Be 'Absent'
        $state.Value | Should -BeNullOrEmpty
        $state.Note | Should -BeLike '*0x23C00*UNVERIFIED*'
    }

    It 'reports a hive it could not read as Unavailable' {
        (Get-WinTrustState -Scope NetworkService).Presence | Should -Be 'Unavailable'
    }

    It 'reads a 4-byte REG_BINARY as the DWORD and says so' {
        $state = Get-WinTrustState -Scope CurrentUser
        $state.Hex | Should -Be '0x23C00'
        $state.Note | Should -BeLike '*REG_BINARY*'
    }

    It 'covers every hive with AllUsers' {
        $states = @(Get-WinTrustState -Scope AllUsers)
        @($states | ForEach-Object Scope) | Should -Be @('System', 'NetworkService', 'LocalService', 'User')
        $states[3].Sid | Should -Be 'S-1-5-21-1-2-3-1001'
    }

    It 'reads one user hive by SID and refuses what is not a SID' {
        (Get-WinTrustState -Sid 'S-1-5-21-9-9-9-500').Path | Should -Be "HKU\S-1-5-21-9-9-9-500\$script:SP"
        { Get-WinTrustState -Sid 'Administrator' } | Should -Throw -ExpectedMessage '*not a SID*'
    }

    It 'refuses off Windows and points to ConvertFrom-WinTrustState' {
        Mock -ModuleName WuTrust Test-WuIsWindows { $false }
        { Get-WinTrustState } | Should -Throw -ExpectedMessage '*ConvertFrom-WinTrustState*'
    }
}
