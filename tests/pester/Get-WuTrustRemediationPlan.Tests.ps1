BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
}

Describe 'Get-WuTrustRemediationPlan' {
    It 'plans the ACL repair for seed 000, with the root cause first in the line' {
        $plan = Get-WuTrustRemediationPlan -Snapshot (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json')
        $plan.PSObject.TypeNames[0] | Should -Be 'WuTrust.RemediationPlan'
        $plan.ExitCode | Should -Be 1
        $plan.Line | Should -BeLike 'Unhealthy: WUT-CTL-100 *'
        @($plan.Actions).Count | Should -Be 1
        $plan.Actions[0].Name | Should -Be 'Repair-WuAutoUpdateAcl'
        $plan.Actions[0].Parameters | Should -BeOfType [hashtable]
        $plan.Actions[0].Parameters.Strategy | Should -Be 'Auto'
        $plan.Actions[0].Parameters.ContainsKey('Force') | Should -BeFalse
    }

    It 'gives exit code 0 and no action for a healthy snapshot' {
        $plan = Get-WuTrustRemediationPlan -Snapshot (Join-Path $script:SamplesRoot 'healthy.json')
        $plan.Healthy | Should -BeTrue
        $plan.ExitCode | Should -Be 0
        @($plan.Actions).Count | Should -Be 0
    }

    It 'leaves interception to an administrator' {
        $plan = Get-WuTrustRemediationPlan -Snapshot (Join-Path $script:SamplesRoot 'seed-001-tls-intercepted.json')
        @($plan.Actions).Count | Should -Be 0
        @($plan.Manual.Id) | Should -Contain 'WUT-NET-101'
    }

    It 'saves the snapshot to -SnapshotFolder, and refuses a folder that does not exist' {
        $share = Join-Path $TestDrive 'share'
        $null = New-Item -ItemType Directory -Path $share
        $plan = Get-WuTrustRemediationPlan -Snapshot (Join-Path $script:SamplesRoot 'healthy.json') -SnapshotFolder $share
        $plan.SnapshotPath | Should -Be (Join-Path $share 'healthy.json')
        { Get-WuTrustRemediationPlan -Snapshot (Join-Path $script:SamplesRoot 'healthy.json') -SnapshotFolder (Join-Path $TestDrive 'nope') } |
            Should -Throw -ExpectedMessage '*-SnapshotFolder*does not exist*'
    }

    It 'needs Windows without -Snapshot' -Skip:($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') {
        { Get-WuTrustRemediationPlan -ErrorAction Stop } | Should -Throw -ExpectedMessage '*needs Windows*'
    }

    It 'names a damaged snapshot file' {
        $bad = Join-Path $TestDrive 'bad.json'
        Set-Content -LiteralPath $bad -Value '{"schemaVersion":1'
        { Get-WuTrustRemediationPlan -Snapshot $bad -ErrorAction Stop } | Should -Throw -ExpectedMessage "*bad.json*"
    }
}
