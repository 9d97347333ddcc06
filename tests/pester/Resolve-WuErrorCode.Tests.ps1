# Resolve-WuErrorCode (#12): every form of a code, the pipeline, every code of the table round
# tripping through the command, clear errors for what is not a code.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'Resolve-WuErrorCode' {
    It 'reads 0x80072F8F in every form: <Form>' -ForEach @(
        @{ Form = 'hex literal'; Value = 0x80072F8F }
        @{ Form = 'signed decimal'; Value = -2147012721 }
        @{ Form = 'unsigned decimal'; Value = 2147954575 }
        @{ Form = 'eight hex digits as text'; Value = '80072F8F' }
        @{ Form = 'lower-case 0x text'; Value = '0x80072f8f' }
        @{ Form = 'Win32 code'; Value = 12175 }
    ) {
        $r = Resolve-WuErrorCode -Code $Value
        $r.PSObject.TypeNames | Should -Contain 'WuTrust.ErrorCode'
        $r.Hresult | Should -Be '0x80072F8F'
        $r.Name | Should -Be 'ERROR_WINHTTP_SECURE_FAILURE'
        @($r.Names.Name) | Should -Contain 'WININET_E_DECODING_FAILED'
        $r.NamesNote | Should -BeLike '*WinHTTP*'
        $r.Cause | Should -BeLike 'TLS failure*'
        @($r.Checks) | Should -Contain 'CTL.DisallowedSync'
    }

    It 'takes codes from the pipeline, in order, one engine call for all' {
        $rows = @('0x8024402C', '0x800B010E', 1603 | Resolve-WuErrorCode)
        @($rows.Name) | Should -Be @('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED', 'CERT_E_REVOCATION_FAILURE', 'ERROR_INSTALL_FAILURE')
        $rows[2].Win32 | Should -Be 1603
        ($rows | Out-String -Width 200) | Should -BeLike '*0x8024402C*WU_E_PT_WINHTTP_NAME_NOT_RESOLVED*'
    }

    It 'decodes a code the table does not know, and says so' {
        $r = Resolve-WuErrorCode '0x8024A10A'
        $r.Known | Should -BeFalse
        $r.Facility | Should -Be 36
        $r.FacilityName | Should -Be 'WINDOWSUPDATE'
        $r.Summary | Should -BeLike "*not in WuTrust's table*"
    }

    It 'writes one error naming what is not a code, and goes on with the rest' {
        $rows = @(Resolve-WuErrorCode -Code 'hello', '0x80092013' -ErrorVariable bad -ErrorAction SilentlyContinue)
        $rows.Count | Should -Be 1
        $rows[0].Name | Should -Be 'CRYPT_E_REVOCATION_OFFLINE'
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -Be 'WuTrust.InvalidErrorCode,Resolve-WuErrorCode'
        $bad[0].TargetObject | Should -Be 'hello'
    }

    It 'round-trips every code of the catalogue through the command' {
        $all = @((InModuleScope WuTrust { Invoke-WuTrustEngine -Command 'listErrorCodes' -RequestJson '{}' }).codes)
        $all.Count | Should -BeGreaterOrEqual 470
        $hex = @($all | ForEach-Object { '0x{0:X8}' -f [uint32]$_.value })
        $rows = @(Resolve-WuErrorCode -Code $hex)
        $rows.Count | Should -Be $all.Count
        for ($i = 0; $i -lt $all.Count; $i++) {
            $rows[$i].Known | Should -BeTrue
            $rows[$i].Unsigned | Should -Be ([uint32]$all[$i].value)
            @($rows[$i].Names.Name | Sort-Object) | Should -Be @($all[$i].names | Sort-Object)
        }
    }
}
