BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'Test-WuAutoUpdateAcl' {
    It 'finds what CryptSvc lacks on the seed 000 key and plans Grant without a parent' {
        $result = Test-WuAutoUpdateAcl -Sddl $script:Broken
        $result.PSObject.TypeNames | Should -Contain 'WuTrust.AclAssessment'
        $result.HasRequiredAccess | Should -BeFalse
        $result.CryptSvcGranted | Should -Be '0x00020019'
        $result.MissingRights | Should -Be @('KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY')
        $result.InheritanceDisabled | Should -BeTrue
        $result.ProblemCodes | Should -Be @('InheritanceDisabled', 'MissingRights')
        $result.PlanStrategy | Should -Be 'Grant'
        $result.TargetSddl | Should -Be "O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)(A;CI;KA;;;$script:CS)"
    }

    It 'plans Inherit when the parent gives CryptSvc what it needs' {
        $result = Test-WuAutoUpdateAcl -Sddl $script:Broken -ParentSddl $script:Parent
        $result.PlanStrategy | Should -Be 'Inherit'
        $result.PlanSufficient | Should -BeTrue
        $result.TargetSddl | Should -BeLike "O:SYG:SYD:AI*(A;OICIID;GA;;;$script:CS)*"
    }

    It 'says nothing needs repair on a healthy key' {
        $result = Test-WuAutoUpdateAcl -Sddl "O:SYG:SYD:AI(A;OICIID;GA;;;$script:CS)" -ParentSddl $script:Parent
        $result.RepairNeeded | Should -BeFalse
        $result.PlanStrategy | Should -BeNullOrEmpty
        $result.PlanNote | Should -BeLike '*nothing to repair*'
    }

    It 'takes Get-Acl-like objects from the pipeline' {
        $results = @([pscustomobject]@{ Sddl = $script:Broken }, [pscustomobject]@{ Sddl = "O:SYG:SYD:(A;;KA;;;$script:CS)" } | Test-WuAutoUpdateAcl)
        $results.Count | Should -Be 2
        $results[1].HasRequiredAccess | Should -BeTrue
    }

    It 'names the position of malformed SDDL' {
        $err = $null
        try { Test-WuAutoUpdateAcl -Sddl 'O:SYD:(A;;KQ;;;SY)' -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'WuTrust.Engine.InvalidSddl*'
        $err.Exception.Message | Should -BeLike '*character 11*KQ*'
    }

    It 'refuses Inherit without a parent, clearly' {
        $inherit = { Test-WuAutoUpdateAcl -Sddl $script:Broken -Strategy Inherit -ErrorAction Stop }
        $inherit | Should -Throw -ExpectedMessage '*needs the parent (AuthRoot) SDDL*'
    }

    It 'formats with the module view' {
        $text = Test-WuAutoUpdateAcl -Sddl $script:Broken | Out-String -Width 200
        $text | Should -Match 'MissingRights\s+: KEY_SET_VALUE, KEY_CREATE_SUB_KEY'
        $text | Should -Match 'PlanStrategy\s+: Grant'
    }

    It 'reads and writes nothing on the machine' {
        Mock -ModuleName WuTrust Get-WuRegistryKeySddl { throw 'must not be called' }
        Mock -ModuleName WuTrust Set-WuRegistryKeySddl { throw 'must not be called' }
        $null = Test-WuAutoUpdateAcl -Sddl $script:Broken
        Should -Invoke -ModuleName WuTrust Get-WuRegistryKeySddl -Times 0 -Exactly
        Should -Invoke -ModuleName WuTrust Set-WuRegistryKeySddl -Times 0 -Exactly
    }

    It 'D12: binds an SDDL string from the pipeline, and -Quiet returns a bool' {
        $result = $script:Broken | Test-WuAutoUpdateAcl
        $result.HasRequiredAccess | Should -BeFalse
        $script:Broken | Test-WuAutoUpdateAcl -Quiet | Should -BeOfType [bool]
        $script:Broken | Test-WuAutoUpdateAcl -Quiet | Should -BeFalse
        Test-WuAutoUpdateAcl $script:Healthy -Quiet | Should -BeTrue
    }

    It 'D13: names the command once in a malformed-SDDL error, and the SDDL is the target' {
        $err = $null
        try { Test-WuAutoUpdateAcl -Sddl 'garbage' -ErrorAction Stop } catch { $err = $_ }
        $err.Exception.Message | Should -Not -BeLike '*Test-WuAutoUpdateAcl*'
        $err.Exception.Message | Should -BeLike 'Malformed SDDL*'
        $err.TargetObject | Should -Be 'garbage'
        $err.Exception | Should -BeOfType [System.ArgumentException]
    }
}
