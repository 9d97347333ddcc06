BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'ConvertFrom-WinTrustState' {
    It 'decodes 0xC9 as seed 002 lists it' {
        $state = ConvertFrom-WinTrustState -Value 0xC9
        $state.PSObject.TypeNames | Should -Contain 'WuTrust.WinTrustState'
        $state.Hex | Should -Be '0xC9'
        @($state.Options | Where-Object Enabled | ForEach-Object Number) | Should -Be @(1, 2, 3, 9)
        $state.UnknownBits | Should -Be @('0x1', '0x8', '0x40')
        # D2: only the clear OFFLINEOK_COM breaks updates; the clear OFFLINEOK_IND may break some installs.
        $state.BreaksUpdates.Count | Should -Be 1
        $state.MayBreakInstalls.Count | Should -Be 1
        $state.IsWindowsDefault | Should -BeFalse
        ($state.SetRegText -split "`n")[5] | Should -Be ' 5) Offline revocation server OK (Commercial)..... FALSE'
    }
    It 'recognizes the Windows default' {
        $state = ConvertFrom-WinTrustState -Value 0x23C00
        $state.IsWindowsDefault | Should -BeTrue
        $state.BreaksUpdates.Count | Should -Be 0
        $state.WeakensSecurity.Count | Should -Be 0
    }
    It 'says that 0x23E00 turns revocation checking off' {
        (ConvertFrom-WinTrustState -Value 0x23E00).WeakensSecurity[0] | Should -BeLike 'Revocation is not checked*'
    }
    It 'takes values from the pipeline, including 0 and 0xFFFFFFFF' {
        $states = @(0, [uint32]::MaxValue | ConvertFrom-WinTrustState)
        $states.Count | Should -Be 2
        $states[1].Hex | Should -Be '0xFFFFFFFF'
    }
    It 'refuses what is not a 32-bit value' {
        { ConvertFrom-WinTrustState -Value -1 } | Should -Throw
        { ConvertFrom-WinTrustState -Value 4294967296 } | Should -Throw
    }
    It 'formats like SetReg' {
        $text = ConvertFrom-WinTrustState -Value 0xC9 | Out-String -Width 200
        $text | Should -Match '1\) Trust the Test Root\.+ TRUE'
        $text | Should -Match 'State\s+: 0xC9'
    }
}
