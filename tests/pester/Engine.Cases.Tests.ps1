# Replays every tests/cases file through the built bundle in Jint (the shipped engine) and requires
# the response to be identical to the TypeScript source's under Node, which checked the case's
# expectations (tests/node/cases.test.ts): byte equality carries them over, so Pester has no matcher.
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
    }
}
