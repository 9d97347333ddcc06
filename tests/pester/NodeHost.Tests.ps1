# The Node host (#14): the wutrust npm package built into out/packages/wutrust, against the module.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    $script:Package = Join-Path $script:RepoRoot 'out/packages/wutrust'
    $script:Cli = Join-Path $script:Package 'bin/wutrust.js'

    function Invoke-WuNode {
        # Runs the CLI; returns its exit code and output lines (stderr included).
        param([string[]]$Arguments, [hashtable]$Environment = @{})
        $saved = @{}
        foreach ($k in $Environment.Keys) {
            $saved[$k] = [System.Environment]::GetEnvironmentVariable($k)
            [System.Environment]::SetEnvironmentVariable($k, $Environment[$k])
        }
        try {
            $lines = @(& node $script:Cli @Arguments 2>&1 | ForEach-Object { [string]$_ })
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Lines = $lines }
        } finally {
            foreach ($k in $saved.Keys) { [System.Environment]::SetEnvironmentVariable($k, $saved[$k]) }
        }
    }

    function Get-WuCaseSnapshots {
        # Every snapshot among the samples and the diagnose cases (tests/node/caseSnapshots.ts writes them).
        $dir = Join-Path $TestDrive 'snapshots'
        $null = & node (Join-Path $script:RepoRoot 'out/node-tests/caseSnapshots.js') $dir
        @(Get-ChildItem -Path $script:SamplesRoot -Filter '*.json' | ForEach-Object FullName) +
        @(Get-ChildItem -Path $dir -File | Sort-Object Name | ForEach-Object FullName)
    }
}

Describe 'The wutrust npm package' {
    It 'installs with npm ci running no native build, and npx wutrust --version works from a consumer project' {
        $copy = Join-Path $TestDrive 'pkg'
        Copy-Item -LiteralPath $script:Package -Destination $copy -Recurse
        Push-Location $copy
        try {
            $ci = @(& npm ci --no-audit --no-fund 2>&1 | ForEach-Object { [string]$_ })
            $LASTEXITCODE | Should -Be 0
            ($ci -join "`n") | Should -Not -Match 'node-gyp|gyp info|prebuild|msbuild|dotnet build'
            @(Get-ChildItem -Path $copy -Recurse -Filter '*.node' -ErrorAction SilentlyContinue).Count | Should -Be 0
            $tarball = @(& npm pack --silent 2>$null)[-1]
        } finally {
            Pop-Location
        }
        $consumer = Join-Path $TestDrive 'consumer'
        $null = New-Item -ItemType Directory -Path $consumer
        Push-Location $consumer
        try {
            Set-Content -LiteralPath 'package.json' -Value '{ "name": "consumer", "version": "1.0.0", "private": true }'
            $null = & npm install --no-audit --no-fund (Join-Path $copy $tarball) 2>&1
            $LASTEXITCODE | Should -Be 0
            $version = @(& npx --no-install wutrust --version 2>&1)
            $LASTEXITCODE | Should -Be 0
            $version[-1] | Should -BeLike 'wutrust 0.1.0 (engine 0.1.0); collector bridge: spawn (edge-js is not installed*'
        } finally {
            Pop-Location
        }
    }

    It 'analyze --json equals Get-WuTrustStatus -Snapshot -AsJson byte for byte (source normalised), for every sample and diagnose case' {
        $files = @(Get-WuCaseSnapshots)
        $files.Count | Should -BeGreaterThan 100
        $node = Invoke-WuNode -Arguments (@('analyze', '--json') + $files)
        $nodeLines = @($node.Lines | Where-Object { $_.StartsWith('{') })
        $jint = @($files | ForEach-Object { Get-WuTrustStatus -Snapshot $_ -AsJson })
        $nodeLines.Count | Should -Be $jint.Count
        $normalise = { param($l) $l -replace '^\{"source":"(?:[^"\\]|\\.)*"', '{"source":""' }
        $different = @(for ($i = 0; $i -lt $jint.Count; $i++) {
                if ((& $normalise $nodeLines[$i]) -cne (& $normalise $jint[$i])) { $files[$i] }
            })
        $different | Should -BeNullOrEmpty
        Write-Host "    $($jint.Count) snapshots: identical in Node and Jint"
    }

    It 'report over 2,000 generated snapshots: counts per finding ID right; corrupt and newer files listed as not analysed' {
        $dir = Join-Path $TestDrive 'fleet'
        $null = New-Item -ItemType Directory -Path $dir
        $samples = @(Get-ChildItem -Path $script:SamplesRoot -Filter '*.json' | Sort-Object Name)
        for ($i = 0; $i -lt 2000; $i++) {
            $s = $samples[$i % $samples.Count]
            Copy-Item -LiteralPath $s.FullName -Destination (Join-Path $dir ('{0}-{1:D4}.json' -f $s.BaseName, $i))
        }
        Set-Content -LiteralPath (Join-Path $dir 'zz-corrupt.json') -Value '{"schemaVersion":1,"collected'
        $newer = Get-Content -Raw -LiteralPath $samples[0].FullName | ConvertFrom-Json -AsHashtable -DateKind String
        $newer['schemaVersion'] = 2
        Set-Content -LiteralPath (Join-Path $dir 'zz-newer.json') -Value ($newer | ConvertTo-Json -Depth 60)
        $jsonl = Join-Path $TestDrive 'fleet.jsonl'
        $run = Invoke-WuNode -Arguments @('report', $dir, '--jsonl', $jsonl, '--threads', '2')
        # One engine gives the same report as two (worker threads, summaries merged by the engine).
        $single = Invoke-WuNode -Arguments @('report', $dir, '--jsonl', (Join-Path $TestDrive 'one.jsonl'), '--threads', '1')
        $single.Lines | Should -Be $run.Lines
        (Get-Content -Raw -LiteralPath (Join-Path $TestDrive 'one.jsonl')) | Should -Be (Get-Content -Raw -LiteralPath $jsonl)
        $run.ExitCode | Should -Be 1
        $run.Lines[0] | Should -BeLike '2000 machine(s):*2 file(s) not analysed'
        ($run.Lines | Where-Object { $_ -like '*not analysed:*zz-corrupt.json: InvalidJson*' }) | Should -Not -BeNullOrEmpty
        ($run.Lines | Where-Object { $_ -like '*not analysed:*zz-newer.json: UnsupportedSchemaVersion*' }) | Should -Not -BeNullOrEmpty
        # The expected count per ID: each sample's own findings, times its copies.
        $expected = @{}
        for ($k = 0; $k -lt $samples.Count; $k++) {
            $copies = @(0..1999 | Where-Object { $_ % $samples.Count -eq $k }).Count
            $ids = @((Get-WuTrustStatus -Snapshot $samples[$k].FullName).Findings | ForEach-Object Id | Select-Object -Unique)
            foreach ($id in $ids) { $expected[$id] = [int]$expected[$id] + $copies }
        }
        $shown = @{}
        foreach ($line in $run.Lines | Select-Object -Skip 1) {
            if ($line -match '^\s+\S+\s+(WUT-[A-Z]+-\d+)\s+(\d+)\s') { $shown[$Matches[1]] = [int]$Matches[2] }
        }
        $shown.Count | Should -Be $expected.Count
        foreach ($id in $expected.Keys) { $shown[$id] | Should -Be $expected[$id] -Because $id }
        @(Get-Content -LiteralPath $jsonl).Count | Should -Be 2000
    }

    It 'collect off Windows prints the module''s NeedsWindows message and exits 1' -Skip:($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') {
        $exe = (Get-Process -Id $PID).Path
        $pwsh = if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { "$exe $(Join-Path $PSHOME 'pwsh.dll')" } else { $exe }
        $environment = @{ WUTRUST_PWSH = $pwsh; WUTRUST_MODULE = (Join-Path $script:BuiltModuleRoot 'WuTrust.psd1') }
        $run = Invoke-WuNode -Arguments @('collect', '--out', (Join-Path $TestDrive 'pc.json')) -Environment $environment
        $run.ExitCode | Should -Be 1
        ($run.Lines -join ' ') | Should -BeLike '*needs Windows*'
        Test-Path -LiteralPath (Join-Path $TestDrive 'pc.json') | Should -BeFalse
    }

    It 'watch prints only what changed between rounds (a stub collector stands in for Windows)' {
        $state = Join-Path $TestDrive 'round.txt'
        Set-Content -LiteralPath $state -Value '0'
        $stub = Join-Path $TestDrive 'stub.js'
        $first = (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json').Replace('\', '\\')
        $second = (Join-Path $script:SamplesRoot 'healthy.json').Replace('\', '\\')
        $stateJs = $state.Replace('\', '\\')
        Set-Content -LiteralPath $stub -Value @"
const fs = require('fs');
exports.collect = () => {
  const round = Number(fs.readFileSync('$stateJs', 'utf8'));
  fs.writeFileSync('$stateJs', String(round + 1));
  // Rounds 1 and 2 see seed 000; from round 3 the admin's fix has landed.
  return fs.readFileSync(round < 2 ? '$first' : '$second', 'utf8');
};
"@
        $run = Invoke-WuNode -Arguments @('watch', '--collector', $stub, '--interval', '1', '--rounds', '3')
        $run.ExitCode | Should -Be 0
        $lines = @($run.Lines)
        $lines[0] | Should -Match 'status Unhealthy: '
        @($lines | Where-Object { $_ -match '^\S+ \+ Critical WUT-CTL-100 ' }).Count | Should -Be 1
        # Round 2 changed nothing, so printed nothing; round 3 printed the turn to Healthy and what went.
        @($lines | Where-Object { $_ -match 'status Unhealthy -> Healthy' }).Count | Should -Be 1
        @($lines | Where-Object { $_ -match '- Critical WUT-CTL-100 .*\(gone\)' }).Count | Should -Be 1
        @($lines | Where-Object { $_ -match 'status ' }).Count | Should -Be 2
    }

    It 'report --html writes the same self-contained page as Get-WuTrustFleetReport (the same template and data)' {
        $node = Join-Path $TestDrive 'node.html'
        $ps = Join-Path $TestDrive 'ps.html'
        $null = Invoke-WuNode -Arguments @('report', $script:SamplesRoot, '--html', $node)
        $null = Get-WuTrustFleetReport -Path $script:SamplesRoot -Html $ps -ThrottleLimit 1
        $strip = { param($t) [regex]::Replace($t, '"generatedAt":"[^"]*"', '"generatedAt":""') }
        (& $strip (Get-Content -Raw -LiteralPath $node)) | Should -Be (& $strip (Get-Content -Raw -LiteralPath $ps))
    }
}
