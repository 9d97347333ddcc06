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
        { ConvertFrom-WinTrustState -Value 4294967296 -ErrorAction Stop } | Should -Throw -ExpectedMessage '*out of range*'
        { ConvertFrom-WinTrustState -Value ([long]-2147483649) -ErrorAction Stop } | Should -Throw -ExpectedMessage '*out of range*'
    }
    It 'D9: refuses $null, empty text, a missing property, booleans and fractions, naming the input' -ForEach @(
        @{ Case = '$null (how an absent value arrives from Get-ItemProperty)'; Given = $null; Expected = '*missing ($null)*absent value is not 0*' }
        @{ Case = 'empty'; Given = ''; Expected = '*is empty*' }
        @{ Case = '$true'; Given = $true; Expected = '*boolean*' }
        @{ Case = '1.5'; Given = 1.5; Expected = '*fraction*' }
        @{ Case = 'text'; Given = 'zz'; Expected = "*'zz' is not a 32-bit number*" }
        @{ Case = '3 bytes'; Given = [byte[]](1, 2, 3); Expected = '*3 byte(s)*' }
    ) {
        $err = $null
        try { ConvertFrom-WinTrustState -Value $Given -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.InvalidStateValue*'
        $err.Exception | Should -BeOfType [System.ArgumentException]
        $err.Exception.Message | Should -BeLike $Expected
        @($null | ConvertFrom-WinTrustState -ErrorAction SilentlyContinue).Count | Should -Be 0
    }
    It 'D9: reads every shape a State value comes in: <Case>' -ForEach @(
        @{ Case = 'Int32 -1 (the literal 0xFFFFFFFF)'; Given = 0xFFFFFFFF; Hex = '0xFFFFFFFF' }
        @{ Case = 'negative Int32 from Get-ItemProperty'; Given = [int]-2147302400; Hex = '0x8002C400' }
        @{ Case = 'hex without 0x'; Given = 'C9'; Hex = '0xC9' }
        @{ Case = 'eight digits as regedit shows'; Given = '000000c9'; Hex = '0xC9' }
        @{ Case = '.reg dword'; Given = 'dword:00022849'; Hex = '0x22849' }
        @{ Case = '0x text'; Given = '0x23c00'; Hex = '0x23C00' }
        @{ Case = 'decimal text'; Given = '201'; Hex = '0xC9' }
        @{ Case = 'REG_BINARY bytes'; Given = [byte[]](0xC9, 0, 0, 0); Hex = '0xC9' }
        @{ Case = 'UInt32'; Given = [uint32]::MaxValue; Hex = '0xFFFFFFFF' }
    ) {
        (ConvertFrom-WinTrustState -Value $Given -ErrorAction Stop).Hex | Should -Be $Hex
    }
    It 'D9: binds the State property of Get-ItemProperty output from the pipeline' {
        $item = [pscustomobject]@{ State = 201; PSPath = 'Microsoft.PowerShell.Core\Registry::HKEY_CURRENT_USER\x' }
        ($item | ConvertFrom-WinTrustState).Hex | Should -Be '0xC9'
        ([pscustomobject]@{ State = [int]-1 } | ConvertFrom-WinTrustState).Hex | Should -Be '0xFFFFFFFF'
    }
    It 'formats like SetReg' {
        $text = ConvertFrom-WinTrustState -Value 0xC9 | Out-String -Width 200
        $text | Should -Match '1\) Trust the Test Root\.+ TRUE'
        $text | Should -Match 'State\s+: 0xC9'
    }
}
