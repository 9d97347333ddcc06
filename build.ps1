<#
.SYNOPSIS
Builds, tests, demonstrates, benchmarks and packages WuTrust.

.DESCRIPTION
Tasks:
  Build    npm ci (when the lock file changed), NuGet restore of Jint and Pester, type check,
           esbuild bundle, and the module folder out/module/WuTrust with the engine bundle and
           the Jint assemblies for both PowerShell editions.
  Test     Build, then the format check (prettier), the Node tests (TypeScript source) and the
           Pester tests (the built module, the bundle in Jint). Ends with the line
           "N passed, N failed, N skipped, N not run".
  Cases    Build, then tests/cases written anew from the generators in tests/node/cases.
  Codes    src/codes/table.ts generated anew from the headers in tools/codes/SOURCES.md.
  Acceptors Build, then src/snapshot/acceptSnapshot.generated.ts written anew from the families'
           snapshot schema (tests/node/acceptorSource.ts); build again afterwards.
  EdgeJs   Build, then out/edge-js: an npm project with edge-js 26.1.0 (and its documented build
           fix) and the wutrust package, and the in-process PowerShell host built by
           `wutrust bridge build` in out/edge-js/host (the Test task does this for its EdgeJs tests).
  Demo     Build, then Get-WuTrustStatus for every snapshot in samples/.
  Bench    Build, then the benchmarks in bench/ (see bench/README.md); with -BaselineRef <commit>,
           that commit's module is built and measured in the same rounds.
  Package  Build, then out/WuTrust-<version>.zip: the module folder ready to copy into a PSModulePath.
  Steps    Build, then where the engine's script work goes under Jint: the statements Jint runs for
           one fleetReport batch of samples/, by source file and by function (tools/steps). With
           -BaselineRef: instead, the time of that batch in this bundle against that commit's, in
           turn in one process, and whether both answered the same.

.EXAMPLE
dotnet tool restore; dotnet tool run pwsh -NoProfile -File ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Cases', 'Codes', 'Acceptors', 'EdgeJs', 'Test', 'Demo', 'Bench', 'Package', 'Steps')]
    [string]$Task = 'Build',
    # Bench and Steps: an earlier commit whose module is built (in a git worktree under out/bench) and
    # measured in the same rounds, so the figures show the change against it.
    [ValidatePattern('^[0-9A-Za-z._/-]+$')]
    [string]$BaselineRef
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'module/WuTrust'
$packages = Join-Path $root '.packages'

function Invoke-Native {
    param([string]$FilePath, [string[]]$ArgumentList, [string]$What)
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE): $FilePath $($ArgumentList -join ' ')" }
}

function Get-FileSha256([string]$Path) {
    (Get-FileHash -LiteralPath $Path -Algorithm SHA256).Hash
}

function Invoke-Restore {
    # npm packages: reinstall only when package-lock.json changed since the last install.
    $lock = Join-Path $root 'package-lock.json'
    $stamp = Join-Path $root 'node_modules/.wutrust-lock-sha256'
    $hash = Get-FileSha256 $lock
    if (-not (Test-Path $stamp) -or (Get-Content -Raw $stamp).Trim() -ne $hash) {
        Write-Host '== npm ci'
        Push-Location $root
        try {
            Invoke-Native -FilePath 'npm' -ArgumentList @('ci', '--no-audit', '--no-fund', '--loglevel=error') -What 'npm ci'
        } finally { Pop-Location }
        Set-Content -Path $stamp -Value $hash -Encoding ascii
    }
    # NuGet: Jint for both editions, Pester for the tests (tools/deps/WuTrust.Deps.csproj pins them).
    $assets = Join-Path $root 'tools/deps/obj/project.assets.json'
    $project = Join-Path $root 'tools/deps/WuTrust.Deps.csproj'
    if (-not (Test-Path $assets) -or (Get-Item $project).LastWriteTimeUtc -gt (Get-Item $assets).LastWriteTimeUtc) {
        Write-Host '== dotnet restore (Jint, Pester)'
        Invoke-Native -FilePath 'dotnet' -ArgumentList @('restore', $project, '--verbosity', 'quiet') -What 'dotnet restore'
    }
}

function Copy-JintAssemblies {
    # Runtime assemblies per target framework, as NuGet resolved them (project.assets.json).
    $assets = Get-Content -Raw (Join-Path $root 'tools/deps/obj/project.assets.json') | ConvertFrom-Json
    foreach ($target in @('netstandard2.1', 'net462')) {
        $dest = Join-Path $moduleOut "lib/$target"
        New-Item -ItemType Directory -Force -Path $dest | Out-Null
        $libs = $assets.targets.$target
        foreach ($lib in $libs.PSObject.Properties) {
            if (-not $lib.Value.PSObject.Properties['runtime']) { continue }
            $libPath = $assets.libraries.($lib.Name).path
            foreach ($file in $lib.Value.runtime.PSObject.Properties.Name) {
                if ($file.EndsWith('_._')) { continue }
                Copy-Item -Path (Join-Path $packages (Join-Path $libPath $file)) -Destination $dest -Force
            }
        }
    }
}

function Publish-ReadyToRunJint {
    # Jint and Acornima precompiled for .NET 10 (PowerShell 7.6) per platform: lib/net10.0-<rid>.
    # The module picks them only on a matching runtime; the IL build in lib/netstandard2.1 serves the rest.
    $project = Join-Path $root 'tools/r2r/WuTrust.Jint.R2R.csproj'
    foreach ($rid in @('win-x64', 'linux-x64')) {
        $publish = Join-Path $out "r2r/publish/$rid"
        $stamp = Join-Path $publish 'Jint.dll'
        if (-not (Test-Path $stamp) -or (Get-Item $project).LastWriteTimeUtc -gt (Get-Item $stamp).LastWriteTimeUtc) {
            Write-Host "== ReadyToRun Jint ($rid)"
            $publishArguments = @('publish', $project, '-c', 'Release', '-r', $rid, '-o', $publish, '--verbosity', 'quiet', '-nologo')
            Invoke-Native -FilePath 'dotnet' -ArgumentList $publishArguments -What "dotnet publish (ReadyToRun $rid)"
        }
        $dest = Join-Path $moduleOut "lib/net10.0-$rid"
        New-Item -ItemType Directory -Force -Path $dest | Out-Null
        Copy-Item -Path (Join-Path $publish 'Jint.dll'), (Join-Path $publish 'Acornima.dll') -Destination $dest -Force
    }
}

function Build-Module {
    Invoke-Restore
    Push-Location $root
    try {
        Write-Host '== TypeScript type check'
        Invoke-Native -FilePath 'npx' -ArgumentList @('--no-install', 'tsc', '-p', 'tsconfig.json', '--noEmit') -What 'tsc (engine)'
        Invoke-Native -FilePath 'npx' -ArgumentList @('--no-install', 'tsc', '-p', 'tests/node/tsconfig.json', '--noEmit') -What 'tsc (tests)'
        if (Test-Path $moduleOut) { Remove-Item -Recurse -Force $moduleOut }
        New-Item -ItemType Directory -Force -Path $moduleOut | Out-Null
        Copy-Item -Path (Join-Path $root 'module/*') -Destination $moduleOut -Recurse -Force -Exclude 'Private', 'Public'
        Copy-Item -LiteralPath (Join-Path $root 'LICENSE') -Destination $moduleOut
        # One module file: the loader's head up to its '# <merge>' marker, then every file of Private
        # (all sub-folders) and Public in the loader's order (imports ~90 ms faster than dot-sourcing
        # each; bench/README.md).
        $loader = [string[]](Get-Content -LiteralPath (Join-Path $root 'module/WuTrust.psm1'))
        $cut = [Array]::FindIndex($loader, [Predicate[string]] { param($l) $l.StartsWith('# <merge>') })
        if ($cut -lt 1) { throw "module/WuTrust.psm1 has no '# <merge>' line; the build cannot merge the module." }
        $parts = @($loader[0..($cut - 1)])
        foreach ($folder in @('Private', 'Public')) {
            $base = Join-Path $root "module/$folder"
            foreach ($file in (Get-ChildItem -Path $base -Filter '*.ps1' -Recurse | Sort-Object FullName)) {
                $parts += ''
                $parts += "# ---- $folder/$($file.FullName.Substring($base.Length + 1).Replace('\', '/'))"
                $parts += @(Get-Content -LiteralPath $file.FullName)
            }
        }
        Set-Content -LiteralPath (Join-Path $moduleOut 'WuTrust.psm1') -Value $parts -Encoding ascii
        Write-Host '== esbuild engine bundle'
        $footer = 'function WuTrustInvoke(command, requestJson) { return WuTrustEngine.invoke(command, requestJson); }'
        Invoke-Native -FilePath 'npx' -ArgumentList @('--no-install', 'esbuild', 'src/index.ts', '--bundle', '--format=iife',
            '--platform=neutral', '--target=es2022', '--global-name=WuTrustEngine', "--footer:js=$footer", '--charset=ascii',
            '--legal-comments=none', "--outfile=$moduleOut/engine/WuTrust.Engine.js", '--log-level=warning') -What 'esbuild'
        Copy-JintAssemblies
        Publish-ReadyToRunJint
        Build-NodePackage
    } finally { Pop-Location }
    $manifestVersion = (Import-PowerShellDataFile (Join-Path $root 'module/WuTrust.psd1')).ModuleVersion
    $engineVersion = [regex]::Match((Get-Content -Raw (Join-Path $root 'src/engineVersion.ts')), "ENGINE_VERSION = '([^']+)'").Groups[1].Value
    if ($manifestVersion -ne $engineVersion) {
        throw "Version mismatch: module manifest $manifestVersion, engine $engineVersion (src/engineVersion.ts)."
    }
    Write-Host "== built $moduleOut ($manifestVersion)"
}

function Build-NodePackage {
    # #14: the wutrust npm package (packages/wutrust) with the module's own engine bundle and report
    # template in dist/, in out/packages/wutrust; its version must be the module's.
    $source = Join-Path $root 'packages/wutrust'
    $target = Join-Path $out 'packages/wutrust'
    $package = Get-Content -Raw -LiteralPath (Join-Path $source 'package.json') | ConvertFrom-Json
    $manifestVersion = (Import-PowerShellDataFile (Join-Path $root 'module/WuTrust.psd1')).ModuleVersion
    if ($package.version -ne $manifestVersion) {
        throw "Version mismatch: module manifest $manifestVersion, packages/wutrust/package.json $($package.version)."
    }
    if (Test-Path -LiteralPath $target) { Remove-Item -LiteralPath $target -Recurse -Force }
    $null = New-Item -ItemType Directory -Path (Join-Path $target 'dist')
    foreach ($item in 'package.json', 'package-lock.json', 'bin', 'lib', 'edge', 'README.md') {
        Copy-Item -LiteralPath (Join-Path $source $item) -Destination $target -Recurse
    }
    # The in-process bridge's host ships as source (wutrust bridge build publishes it); no build output.
    Get-ChildItem -LiteralPath (Join-Path $target 'edge') -Directory -Recurse |
        Where-Object { $_.Name -in 'bin', 'obj' } | Remove-Item -Recurse -Force
    Copy-Item -LiteralPath (Join-Path $moduleOut 'engine/WuTrust.Engine.js') -Destination (Join-Path $target 'dist')
    Copy-Item -LiteralPath (Join-Path $root 'module/Resources/FleetReport.html') -Destination (Join-Path $target 'dist')
    Write-Host "== built $target"
}

function Invoke-NodeTests {
    Push-Location $root
    try {
        $dir = Build-NodeTests
        $tap = Join-Path $out 'node-tests.tap'
        Write-Host '== Node tests'
        $reporters = @('--test-reporter=dot', '--test-reporter-destination=stdout', '--test-reporter=tap', "--test-reporter-destination=$tap")
        & node --test @reporters (Get-ChildItem -Path $dir -Filter '*.test.js').FullName | Out-Host
        $text = Get-Content -Raw $tap
        $passed = [int]([regex]::Match($text, '(?m)^# pass (\d+)').Groups[1].Value)
        $failed = [int]([regex]::Match($text, '(?m)^# fail (\d+)').Groups[1].Value)
        $skipped = [int]([regex]::Match($text, '(?m)^# skipped (\d+)').Groups[1].Value)
        if ($LASTEXITCODE -ne 0 -and $failed -eq 0) { $failed = 1 }
        foreach ($line in ($text -split "`n" | Where-Object { $_ -match '^not ok' })) { Write-Host "  $line" }
        Write-Host "Node tests: passed $passed, failed $failed, skipped $skipped"
        [pscustomobject]@{ Passed = $passed; Failed = $failed; Skipped = $skipped }
    } finally { Pop-Location }
}

function Build-BaselineModule {
    # The module of an earlier commit, built by that commit's own build.ps1 in a git worktree.
    param([Parameter(Mandatory = $true)][string]$Ref)
    $commit = (& git -C $root rev-parse --verify "$Ref^{commit}").Trim()
    if ($LASTEXITCODE -ne 0) { throw "-BaselineRef '$Ref' is not a commit of this repository." }
    $tree = Join-Path $out "bench/baseline-$($commit.Substring(0, 12))"
    $manifest = Join-Path $tree 'out/module/WuTrust/WuTrust.psd1'
    if (-not (Test-Path -LiteralPath $manifest)) {
        Write-Host "== baseline module ($Ref = $($commit.Substring(0, 12)))"
        if (-not (Test-Path -LiteralPath $tree)) {
            $worktree = @('-C', $root, 'worktree', 'add', '--detach', $tree, $commit)
            Invoke-Native -FilePath 'git' -ArgumentList $worktree -What 'git worktree add' | Out-Host
        }
        $buildArguments = @(Get-PwshPrefix) + @('-NoProfile', '-File', (Join-Path $tree 'build.ps1'), '-Task', 'Build')
        Invoke-Native -FilePath (Get-Process -Id $PID).Path -ArgumentList $buildArguments -What "baseline build ($Ref)" | Out-Host
    }
    $manifest
}

function Get-PwshPrefix {
    # Starting pwsh the way this session was started: the apphost, or dotnet + pwsh.dll (the .NET tool).
    if ([System.IO.Path]::GetFileNameWithoutExtension((Get-Process -Id $PID).Path) -eq 'dotnet') { return @((Join-Path $PSHOME 'pwsh.dll')) }
    @()
}

function Build-NodeTests {
    # The Node tests, the case replay and the case writer, bundled for Node from TypeScript.
    Push-Location $root
    try {
        $dir = Join-Path $out 'node-tests'
        if (Test-Path $dir) { Remove-Item -Recurse -Force $dir }
        $tools = @('replay.ts', 'writeCases.ts', 'writeAcceptors.ts', 'remedyCorpus.ts', 'caseSnapshots.ts')
        $entries = @(Get-ChildItem -Path 'tests/node' -Filter '*.ts' |
                Where-Object { $_.Name -like '*.test.ts' -or $_.Name -in $tools } |
                ForEach-Object { "tests/node/$($_.Name)" })
        # typescript is left to Node's require (the engine source check parses src/ with it), not bundled.
        $options = @('--bundle', '--platform=node', '--format=cjs', '--target=node20', '--external:typescript', "--outdir=$dir",
            '--log-level=warning')
        $esbuild = @('--no-install', 'esbuild') + $entries + $options
        Invoke-Native -FilePath 'npx' -ArgumentList $esbuild -What 'esbuild (tests)' | Out-Host
        $dir
    } finally { Pop-Location }
}

function Initialize-CodeHeaders {
    # #12: the headers the error-code table is generated from (tools/codes/SOURCES.md), unpacked
    # from Debian's mingw-w64-common and libwine-dev into out/codes-headers (downloaded, not
    # installed). Returns the two include folders, or $null with the reason printed.
    $dir = Join-Path $out 'codes-headers'
    $mingw = Join-Path $dir 'usr/share/mingw-w64/include'
    $wine = Join-Path $dir 'usr/include/wine/wine/windows'
    $ready = { (Test-Path (Join-Path $mingw 'wuerror.h')) -and (Test-Path (Join-Path $wine 'winhttp.h')) }
    if (-not (& $ready)) {
        $tools = @('apt-get', 'dpkg-deb' | Where-Object { Get-Command -Name $_ -ErrorAction SilentlyContinue })
        if (-not $IsLinux -or $tools.Count -ne 2) {
            Write-Host 'Code headers: not available (they come from Debian packages; apt-get and dpkg-deb are needed)'
            return $null
        }
        $debs = Join-Path $out 'codes-debs'
        $null = New-Item -ItemType Directory -Path $debs -Force
        Push-Location $debs
        try {
            & apt-get download mingw-w64-common libwine-dev 2>&1 | Out-Null
            if ($LASTEXITCODE -ne 0 -and (& id -u) -eq '0') {
                & apt-get update -qq 2>&1 | Out-Null
                & apt-get download mingw-w64-common libwine-dev 2>&1 | Out-Null
            }
        } finally { Pop-Location }
        foreach ($deb in @(Get-ChildItem -Path $debs -Filter '*.deb')) { & dpkg-deb -x $deb.FullName $dir }
        if (-not (& $ready)) {
            Write-Host 'Code headers: not available (apt-get download mingw-w64-common libwine-dev failed)'
            return $null
        }
    }
    @{ Mingw = $mingw; Wine = $wine }
}

function Write-CodeTable {
    $headers = Initialize-CodeHeaders
    if ($null -eq $headers) { throw 'The error-code headers are not available; see the line above.' }
    $arguments = @((Join-Path $root 'tools/codes/generate.cjs'), $headers.Mingw, $headers.Wine)
    Invoke-Native -FilePath 'node' -ArgumentList $arguments -What 'code table generator'
}

function Write-CaseFiles {
    $dir = Build-NodeTests
    Invoke-Native -FilePath 'node' -ArgumentList @((Join-Path $dir 'writeCases.js')) -What 'case writer'
}

function Invoke-FormatCheck {
    # The TypeScript (engine, Node tests, dev tools) as prettier formats it (.prettierrc.json: 120
    # columns); one check. 'npm run format' rewrites the files.
    Push-Location $root
    try {
        Write-Host '== Format (prettier --check)'
        $patterns = @('src/**/*.ts', 'tests/node/**/*.ts', 'tools/dev/*.cjs', 'packages/wutrust/lib/*.js', 'packages/wutrust/bin/*.js')
        & npx --no-install prettier --check @patterns --log-level warn 2>&1 | Out-Host
        $ok = $LASTEXITCODE -eq 0
        $verdict = if ($ok) { 'every file as prettier formats it' } else { "the files above differ from prettier's format (npm run format)" }
        Write-Host "Format: $verdict"
        [pscustomobject]@{ Passed = [int]$ok; Failed = [int](-not $ok); Skipped = 0 }
    } finally { Pop-Location }
}

function Invoke-PesterTests {
    Import-Module (Join-Path $packages 'pester/5.7.1/tools/Pester.psd1') -Force
    $config = New-PesterConfiguration
    $config.Run.Path = (Join-Path $root 'tests/pester')
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Normal'
    $config.TestResult.Enabled = $true
    $config.TestResult.OutputPath = (Join-Path $out 'pester-results.xml')
    $onWindows = ($PSVersionTable.PSEdition -ne 'Core') -or $IsWindows
    # Off Windows: the Windows tests do not run, and the WindowsApi tests run under Wine instead
    # (Invoke-WindowsApiLane).
    $exclude = @()
    if (-not $onWindows) { $exclude = @('Windows', 'WindowsApi') }
    # #11: the Network tests need loopback servers; #13: the Browser tests Debian's Chromium. Where
    # their tools cannot be had they do not run (counted as not run, never as passed).
    $networkWhy = Initialize-NetworkTestTools
    if ($null -ne $networkWhy) {
        $exclude += 'Network'
        $networkTests = Get-TaggedTestCount -File 'Network.Integration.Tests.ps1' -Tag 'Network'
        Write-Host "Network tests: not run ($networkWhy): $networkTests test(s)"
    }
    $browserWhy = Initialize-DebianTestTools -What 'Browser test tools' -Needed ([ordered]@{ chromium = 'chromium' })
    if ($null -ne $browserWhy) {
        $exclude += 'Browser'
        $browserTests = Get-TaggedTestCount -File 'Get-WuTrustFleetReport.Tests.ps1' -Tag 'Browser'
        Write-Host "Browser tests: not run ($browserWhy): $browserTests test(s)"
    }
    $remotingWhy = Initialize-DebianTestTools -What 'Remoting test tools' -Needed ([ordered]@{ sshd = 'openssh-server'; ssh = 'openssh-client' })
    if ($null -ne $remotingWhy) {
        $exclude += 'Remoting'
        $remotingTests = Get-TaggedTestCount -File 'Invoke-WuTrustCollection.Tests.ps1' -Tag 'Remoting'
        Write-Host "Remoting tests: not run ($remotingWhy): $remotingTests test(s)"
    }
    $edgeWhy = Initialize-EdgeJsBridge
    if ($null -ne $edgeWhy) {
        $exclude += 'EdgeJs'
        Write-Host "edge-js bridge tests: not run ($edgeWhy): $(Get-TaggedTestCount -File 'NodeHost.Tests.ps1' -Tag 'EdgeJs') test(s)"
    }
    if ($exclude.Count -gt 0) { $config.Filter.ExcludeTag = $exclude }
    Write-Host '== Pester tests'
    $result = Invoke-Pester -Configuration $config
    # Pester's NotRun (the Windows-tagged tests off Windows) are not run, not skipped (D21). The
    # WindowsApi tests excluded here are counted by the lane that runs them (Invoke-WindowsApiLane).
    $notRun = $result.NotRunCount
    $laneTests = 0
    if (-not $onWindows) { $laneTests = Get-WindowsApiTestCount }
    # Pester counts excluded tests as not run: the lane's are counted by the lane; the network tests stay counted.
    $notRun -= $laneTests
    $counts = "passed $($result.PassedCount), failed $($result.FailedCount), skipped $($result.SkippedCount), not run $notRun"
    $where = if ($onWindows) { 'every tag included' } else { "tag Windows not run off Windows; the $laneTests tagged WindowsApi run below" }
    Write-Host "Pester tests: $counts ($where)"
    $failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    [pscustomobject]@{ Passed = $result.PassedCount; Failed = $failed; Skipped = $result.SkippedCount; NotRun = $notRun }
}

function Get-TaggedTestCount {
    # How many tests of one file carry a tag (Pester discovery only), to report them as not run.
    param([string]$File, [string]$Tag)
    $config = New-PesterConfiguration
    $config.Run.Path = (Join-Path $root "tests/pester/$File")
    $config.Run.SkipRun = $true
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'None'
    $config.Filter.Tag = @($Tag)
    (Invoke-Pester -Configuration $config).TotalCount
}

function Get-WindowsApiTestCount { Get-TaggedTestCount -File 'WindowsApi.Tests.ps1' -Tag 'WindowsApi' }

function Initialize-NetworkTestTools {
    # The Network tests (#11) start openssl, node, tinyproxy, mitmdump and dnsmasq on 127.0.0.1. On
    # Debian as root the missing Debian packages are installed (mitmproxy, tinyproxy, dnsmasq-base:
    # about 1-2 min on a fresh machine). Returns $null when every tool is there, else why not.
    $needed = [ordered]@{ openssl = 'openssl'; node = 'nodejs'; tinyproxy = 'tinyproxy'; mitmdump = 'mitmproxy'; dnsmasq = 'dnsmasq-base' }
    Initialize-DebianTestTools -What 'Network test tools' -Needed $needed
}

function Initialize-DebianTestTools {
    # Programs tests need (command name = Debian package), installed with apt-get when missing on
    # Debian as root. Returns $null when every one is there, else why not.
    param([string]$What, [System.Collections.Specialized.OrderedDictionary]$Needed)
    $needed = $Needed
    $missing = { @($needed.Keys | Where-Object { $null -eq (Get-Command -Name $_ -CommandType Application -ErrorAction SilentlyContinue) }) }
    $absent = @(& $missing)
    if ($absent.Count -eq 0) { return $null }
    $canInstall = $IsLinux -and (Get-Command -Name 'apt-get' -ErrorAction SilentlyContinue) -and ((& id -u) -eq '0')
    if (-not $canInstall) { return "$($absent -join ', ') missing; installing them needs Debian's apt-get as root" }
    $packages = @($absent | ForEach-Object { $needed[$_] })
    Write-Host "== $What (Debian packages $($packages -join ', '))"
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get update -qq
    & apt-get install -y -qq -o DPkg::Lock::Timeout=600 @packages | Out-Null
    $absent = @(& $missing)
    if ($absent.Count -gt 0) { return "installing $($packages -join ', ') failed (apt-get exit code $LASTEXITCODE); $($absent -join ', ') missing" }
    $null
}

function Initialize-EdgeJsBridge {
    # #14: the wutrust package with edge-js, as a user installs it (packages/wutrust/README.md): an npm
    # project in out/edge-js with the package's Directory.Build.targets at its root, edge-js 26.1.0 and
    # the wutrust tarball installed, then `wutrust bridge build` (the PowerShell host, into
    # out/edge-js/host). edge-js compiles its addon with node-gyp (g++, make, python3: installed from
    # Debian when missing; Node's headers from the Node install, as no download is possible) and its
    # managed half with dotnet; npm exits 0 when either failed, so the outputs are checked here.
    # edge-js is installed once (about 1.5 min); the wutrust tarball and the host are renewed when
    # they changed. Returns $null when the bridge is ready, else why not.
    # On Windows edge-js ships its addon prebuilt (only the .NET half is built at install).
    $outputs = @('lib/bootstrap/bin/Release/bootstrap.dll', 'src/double/Edge.js/bin/Release/net8.0/EdgeJs.dll')
    if (-not $IsWindows) {
        $why = Initialize-DebianTestTools -What 'edge-js build tools' -Needed ([ordered]@{ 'g++' = 'g++'; make = 'make'; python3 = 'python3' })
        if ($null -ne $why) { return $why }
        $outputs += 'build/Release/edge_coreclr.node'
    }
    $project = Join-Path $out 'edge-js'
    $edge = Join-Path $project 'node_modules/edge-js'
    $absent = { @($outputs | Where-Object { -not (Test-Path -LiteralPath (Join-Path $edge $_)) }) }
    $package = Join-Path $out 'packages/wutrust'
    $null = New-Item -ItemType Directory -Force -Path $project
    Push-Location $project
    try {
        if (@(& $absent).Count -gt 0) {
            Write-Host '== edge-js 26.1.0 with the documented build fix (npm install; its native and managed builds)'
            Get-ChildItem -LiteralPath $project -Force | Remove-Item -Recurse -Force
            Set-Content -LiteralPath 'package.json' -Value '{ "name": "wutrust-edge-js-test", "version": "1.0.0", "private": true }'
            Copy-Item -LiteralPath (Join-Path $package 'edge/Directory.Build.targets') -Destination $project
            # node-gyp needs Node's headers; without a nodedir it downloads them (no network here). A
            # Node install that has include/node (the official builds do) serves them.
            $nodeDir = [string](& node -p "require('path').resolve(process.execPath, '..', '..')")
            $savedNodeDir = $env:npm_config_nodedir
            if (-not $savedNodeDir -and (Test-Path -LiteralPath (Join-Path $nodeDir 'include/node/common.gypi'))) {
                $env:npm_config_nodedir = $nodeDir
            }
            try {
                $log = @(& npm install --no-audit --no-fund --foreground-scripts 'edge-js@26.1.0' 2>&1 | ForEach-Object { [string]$_ })
                $code = $LASTEXITCODE
            } finally { $env:npm_config_nodedir = $savedNodeDir }
            Set-Content -LiteralPath (Join-Path $out 'edge-js-install.log') -Value $log
            $missing = @(& $absent)
            if ($missing.Count -gt 0) {
                $said = @($log | Where-Object { $_ -match 'gyp ERR! stack Error|error NU\d+|error MSB\d+|error CS\d+' } | Select-Object -First 1)
                return "npm install edge-js exited $code but its build made no $($missing -join ', ') ($said; log: out/edge-js-install.log)"
            }
        }
        # The wutrust package as a tarball (a folder would be linked, and edge-js not found from it).
        $tarball = @(& npm pack --silent --pack-destination $project $package 2>$null)[-1]
        $hash = Get-FileSha256 (Join-Path $project $tarball)
        $stamp = Join-Path $project 'wutrust.sha256'
        if (-not (Test-Path -LiteralPath $stamp) -or (Get-Content -Raw $stamp).Trim() -ne $hash) {
            $arguments = @('install', '--no-audit', '--no-fund', '--ignore-scripts', "./$tarball")
            Invoke-Native -FilePath 'npm' -ArgumentList $arguments -What 'npm install wutrust' | Out-Host
            $env:WUTRUST_EDGE_HOST = Join-Path $project 'host'
            try {
                $build = @(& node (Join-Path $project 'node_modules/wutrust/bin/wutrust.js') bridge build 2>&1 | ForEach-Object { [string]$_ })
                if ($LASTEXITCODE -ne 0) { return "wutrust bridge build failed: $($build -join ' ')" }
            } finally { Remove-Item Env:WUTRUST_EDGE_HOST }
            Set-Content -LiteralPath $stamp -Value $hash -Encoding ascii
        }
        Remove-Item -LiteralPath (Join-Path $project $tarball)
    } finally { Pop-Location }
    $null
}

function Invoke-WindowsApiLane {
    # #10: the Pester tests tagged WindowsApi against Windows APIs. On Windows they ran in the main
    # suite. On Linux (Debian, root) they run under Wine: install Wine when missing, publish the
    # test-only win-x64 PowerShell host (tools/winhost), make a throwaway prefix, run the suite in
    # one process (tests/wine/Invoke-WindowsApiLane.ps1), stop this prefix's wineserver. Anywhere
    # else they are reported as not run, with the reason, never as passed.
    $none = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0; NotRun = 0 }
    $onWindows = ($PSVersionTable.PSEdition -ne 'Core') -or $IsWindows
    if ($onWindows) { return $none }
    $notRun = {
        param([string]$Why)
        $count = Get-WindowsApiTestCount
        Write-Host "Windows-API lane: not run ($Why): $count test(s)"
        [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0; NotRun = $count }
    }
    if (-not $IsLinux) { return (& $notRun 'neither Windows nor Linux') }
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    if (-not (Get-Command -Name 'wine' -ErrorAction SilentlyContinue)) {
        $isRoot = (& id -u) -eq '0'
        if (-not $isRoot -or -not (Get-Command -Name 'apt-get' -ErrorAction SilentlyContinue)) {
            return (& $notRun 'Wine is not installed, and installing it needs Debian''s apt-get as root')
        }
        Write-Host '== Wine (Debian packages wine, wine64)'
        & apt-get update -qq
        $env:DEBIAN_FRONTEND = 'noninteractive'
        & apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 wine wine64 | Out-Null
        if ($LASTEXITCODE -ne 0 -or -not (Get-Command -Name 'wine' -ErrorAction SilentlyContinue)) {
            return (& $notRun "installing Wine failed (apt-get exit code $LASTEXITCODE)")
        }
    }
    $hostDir = Join-Path $out 'winhost'
    $hostExe = Join-Path $hostDir 'wutrust-winhost.exe'
    $sources = @(Get-ChildItem -Path (Join-Path $root 'tools/winhost') -File)
    $stale = -not (Test-Path $hostExe) -or @($sources | Where-Object { $_.LastWriteTimeUtc -gt (Get-Item $hostExe).LastWriteTimeUtc }).Count -gt 0
    if ($stale) {
        Write-Host '== Windows-API lane host (tools/winhost, win-x64, PowerShell SDK 7.6.9)'
        $project = Join-Path $root 'tools/winhost/WuTrust.WinHost.csproj'
        $publish = @('publish', $project, '-c', 'Release', '-o', $hostDir, '-v', 'q', '-nologo')
        Invoke-Native -FilePath 'dotnet' -ArgumentList $publish -What 'winhost publish'
        # The SDK ships the Windows modules' manifests under runtimes/; the host looks beside itself.
        $modules = Join-Path $hostDir 'runtimes/win/lib/net10.0/Modules'
        if (Test-Path $modules) { Copy-Item -Path $modules -Destination (Join-Path $hostDir 'Modules') -Recurse -Force }
    }
    $lane = Join-Path $out 'winelane'
    if (Test-Path $lane) { Remove-Item -Recurse -Force $lane }
    $null = New-Item -ItemType Directory -Path $lane
    $env:WINEPREFIX = Join-Path $lane 'prefix'
    $env:WINEDEBUG = '-all'
    $env:WINEARCH = 'win64'
    # WineLane.ps1, deviation 8: the CLR dies in a finalizer under Wine 8 without this.
    $env:DOTNET_EnableWriteXorExecute = '0'
    # The network collectors' tests (#11) probe the loopback test network, run here on the Linux side.
    $laneNetwork = $null
    if ($null -eq (Initialize-NetworkTestTools)) {
        Import-Module (Join-Path $root 'tests/network/TestNetwork.psm1') -Force
        $laneNetwork = Start-WuTestNetwork -Path (Join-Path $lane 'net')
        $env:WUTRUST_LANE_NETWORK = [ordered]@{ ports = $laneNetwork.Ports; pki = ('Z:' + $laneNetwork.Pki.Path.Replace('/', '\')) } |
            ConvertTo-Json -Compress
    }
    try {
        Write-Host '== Windows-API lane (Wine): prefix'
        & wineboot -i 2>&1 | Out-Null
        $result = Join-Path $lane 'result.json'
        $toWine = { param([string]$Path) 'Z:' + $Path.Replace('/', '\') }
        $script = & $toWine (Join-Path $root 'tests/wine/Invoke-WindowsApiLane.ps1')
        $pester = & $toWine (Join-Path $packages 'pester/5.7.1/tools/Pester.psd1')
        Write-Host '== Windows-API lane (Wine): Pester tests tagged WindowsApi, one process'
        & timeout 900 wine $hostExe $script -ResultPath (& $toWine $result) -PesterManifest $pester 2>&1 |
            Where-Object { "$_" -notmatch 'FS volume label|Read access denied for device' } | Out-Host
        $exit = $LASTEXITCODE
    } finally {
        & wineserver -k 2>&1 | Out-Null
        if ($null -ne $laneNetwork) { Stop-WuTestNetwork -State $laneNetwork }
        Remove-Item -Path 'env:WUTRUST_LANE_NETWORK' -ErrorAction SilentlyContinue
    }
    if (-not (Test-Path $result)) {
        Write-Host "Windows-API lane: the Wine run ended without results (exit code $exit)"
        return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0; NotRun = 0 }
    }
    $totals = Get-Content -Raw -LiteralPath $result | ConvertFrom-Json
    $seconds = [math]::Round($clock.Elapsed.TotalSeconds)
    $counts = "passed $($totals.passed), failed $($totals.failed), skipped $($totals.skipped), not run $($totals.notRun)"
    Write-Host "Windows-API lane (Wine): $counts ($seconds s)"
    [pscustomobject]@{ Passed = $totals.passed; Failed = $totals.failed; Skipped = $totals.skipped; NotRun = $totals.notRun }
}

# The tasks, each with the tasks it depends on (the shape of Invoke-Build's 'task Test Build, {...}'
# and psake's 'Task Test -Depends Build', written here since neither can be installed from NuGet).
$tasks = [ordered]@{
    Build   = @{ Depends = @(); Action = { Build-Module } }
    Cases   = @{ Depends = @('Build'); Action = { Write-CaseFiles } }
    Codes   = @{ Depends = @(); Action = { Write-CodeTable } }
    # The snapshot acceptor written out as code, from the families' schema (tests/node/acceptorSource.ts).
    Acceptors = @{ Depends = @('Build'); Action = {
        $dir = Build-NodeTests
        Invoke-Native -FilePath 'node' -ArgumentList @((Join-Path $dir 'writeAcceptors.js')) -What 'writeAcceptors' | Out-Host
        Write-Host '== rebuild the module (build.ps1) so the bundle carries the new acceptor'
    } }
    # The wutrust package with edge-js and its PowerShell host in out/edge-js (the test run does this too).
    EdgeJs  = @{ Depends = @('Build'); Action = {
        $why = Initialize-EdgeJsBridge
        if ($null -ne $why) { throw "The edge-js bridge could not be set up: $why" }
        Write-Host "== edge-js bridge ready: $(Join-Path $out 'edge-js')"
    } }
    Test    = @{ Depends = @('Build'); Action = {
        # The headers the code table test regenerates it from (without them that test is skipped).
        $null = Initialize-CodeHeaders
        $format = Invoke-FormatCheck
        $node = Invoke-NodeTests
        $pester = Invoke-PesterTests
        $wine = Invoke-WindowsApiLane
        $passed = $format.Passed + $node.Passed + $pester.Passed + $wine.Passed
        $failed = $format.Failed + $node.Failed + $pester.Failed + $wine.Failed
        $skipped = $node.Skipped + $pester.Skipped + $wine.Skipped
        Write-Host ''
        Write-Host "$passed passed, $failed failed, $skipped skipped, $($pester.NotRun + $wine.NotRun) not run"
        if ($failed -gt 0) { exit 1 }
    } }
    Demo    = @{ Depends = @('Build'); Action = {
        Import-Module (Join-Path $moduleOut 'WuTrust.psd1') -Force
        foreach ($sample in (Get-ChildItem -Path (Join-Path $root 'samples') -Filter '*.json' | Sort-Object Name)) {
            Write-Host ''
            Write-Host ('=' * 100)
            Write-Host "Get-WuTrustStatus -Snapshot samples/$($sample.Name)"
            Write-Host ('=' * 100)
            $report = Get-WuTrustStatus -Snapshot $sample.FullName
            $report | Out-String -Width 120 | Write-Host
            if ($report.Findings.Count -gt 0 -and $sample.Name -like 'seed-000*') {
                $acl = (Get-Content -Raw $sample.FullName | ConvertFrom-Json).acl
                Write-Host "Test-WuAutoUpdateAcl -Sddl '$($acl.autoUpdate.sddl)' -ParentSddl <AuthRoot SDDL from the snapshot>:"
                Test-WuAutoUpdateAcl -Sddl $acl.autoUpdate.sddl -ParentSddl $acl.authRoot.sddl | Out-String -Width 120 | Write-Host
            }
            if ($report.Findings.Count -gt 0) {
                Write-Host "Findings in full (Get-WuTrustStatus -Snapshot ... | Select-Object -ExpandProperty Findings | Format-List):"
                $report.Findings | Format-List | Out-String -Width 120 | Write-Host
            }
        }
    } }
    Bench   = @{ Depends = @('Build'); Action = {
        # PowerShell's own assemblies precompiled, for the bench's second set of start-ups (see
        # tools/bench/WuTrust.Bench.PwshR2R.csproj); only when this PowerShell ships them as IL.
        $pwshR2R = Join-Path $out 'bench/pwsh-r2r'
        $stream = [System.IO.File]::OpenRead((Join-Path $PSHOME 'System.Management.Automation.dll'))
        try {
            $ilOnly = ([System.Reflection.PortableExecutable.PEReader]::new($stream)).PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size -eq 0
        } finally { $stream.Dispose() }
        if ($ilOnly -and -not (Test-Path (Join-Path $pwshR2R 'System.Management.Automation.dll'))) {
            Write-Host '== ReadyToRun PowerShell assemblies (bench only)'
            $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
            $r2rProject = Join-Path $root 'tools/bench/WuTrust.Bench.PwshR2R.csproj'
            $r2rArguments = @('publish', $r2rProject, '-c', 'Release', '-r', $rid, '-o', $pwshR2R, "-p:PwshHome=$PSHOME")
            $r2rArguments += @('--verbosity', 'quiet', '-nologo')
            Invoke-Native -FilePath 'dotnet' -ArgumentList $r2rArguments -What 'dotnet publish (ReadyToRun PowerShell)'
        }
        $baselineModule = $null
        if ($BaselineRef) { $baselineModule = Build-BaselineModule -Ref $BaselineRef }
        $depsProject = Get-Content -Raw (Join-Path $root 'tools/deps/WuTrust.Deps.csproj')
        $jintVersion = [regex]::Match($depsProject, 'Include="Jint" Version="\[([^\]]+)\]"').Groups[1].Value
        $net8 = @(
            (Join-Path $packages "jint/$jintVersion/lib/net8.0/Jint.dll")
            (Get-ChildItem -Path (Join-Path $packages 'acornima') -Recurse -Filter 'Acornima.dll' |
                Where-Object { $_.Directory.Name -eq 'net8.0' } | Select-Object -First 1).FullName
        )
        $bench = @{
            ModulePath         = (Join-Path $moduleOut 'WuTrust.psd1')
            Sample             = (Join-Path $root 'samples/seed-000-stale-disallowed-ctl.json')
            Net8Assemblies     = $net8
            ReadyToRunPwshDir  = $(if ($ilOnly) { $pwshR2R })
            BaselineModulePath = $baselineModule
        }
        & (Join-Path $root 'bench/Measure-WuTrust.ps1') @bench
        # The network family's (#11): concurrency and first/later probes against the loopback test network.
        $null = Initialize-NetworkTestTools
        & (Join-Path $root 'bench/Measure-WuNetwork.ps1') -ModulePath $bench.ModulePath -OutFile (Join-Path $out 'bench-network.json')
        # The update-log scan's (#12): a generated 1 GB WindowsUpdate.log against Select-String.
        & (Join-Path $root 'bench/Measure-WuLogScan.ps1') -ModulePath $bench.ModulePath -OutFile (Join-Path $out 'bench-logscan.json')
        # The fleet report's (#13): 10,000 generated snapshots against Get-ChildItem | Get-WuTrustStatus.
        $fleetBench = @{ ModulePath = $bench.ModulePath; OutFile = (Join-Path $out 'bench-fleet.json') }
        if ($baselineModule) { $fleetBench['BeforeModulePath'] = $baselineModule }
        & (Join-Path $root 'bench/Measure-WuFleet.ps1') @fleetBench
        # The Node host's (#14): wutrust report over 10,000 generated snapshots.
        $nodeBench = @{ PackagePath = (Join-Path $out 'packages/wutrust'); OutFile = (Join-Path $out 'bench-node-report.json') }
        if ($baselineModule) {
            # The earlier build's package sits beside its module (out/module/WuTrust -> out/packages/wutrust).
            $beforePackage = Join-Path (Split-Path -Parent (Split-Path -Parent (Split-Path -Parent $baselineModule))) 'packages/wutrust'
            if (Test-Path (Join-Path $beforePackage 'bin/wutrust.js')) { $nodeBench['BeforePackagePath'] = $beforePackage }
        }
        & (Join-Path $root 'bench/Measure-WuNodeReport.ps1') @nodeBench
        # And its watch round trip: the edge-js bridge against the spawn bridge (needs out/edge-js).
        $edgeWhy = Initialize-EdgeJsBridge
        if ($null -eq $edgeWhy) {
            $watchBench = @{ EdgeProject = (Join-Path $out 'edge-js'); ModulePath = $bench.ModulePath }
            $watchBench['OutFile'] = Join-Path $out 'bench-node-watch.json'
            & (Join-Path $root 'bench/Measure-WuNodeWatch.ps1') @watchBench
        } else { Write-Host "watch round trip: not measured ($edgeWhy)" }
    } }
    Steps   = @{ Depends = @('Build'); Action = {
        $arguments = @('run', '--project', (Join-Path $root 'tools/steps'), '-c', 'Release', '--verbosity', 'quiet', '--')
        $arguments += @((Join-Path $moduleOut 'engine/WuTrust.Engine.js'), (Join-Path $root 'samples'))
        if ($BaselineRef) {
            # The time of a fleet batch in this bundle against the earlier commit's, in one process.
            $baselineModule = Build-BaselineModule -Ref $BaselineRef
            $arguments += @('--against', (Join-Path (Split-Path -Parent $baselineModule) 'engine/WuTrust.Engine.js'))
        }
        Invoke-Native -FilePath 'dotnet' -ArgumentList $arguments -What 'tools/steps' | Out-Host
    } }
    Package = @{ Depends = @('Build'); Action = {
        $version = (Import-PowerShellDataFile (Join-Path $moduleOut 'WuTrust.psd1')).ModuleVersion
        $zip = Join-Path $out "WuTrust-$version.zip"
        if (Test-Path $zip) { Remove-Item -Force $zip }
        Compress-Archive -Path $moduleOut -DestinationPath $zip
        Write-Host "== packaged $zip"
    } }
}

function Invoke-BuildTask {
    # Runs a task after the tasks it depends on, each task once.
    param([string]$Name, [hashtable]$Done)
    if ($Done.ContainsKey($Name)) { return }
    foreach ($dependency in $tasks[$Name].Depends) { Invoke-BuildTask -Name $dependency -Done $Done }
    $Done[$Name] = $true
    & $tasks[$Name].Action
}

Invoke-BuildTask -Name $Task -Done @{}
