# Replays every tests/cases file through the built bundle in Jint (the shipped engine), checks the
# case's expectations, and requires the response to be identical to the TypeScript source's under Node.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $cases = @(Get-WuTestCase)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    $replayScript = Join-Path $script:RepoRoot 'out/node-tests/replay.js'
    if (-not (Test-Path -LiteralPath $replayScript)) {
        throw "Missing ${replayScript}: build.ps1 -Task Test builds it before Pester runs."
    }
    $replayText = (& node $replayScript) -join "`n"
    $script:NodeReplay = @{}
    $parsed = $replayText | ConvertFrom-Json
    foreach ($property in $parsed.PSObject.Properties) {
        $script:NodeReplay[$property.Name] = $property.Value
    }
}

Describe 'Engine cases through Jint' {
    It 'finds at least 25 CTL-sync cases and 40 ACL cases' {
        @(Get-WuTestCase | Where-Object { $_.Id -like 'ctl/*' }).Count | Should -BeGreaterOrEqual 25
        @(Get-WuTestCase | Where-Object { $_.Id -like 'acl/*' }).Count | Should -BeGreaterOrEqual 40
    }

    It 'case <Id> holds in Jint and matches Node exactly' -ForEach $cases {
        $script:NodeReplay.ContainsKey($Id) | Should -BeTrue -Because 'Node replays every case file'
        $node = $script:NodeReplay[$Id]
        $jintText = InModuleScope WuTrust -Parameters @{ C = $node.command; R = $node.request } {
            param($C, $R)
            Invoke-WuTrustEngineText -Command $C -RequestJson $R
        }
        $jintText | Should -BeExactly $node.response
        $case = Get-Content -Raw -LiteralPath $Path | ConvertFrom-Json
        $mismatches = Get-WuCaseMismatch -Expect $case.expect -Response ($jintText | ConvertFrom-Json)
        $mismatches | Should -BeNullOrEmpty
    }
}

Describe 'The case matcher' {
    It 'reports a wrong value, a missing item and a non-empty array where [] was expected' {
        Test-WuJsonPartial -Expected ('{"a":1}' | ConvertFrom-Json) -Actual ('{"a":2}' | ConvertFrom-Json) | Should -Not -BeNullOrEmpty
        Test-WuJsonPartial -Expected ('{"a":[]}' | ConvertFrom-Json) -Actual ('{"a":[1]}' | ConvertFrom-Json) | Should -Not -BeNullOrEmpty
        Test-WuJsonPartial -Expected ('{"a":[{"b":1},{}]}' | ConvertFrom-Json) -Actual ('{"a":[{"b":1}]}' | ConvertFrom-Json) | Should -Not -BeNullOrEmpty
        Test-WuJsonPartial -Expected ('{"a":"X"}' | ConvertFrom-Json) -Actual ('{"a":"x"}' | ConvertFrom-Json) | Should -Not -BeNullOrEmpty
    }

    It 'accepts a partial match' {
        Test-WuJsonPartial -Expected ('{"a":[{"b":1}]}' | ConvertFrom-Json) -Actual ('{"a":[{"b":1,"c":2},3],"d":4}' | ConvertFrom-Json) | Should -BeNullOrEmpty
    }

    It 'reports wrong finding IDs' {
        $expect = '{"ok":true,"findingIds":["WUT-CTL-001"]}' | ConvertFrom-Json
        $response = '{"ok":true,"result":{"findings":[],"checksRun":[],"checksNotRun":[]}}' | ConvertFrom-Json
        @(Get-WuCaseMismatch -Expect $expect -Response $response).Count | Should -Be 1
    }
}
