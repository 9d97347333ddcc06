# The Windows-API lane's entry point, run by tools/winhost under Wine (build.ps1 Invoke-WindowsApiLane):
# the Pester tests tagged WindowsApi, in this one process, so that the security descriptors the
# tests write live as long as the suite (Wine keeps them only for one wineserver lifetime;
# tests/pester/WineLane.ps1, deviation 5). Writes the totals to a JSON file and sets the exit code.
param(
    [Parameter(Mandatory = $true)][string]$ResultPath,
    [Parameter(Mandatory = $true)][string]$PesterManifest
)
$ErrorActionPreference = 'Stop'
$repo = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
# Deviation 7 (tests/pester/WineLane.ps1): Get-CimInstance fails under Wine and then hangs the next
# registry call; it is made to fail at once before anything can call it.
function global:Get-CimInstance { throw [System.PlatformNotSupportedException]::new('No CIM under Wine (WineLane.ps1, deviation 7).') }
Import-Module -Name $PesterManifest -Force
$config = New-PesterConfiguration
$config.Run.Path = (Join-Path $repo 'tests/pester/WindowsApi.Tests.ps1')
$config.Run.PassThru = $true
$config.Filter.Tag = @('WindowsApi')
$config.Output.Verbosity = 'Normal'
# WineLane.ps1, deviation 11: writing Pester's NUnit XML crashes the CLR under Wine; the totals
# go to $ResultPath as JSON instead.
$config.TestResult.Enabled = $false
$result = Invoke-Pester -Configuration $config
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
$totals = [ordered]@{
    passed  = $result.PassedCount
    failed  = $failed
    skipped = $result.SkippedCount
    notRun  = $result.NotRunCount
    total   = $result.TotalCount
}
Set-Content -LiteralPath $ResultPath -Value ($totals | ConvertTo-Json -Compress) -Encoding UTF8
$global:WuTrustLaneExitCode = $(if ($failed -gt 0) { 1 } else { 0 })

