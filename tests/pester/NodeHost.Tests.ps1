# The Node host (#14): the wutrust npm package built into out/packages/wutrust, against the module.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-WuTrustBuiltModule
    $script:Package = Join-Path $script:RepoRoot 'out/packages/wutrust'
    $script:Cli = Join-Path $script:Package 'bin/wutrust.js'
    # This PowerShell as a WUTRUST_PWSH command line: the apphost, or dotnet + pwsh.dll (the .NET tool).
    $exe = (Get-Process -Id $PID).Path
    $script:Pwsh = $exe
    if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $script:Pwsh = "$exe $(Join-Path $PSHOME 'pwsh.dll')" }

    function Invoke-WuNode {
        # Runs the CLI; returns its exit code and output lines (stderr included).
        param([string[]]$Arguments, [hashtable]$Environment = @{}, [string]$Cli = $script:Cli)
        $saved = @{}
        foreach ($k in $Environment.Keys) {
            $saved[$k] = [System.Environment]::GetEnvironmentVariable($k)
            [System.Environment]::SetEnvironmentVariable($k, $Environment[$k])
        }
        try {
            $lines = @(& node $Cli @Arguments 2>&1 | ForEach-Object { [string]$_ })
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Lines = $lines }
        } finally {
            foreach ($k in $saved.Keys) { Set-WuTestEnvironmentVariable -Name $k -Value $saved[$k] }
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

    It 'runs the engine in its own function, leaving no global behind, with the answers of the bundle run in a separate vm context' {
        # lib/engine.js compiles the bundle as a function body in Node's own context (a vm context
        # made every built-in slower; bench/README.md 0j): the same answers, and no name leaks out.
        $script = Join-Path $TestDrive 'engine-context.cjs'
        Set-Content -LiteralPath $script -Encoding ascii -Value @(
            "const fs = require('node:fs'), path = require('node:path'), vm = require('node:vm');"
            "const [pkg, ...files] = process.argv.slice(2);"
            "const { callText } = require(path.join(pkg, 'lib', 'engine.js'));"
            "callText('engineInfo', '{}');"
            "const leaked = ['WuTrustEngine', 'WuTrustInvoke'].filter((n) => n in globalThis);"
            "const context = vm.createContext({});"
            "vm.runInContext(fs.readFileSync(path.join(pkg, 'dist', 'WuTrust.Engine.js'), 'utf8'), context);"
            "let differ = 0;"
            "for (const f of files) {"
            "  const text = fs.readFileSync(f, 'utf8');"
            "  const own = (() => { try { return callText('diagnose', text); } catch (e) { return 'error ' + e.code + ' ' + e.message; } })();"
            "  const r = JSON.parse(context.WuTrustInvoke('diagnose', text));"
            "  const other = r.ok ? JSON.stringify(r.result) : 'error ' + r.error.code + ' ' + r.error.message;"
            "  if (own !== other) differ++;"
            "}"
            "console.log(JSON.stringify({ leaked, files: files.length, differ }));"
        )
        $files = @(Get-WuCaseSnapshots)
        $line = @(& node $script $script:Package @files)[-1]
        $LASTEXITCODE | Should -Be 0
        $result = $line | ConvertFrom-Json
        @($result.leaked).Count | Should -Be 0
        $result.files | Should -Be $files.Count
        $result.files | Should -BeGreaterThan 100
        $result.differ | Should -Be 0
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
        # --progress: a line per batch on standard error, counting up to every file; the report unchanged.
        $watched = Invoke-WuNode -Arguments @('report', $dir, '--threads', '2', '--batch-size', '500', '--progress')
        $counts = @($watched.Lines | Where-Object { $_ -match '^wutrust report: (\d+) of 2002 snapshot file\(s\) judged$' } |
                ForEach-Object { [int]($_ -replace '^wutrust report: (\d+) of .*$', '$1') })
        $counts.Count | Should -Be 6
        $counts[-1] | Should -Be 2002
        for ($k = 1; $k -lt $counts.Count; $k++) { $counts[$k] | Should -BeGreaterThan $counts[$k - 1] }
        @($watched.Lines | Where-Object { $_ -notlike 'wutrust report: *' }) | Should -Be $run.Lines
        @($run.Lines | Where-Object { $_ -like 'wutrust report: *' }).Count | Should -Be 0
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
        $environment = @{ WUTRUST_PWSH = $script:Pwsh; WUTRUST_MODULE = (Join-Path $script:BuiltModuleRoot 'WuTrust.psd1') }
        $run = Invoke-WuNode -Arguments @('collect', '--out', (Join-Path $TestDrive 'pc.json')) -Environment $environment
        $run.ExitCode | Should -Be 1
        ($run.Lines -join ' ') | Should -BeLike '*needs Windows*'
        Test-Path -LiteralPath (Join-Path $TestDrive 'pc.json') | Should -BeFalse
    }

    It 'says which bridge it would use and why without edge-js, and refuses an unknown bridge or action, exit 1' {
        $status = Invoke-WuNode -Arguments @('bridge', 'status')
        $status.ExitCode | Should -Be 1
        $status.Lines[0] | Should -BeLike 'collector bridge: spawn (edge-js is not installed*'
        $status.Lines[1] | Should -Be 'edge-js: not installed'
        $build = Invoke-WuNode -Arguments @('bridge', 'build')
        $build.ExitCode | Should -Be 1
        $build.Lines[-1] | Should -BeLike 'wutrust: edge-js is not installed: install it first*'
        $unknown = Invoke-WuNode -Arguments @('collect', '--bridge', 'edge')
        $unknown.ExitCode | Should -Be 1
        $unknown.Lines[-1] | Should -Be 'wutrust: --bridge edge: not a collector bridge; expected spawn, edge-js or auto.'
        $forced = Invoke-WuNode -Arguments @('watch', '--bridge', 'edge-js', '--rounds', '1')
        $forced.ExitCode | Should -Be 1
        $forced.Lines[-1] | Should -BeLike 'wutrust: The edge-js bridge was asked for and cannot be used: edge-js is not installed*'
        (Invoke-WuNode -Arguments @('bridge', 'frob')).Lines[-1] | Should -Be 'wutrust: bridge frob: not an action; expected build or status.'
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
        $lines[0] | Should -Match 'watching every 1 s with the custom \(.*stub\.js\) collector$'
        $lines[1] | Should -Match 'status Unhealthy: '
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

# The in-process bridge: edge-js installed as the package's README says (build.ps1's
# Initialize-EdgeJsBridge: out/edge-js, the documented Directory.Build.targets, `wutrust bridge
# build` into out/edge-js/host). Where edge-js cannot be built these tests are not run; run by hand
# without out/edge-js (build.ps1 -Task EdgeJs), they are skipped.
BeforeDiscovery {
    $edgeReady = Test-Path -LiteralPath (Join-Path $PSScriptRoot '../../out/edge-js/host/WuTrust.EdgeHost.dll')
}

Describe 'The edge-js bridge (PowerShell hosted in the Node process)' -Tag 'EdgeJs' -Skip:(-not $edgeReady) {
    BeforeAll {
        $script:EdgeProject = Join-Path $script:RepoRoot 'out/edge-js'
        $script:EdgeCli = Join-Path $script:EdgeProject 'node_modules/wutrust/bin/wutrust.js'
        $script:EdgeHost = Join-Path $script:EdgeProject 'host'
        $script:EdgeEnv = @{ WUTRUST_EDGE_HOST = $script:EdgeHost }
        . (Join-Path $script:RepoRoot 'tests/intune/FakeMachine.ps1')

        function Get-WuFakeBridgeEnvironment {
            # The module on a pretend Windows machine (tests/intune/FakeWuTrust.psm1), for both bridges.
            param($Machine)
            @{
                WUTRUST_EDGE_HOST    = $script:EdgeHost
                WUTRUST_PWSH         = $script:Pwsh
                WUTRUST_MODULE       = (Join-Path $script:RepoRoot 'tests/intune/FakeWuTrust.psm1')
                WUTRUST_FAKE_WUTRUST = (Join-Path $script:BuiltModuleRoot 'WuTrust.psd1')
                WUTRUST_FAKE_STATE   = $Machine.State
                WUTRUST_FAKE_BACKUPS = $Machine.Backups
            }
        }
    }

    It 'has its build outputs (npm exit codes prove nothing), and --version says edge-js is active and why' {
        $edge = Join-Path $script:EdgeProject 'node_modules/edge-js'
        $outputs = @('lib/bootstrap/bin/Release/bootstrap.dll', 'src/double/Edge.js/bin/Release/net8.0/EdgeJs.dll')
        # The native addon is built at install off Windows; Windows gets edge-js's prebuilt one.
        if (-not $IsWindows) { $outputs += 'build/Release/edge_coreclr.node' }
        foreach ($file in $outputs) {
            Test-Path -LiteralPath (Join-Path $edge $file) | Should -BeTrue -Because $file
        }
        foreach ($file in 'WuTrust.EdgeHost.dll', 'System.Management.Automation.dll', 'Modules/Microsoft.PowerShell.Utility') {
            Test-Path -LiteralPath (Join-Path $script:EdgeHost $file) | Should -BeTrue -Because $file
        }
        $run = Invoke-WuNode -Cli $script:EdgeCli -Arguments @('--version') -Environment $script:EdgeEnv
        $run.ExitCode | Should -Be 0
        $said = 'wutrust 0.1.0 (engine 0.1.0); collector bridge: edge-js (edge-js 26.1.0 loaded; PowerShell 7.6.9 on .NET *'
        $run.Lines[-1] | Should -BeLike $said
        $run.Lines[-1] | Should -BeLike "*in this process, from $($script:EdgeHost))"
        # Without the built host it says so, and falls back to spawning PowerShell.
        $nowhere = @{ WUTRUST_EDGE_HOST = (Join-Path $TestDrive 'no-host') }
        $spawn = Invoke-WuNode -Cli $script:EdgeCli -Arguments @('--version') -Environment $nowhere
        $notBuilt = 'edge-js is installed, but the PowerShell host is not built in *'
        $spawn.Lines[-1] | Should -BeLike "*collector bridge: spawn ($notBuilt(run: wutrust bridge build))"
        $forced = Invoke-WuNode -Cli $script:EdgeCli -Arguments @('collect', '--bridge', 'edge-js') -Environment $nowhere
        $forced.ExitCode | Should -Be 1
        ($forced.Lines -join ' ') | Should -BeLike "*The edge-js bridge was asked for and cannot be used: $notBuilt"
    }

    It 'falls back to spawning PowerShell, and says why, when the host does not load' {
        $bogus = Join-Path $TestDrive 'bogus-host'
        $null = New-Item -ItemType Directory -Path $bogus
        Set-Content -LiteralPath (Join-Path $bogus 'WuTrust.EdgeHost.dll') -Value 'not an assembly'
        $run = Invoke-WuNode -Cli $script:EdgeCli -Arguments @('--version') -Environment @{ WUTRUST_EDGE_HOST = $bogus }
        $run.ExitCode | Should -Be 0
        $run.Lines[-1] | Should -BeLike "*collector bridge: spawn (edge-js is installed but did not load the PowerShell host in $($bogus): *"
    }

    It 'loads with an empty NuGet packages folder, and takes PowerShell from its own folder even when the cache holds the SDK' {
        $empty = Join-Path $TestDrive 'empty-nuget'
        $null = New-Item -ItemType Directory -Path $empty
        $home2 = Join-Path $TestDrive 'empty-home'
        $null = New-Item -ItemType Directory -Path $home2
        $environment = @{ WUTRUST_EDGE_HOST = $script:EdgeHost; NUGET_PACKAGES = $empty; HOME = $home2 }
        $run = Invoke-WuNode -Cli $script:EdgeCli -Arguments @('bridge', 'status') -Environment $environment
        $run.ExitCode | Should -Be 0
        $run.Lines[0] | Should -BeLike "collector bridge: edge-js (*, from $($script:EdgeHost))"
        @(Get-ChildItem -LiteralPath $empty -Force).Count | Should -Be 0
        # edge-js looks in the NuGet cache first; the cache that restored the host holds PowerShell's
        # SDK without its Modules folder, so loading from there would leave Join-Path unknown.
        $cache = @(& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
        Test-Path -LiteralPath (Join-Path $cache[-1].Trim() 'system.management.automation') | Should -BeTrue
        $full = @{ WUTRUST_EDGE_HOST = $script:EdgeHost; NUGET_PACKAGES = $cache[-1].Trim() }
        $run = Invoke-WuNode -Cli $script:EdgeCli -Arguments @('bridge', 'status') -Environment $full
        $run.Lines[0] | Should -BeLike "collector bridge: edge-js (*, from $($script:EdgeHost))"
    }

    It 'gives the same snapshot as the spawn bridge, byte for byte (the module on a pretend Windows machine)' {
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json') -Folder $TestDrive
        $environment = Get-WuFakeBridgeEnvironment -Machine $machine
        $spawnFile = Join-Path $TestDrive 'spawn.json'
        $edgeFile = Join-Path $TestDrive 'edge.json'
        $arguments = @('collect', '--skip-network', '--out')
        $spawn = Invoke-WuNode -Cli $script:EdgeCli -Arguments ($arguments + @($spawnFile, '--bridge', 'spawn')) -Environment $environment
        $spawn.ExitCode | Should -Be 0
        $edge = Invoke-WuNode -Cli $script:EdgeCli -Arguments ($arguments + @($edgeFile, '--bridge', 'edge-js')) -Environment $environment
        $edge.ExitCode | Should -Be 0
        [System.IO.File]::ReadAllBytes($edgeFile) | Should -Be ([System.IO.File]::ReadAllBytes($spawnFile))
        # What came back is the pretend machine's snapshot, judged as such.
        @((Get-WuTrustStatus -Snapshot $edgeFile).Findings | ForEach-Object Id) | Should -Contain 'WUT-CTL-100'
    }

    It 'says the module''s NeedsWindows message off Windows, as the spawn bridge does' -Skip:($IsWindows -or $PSEdition -eq 'Desktop') {
        $environment = @{ WUTRUST_EDGE_HOST = $script:EdgeHost; WUTRUST_PWSH = $script:Pwsh }
        $environment['WUTRUST_MODULE'] = Join-Path $script:BuiltModuleRoot 'WuTrust.psd1'
        $said = foreach ($bridge in 'spawn', 'edge-js') {
            $arguments = @('collect', '--bridge', $bridge, '--out', (Join-Path $TestDrive "offwin-$bridge.json"))
            $run = Invoke-WuNode -Cli $script:EdgeCli -Arguments $arguments -Environment $environment
            $run.ExitCode | Should -Be 1
            Test-Path -LiteralPath (Join-Path $TestDrive "offwin-$bridge.json") | Should -BeFalse
            ($run.Lines -join ' ')
        }
        $said[0] | Should -BeLike '*Export-WuTrustSnapshot collects facts from the Windows registry and services, so it needs Windows.*'
        $said[1] | Should -Be $said[0]
    }

    It 'runs with only the .NET runtime (no SDK), from the host''s own runtimeconfig, once the host is built' {
        # A .NET folder with the runtime alone, as on a reporting box (dotnet --info: no SDKs).
        $dotnet = (Get-Command -Name 'dotnet' -CommandType Application | Select-Object -First 1).Source
        $link = [System.IO.File]::ResolveLinkTarget($dotnet, $true)
        if ($null -ne $link) { $dotnet = $link.FullName }
        $dotnetRoot = Split-Path -Parent $dotnet
        $runtimeOnly = Join-Path $TestDrive 'dotnet-runtime'
        $null = New-Item -ItemType Directory -Path (Join-Path $runtimeOnly 'shared')
        Copy-Item -LiteralPath (Join-Path $dotnetRoot 'dotnet'), (Join-Path $dotnetRoot 'host') -Destination $runtimeOnly -Recurse
        Copy-Item -LiteralPath (Join-Path $dotnetRoot 'shared/Microsoft.NETCore.App') -Destination (Join-Path $runtimeOnly 'shared') -Recurse
        $sdks = @(& (Join-Path $runtimeOnly 'dotnet') --list-sdks)
        $sdks | Should -BeNullOrEmpty
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'healthy.json') -Folder $TestDrive
        $environment = Get-WuFakeBridgeEnvironment -Machine $machine
        $environment['PATH'] = $runtimeOnly + [System.IO.Path]::PathSeparator + $env:PATH
        $environment['EDGE_DEBUG'] = '1'
        $file = Join-Path $TestDrive 'runtime-only.json'
        $arguments = @('collect', '--bridge', 'edge-js', '--skip-network', '--out', $file)
        $run = Invoke-WuNode -Cli $script:EdgeCli -Arguments $arguments -Environment $environment
        $run.ExitCode | Should -Be 0
        ($run.Lines | Where-Object { $_ -like '*No SDK directory found*WuTrust.EdgeHost.runtimeconfig.json*' }) | Should -Not -BeNullOrEmpty
        (Get-WuTrustStatus -Snapshot $file).Status | Should -Be 'Healthy'
    }

    It 'watch through the in-process bridge picks up a change made between two rounds' {
        $machine = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'seed-000-stale-disallowed-ctl.json') -Folder $TestDrive
        $fixed = New-WuFakeMachine -Sample (Join-Path $script:SamplesRoot 'healthy.json') -Folder $TestDrive
        $environment = Get-WuFakeBridgeEnvironment -Machine $machine
        $start = [System.Diagnostics.ProcessStartInfo]::new('node')
        $arguments = @($script:EdgeCli, 'watch', '--bridge', 'edge-js', '--skip-network', '--interval', '4', '--rounds', '2')
        foreach ($a in $arguments) { $start.ArgumentList.Add($a) }
        foreach ($k in $environment.Keys) { $start.Environment[$k] = $environment[$k] }
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($start)
        try {
            $errors = $process.StandardError.ReadToEndAsync()
            $lines = [System.Collections.Generic.List[string]]::new()
            $lines.Add($process.StandardOutput.ReadLine())
            $lines.Add($process.StandardOutput.ReadLine())
            # Round 1 has printed (one write per line, then a 4 s wait): the admin's fix lands now.
            $lines[1] | Should -Match 'status Unhealthy: '
            Copy-Item -LiteralPath $fixed.State -Destination $machine.State -Force
            while ($null -ne ($line = $process.StandardOutput.ReadLine())) { $lines.Add($line) }
            $process.WaitForExit()
        } finally {
            if (-not $process.HasExited) { $process.Kill() }
        }
        $errors.Result | Should -BeNullOrEmpty
        $process.ExitCode | Should -Be 0
        $lines[0] | Should -Match 'watching every 4 s with the edge-js collector bridge \(edge-js 26\.1\.0 loaded; PowerShell 7\.6\.9 '
        @($lines | Where-Object { $_ -match 'status Unhealthy -> Healthy' }).Count | Should -Be 1
        @($lines | Where-Object { $_ -match '- Critical WUT-CTL-100 .*\(gone\)' }).Count | Should -Be 1
    }
}

# Real Windows (tagged Windows: excluded off Windows by build.ps1, skipped when run by hand).
Describe 'wutrust collect on Windows' -Tag 'Windows' -Skip:(-not ($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop')) {
    BeforeAll {
        $script:WinEnv = @{ WUTRUST_PWSH = $script:Pwsh; WUTRUST_MODULE = (Join-Path $script:BuiltModuleRoot 'WuTrust.psd1') }
    }

    It 'collects this machine with the module in a child PowerShell, and analyze judges the file' {
        $file = Join-Path $TestDrive 'live.json'
        $run = Invoke-WuNode -Arguments @('collect', '--bridge', 'spawn', '--skip-network', '--out', $file) -Environment $script:WinEnv
        $run.ExitCode | Should -Be 0
        $snapshot = Get-Content -Raw -LiteralPath $file | ConvertFrom-Json
        $snapshot.machine.computerName | Should -Be $env:COMPUTERNAME
        $snapshot.ctl.autoUpdate.HKLM.status | Should -Be 'Ok'
        $judged = Invoke-WuNode -Arguments @('analyze', $file)
        $judged.ExitCode | Should -BeIn @(0, 1)
        $judged.Lines[0] | Should -BeLike "$($file): *"
    }

    It 'collects the same sections through the edge-js bridge when out/edge-js is set up' {
        $edgeHost = Join-Path $script:RepoRoot 'out/edge-js/host'
        if (-not (Test-Path -LiteralPath (Join-Path $edgeHost 'WuTrust.EdgeHost.dll'))) {
            Set-ItResult -Skipped -Because 'out/edge-js is not set up (build.ps1 -Task EdgeJs)'
            return
        }
        $cli = Join-Path $script:RepoRoot 'out/edge-js/node_modules/wutrust/bin/wutrust.js'
        $environment = $script:WinEnv.Clone()
        $environment['WUTRUST_EDGE_HOST'] = $edgeHost
        $files = foreach ($bridge in 'spawn', 'edge-js') {
            $file = Join-Path $TestDrive "live-$bridge.json"
            $run = Invoke-WuNode -Cli $cli -Arguments @('collect', '--bridge', $bridge, '--skip-network', '--out', $file) -Environment $environment
            $run.ExitCode | Should -Be 0 -Because ($run.Lines -join ' ')
            Get-Content -Raw -LiteralPath $file | ConvertFrom-Json
        }
        @($files[1].PSObject.Properties.Name) | Should -Be @($files[0].PSObject.Properties.Name)
        $files[1].machine.computerName | Should -Be $files[0].machine.computerName
    }
}
