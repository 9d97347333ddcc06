# ConvertFrom-WuCertTrustStatus (#12): CERT_TRUST_* bits by name.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'ConvertFrom-WuCertTrustStatus' {
    It 'decodes seed 000''s 0x1000040 as revocation offline' {
        $r = ConvertFrom-WuCertTrustStatus 0x1000040
        @($r.Errors.Name) | Should -Be @('CERT_TRUST_REVOCATION_STATUS_UNKNOWN', 'CERT_TRUST_IS_OFFLINE_REVOCATION')
        $r.Summary | Should -BeLike '*revocation offline*'
        $r.ErrorStatus | Should -Be '0x01000040'
    }

    It 'takes text, an info status, and names bits without a name' {
        $r = ConvertFrom-WuCertTrustStatus -ErrorStatus '0x40000020' -InfoStatus 8
        @($r.Errors.Name) | Should -Be @('CERT_TRUST_IS_UNTRUSTED_ROOT')
        @($r.UnknownBits) | Should -Be @('0x40000000')
        @($r.Info.Name) | Should -Be @('CERT_TRUST_IS_SELF_SIGNED')
    }

    It 'refuses what is not a 32-bit status, naming it' {
        { ConvertFrom-WuCertTrustStatus 'revoked' -ErrorAction Stop } |
            Should -Throw -ErrorId 'WuTrust.InvalidTrustStatus,ConvertFrom-WuCertTrustStatus'
    }
}
