<#
.SYNOPSIS
The Node host's watch round trip (#14): the in-process bridge (edge-js hosting PowerShell) against
the spawn bridge (a child PowerShell per collection), warm, median of 20 rounds each, same run.

.DESCRIPTION
A round is what `wutrust watch` does each interval: collect this machine's snapshot through the
bridge (the module's own Export-WuTrustSnapshot) and judge it with the engine. There is no Windows
here, so both bridges run the module on the pretend Windows machine of the tests
(tests/intune/FakeWuTrust.psm1 over a state made from seed 000): the same module code, the same
snapshot, in both. Each bridge runs in its own Node process: one round first (cold: PowerShell's
start and the module's import, for the in-process bridge in this process), then 20 warm rounds.
Needs out/edge-js (build.ps1 -Task EdgeJs; the Bench task sets it up).
#>
param(
    [Parameter(Mandatory = $true)][string]$EdgeProject,
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$OutFile,
    [int]$Rounds = 20
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
. (Join-Path $root 'tests/intune/FakeMachine.ps1')
# Set-WuTestEnvironmentVariable: restores a variable, removing one that was not set.
. (Join-Path $root 'tests/pester/TestHelpers.ps1')
$work = Join-Path ([System.IO.Path]::GetTempPath()) ('wutrust-bench-watch-' + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $work
$EdgeProject = (Resolve-Path -LiteralPath $EdgeProject).ProviderPath
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$package = Join-Path $EdgeProject 'node_modules/wutrust'
$exe = (Get-Process -Id $PID).Path
$pwsh = $exe
if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $pwsh = "$exe $(Join-Path $PSHOME 'pwsh.dll')" }
$machine = New-WuFakeMachine -Sample (Join-Path $root 'samples/seed-000-stale-disallowed-ctl.json') -Folder $work
$environment = [ordered]@{
    WUTRUST_EDGE_HOST    = (Join-Path $EdgeProject 'host')
    WUTRUST_PWSH         = $pwsh
    WUTRUST_MODULE       = (Join-Path $root 'tests/intune/FakeWuTrust.psm1')
    WUTRUST_FAKE_WUTRUST = $ModulePath
    WUTRUST_FAKE_STATE   = $machine.State
    WUTRUST_FAKE_BACKUPS = $machine.Backups
}
$saved = @{}
foreach ($k in $environment.Keys) {
    $saved[$k] = [Environment]::GetEnvironmentVariable($k)
    [Environment]::SetEnvironmentVariable($k, $environment[$k])
}
try {
    $runs = [ordered]@{}
    foreach ($bridge in 'edge-js', 'spawn') {
        $line = @(& node (Join-Path $PSScriptRoot 'watch-rounds.cjs') $package $bridge $Rounds)[-1]
        if ($LASTEXITCODE -ne 0) { throw "The $bridge rounds failed: $line" }
        $run = $line | ConvertFrom-Json
        if ($run.bridge -ne $bridge) { throw "Asked for the $bridge bridge, got $($run.bridge) ($($run.why))" }
        $runs[$bridge] = $run
        $format = 'watch round, {0,-7} bridge: start {1,7:N0} ms, first round {2,7:N0} ms, ' +
            'warm median of {3} {4,8:N1} ms (min {5:N1}, max {6:N1}); peak RSS {7} MB'
        Write-Host ($format -f $bridge, $run.loadMs, $run.firstMs, $Rounds, $run.medianMs, $run.minMs, $run.maxMs, $run.peakRssMb)
    }
    $ratio = [math]::Round($runs['spawn'].medianMs / $runs['edge-js'].medianMs, 1)
    Write-Host "watch round, warm median: the in-process bridge is $ratio x faster than the spawn bridge"
    $summary = [ordered]@{ date = [DateTime]::UtcNow.ToString('yyyy-MM-dd'); rounds = $Rounds; spawnOverInProcess = $ratio; runs = $runs }
    $summary | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $OutFile
} finally {
    foreach ($k in $saved.Keys) { Set-WuTestEnvironmentVariable -Name $k -Value $saved[$k] }
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}
