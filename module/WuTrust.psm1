# WuTrust module loader. Decisions live in the engine (engine/WuTrust.Engine.js, run by Jint);
# the PowerShell side collects facts and applies plans. Works on Windows PowerShell 5.1 and 7.
Set-StrictMode -Version 3.0

$script:ModuleRoot = $PSScriptRoot
$script:WuTrustJint = $null
$script:WuJsonObjectType = $null
$script:WuEngineVersion = $null

# Module constants: the only script variables shared across files (ARCHITECTURE.md "Layout").
$script:WuSnapshotSchemaVersion = 1
# Snapshot files larger than this are refused before they are read (admin-trial D4).
$script:WuMaxSnapshotBytes = 32MB
$script:WuAuthRootSubKey = 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot'
$script:WuAutoUpdateSubKey = 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
$script:WuAuthRootPolicySubKey = 'SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot'
# FACTS.md 2.1: the AutoUpdate values crypt32 reads or writes; the encoded CTLs are recorded by size.
$script:WuAutoUpdateValues = @(
    'LastSyncTime', 'DisallowedCertLastSyncTime', 'PinRulesLastSyncTime',
    'SyncDeltaTime', 'DisallowedCertSyncDeltaTime', 'PinRulesSyncDeltaTime',
    'RootDirUrl', 'SyncFromDirUrl', 'Flags',
    'EncodedCtl', 'DisallowedCertEncodedCtl', 'PinRulesEncodedCtl'
)
$script:WuEncodedCtlValues = @('EncodedCtl', 'DisallowedCertEncodedCtl', 'PinRulesEncodedCtl')
$script:WuSyncTimeValues = @('LastSyncTime', 'DisallowedCertLastSyncTime', 'PinRulesLastSyncTime')
# FACTS.md 2.2: policies that switch the updaters.
$script:WuAuthRootPolicyValues = @('DisableRootAutoUpdate', 'EnableDisallowedCertAutoUpdate', 'DisablePinRulesAutoUpdate')
$script:WuServiceNames = @('CryptSvc', 'wuauserv', 'BITS', 'UsoSvc')
# FACTS.md 4.1: where WinHTTP and WinINET keep their proxy settings; the policy that makes WinINET's machine-wide.
$script:WuConnectionsSubKey = 'SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections'
$script:WuProxyPolicySubKey = 'SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings'
# -AsSystem: the script the one-shot SYSTEM task runs (Invoke-WuCollectionAsSystem). Constant text:
# what it collects comes from request.json beside it, read as data. It writes result.json:
# { ok, json } with the snapshot's or the network section's JSON text, or { ok = false, error }.
$script:WuAsSystemScript = @'
param([string]$RequestPath)
$ErrorActionPreference = 'Stop'
$request = Get-Content -Raw -LiteralPath $RequestPath | ConvertFrom-Json
$answer = [ordered]@{ ok = $false; json = $null; error = $null }
try {
    Import-Module -Name $request.module -Force
    $options = @{}
    foreach ($p in $request.options.PSObject.Properties) { $options[$p.Name] = $p.Value }
    if ($request.kind -eq 'Snapshot') {
        $file = Join-Path (Split-Path -Parent $RequestPath) 'snapshot.json'
        $export = @{ SkipNetwork = [bool]$options['SkipNetwork']; ConvertUpdateLog = [bool]$options['ConvertUpdateLog'] }
        Export-WuTrustSnapshot -Path $file -TimeoutSeconds $options['TimeoutSeconds'] -Force @export
        $answer.json = Get-Content -Raw -LiteralPath $file
    } else {
        $section = & (Get-Module -Name WuTrust) { param($o) Get-WuNetworkSection -Options $o } $options
        $answer.json = ConvertTo-Json -InputObject $section.network -Depth 12 -Compress
    }
    $answer.ok = $true
} catch {
    $answer.error = $_.Exception.Message
}
$text = ConvertTo-Json -InputObject $answer -Depth 3
[System.IO.File]::WriteAllText($request.output, $text, (New-Object System.Text.UTF8Encoding -ArgumentList $false))
'@
# Invoke-WuTrustCollection: what runs on each target (as text: remoting sends a script block as
# its source). It uses the WuTrust module installed there (Export-WuTrustSnapshot), or reads the
# snapshot file at Options.ExistingSnapshot; it answers one object, never throws.
$script:WuRemoteCollectionScript = {
    param($Options)
    $answer = [ordered]@{ ComputerName = [System.Environment]::MachineName; Status = 'Failed'; ErrorId = $null; Reason = $null; Json = $null }
    try {
        if ($Options.ExistingSnapshot) {
            $path = [string]$Options.ExistingSnapshot
            if (-not [System.IO.File]::Exists($path)) {
                throw [System.IO.FileNotFoundException]::new("The snapshot file '$path' does not exist on this computer.")
            }
            $size = ([System.IO.FileInfo]::new($path)).Length
            if ($size -gt $Options.MaxBytes) { throw "The snapshot file '$path' holds $size bytes, more than a snapshot ever does." }
            $answer.Json = [System.IO.File]::ReadAllText($path)
        } else {
            $module = Get-Module -ListAvailable -Name WuTrust | Sort-Object -Property Version -Descending | Select-Object -First 1
            if ($null -eq $module) {
                $answer.ErrorId = 'WuTrust.ModuleMissing'
                $answer.Reason = 'The WuTrust module is not installed on this computer; install it for all users.'
                return [pscustomobject]$answer
            }
            Import-Module -Name $module.Path -ErrorAction Stop
            $file = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'WuTrust-' + [guid]::NewGuid().ToString('N') + '.json')
            try {
                $export = @{ Path = $file; Force = $true; SkipNetwork = [bool]$Options.SkipNetwork; TimeoutSeconds = $Options.TimeoutSeconds }
                Export-WuTrustSnapshot @export -ErrorAction Stop
                $answer.Json = [System.IO.File]::ReadAllText($file)
            } finally {
                Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
            }
        }
        $answer.Status = 'Collected'
    } catch {
        $answer.ErrorId = [string]$_.FullyQualifiedErrorId
        $answer.Reason = $_.Exception.Message
    }
    [pscustomobject]$answer
}
# Network probes: the default timeout of each (seconds).
$script:WuDefaultProbeTimeoutSeconds = 5
# RegistryValueKind -> the names Windows uses.
$script:WuRegistryTypeNames = @{
    'String'       = 'REG_SZ'
    'ExpandString' = 'REG_EXPAND_SZ'
    'Binary'       = 'REG_BINARY'
    'DWord'        = 'REG_DWORD'
    'MultiString'  = 'REG_MULTI_SZ'
    'QWord'        = 'REG_QWORD'
    'None'         = 'REG_NONE'
    'Unknown'      = 'REG_UNKNOWN'
}
# Backups (ARCHITECTURE.md "Act"); their schema is the engine's (src/act/backup.ts).
$script:WuBackupKind = 'WuTrust.Backup'
$script:WuBackupFormatVersion = 1
# The default backup folder's ACL: owner Administrators, protected, full control for SYSTEM and
# Administrators (and the folders and files they create) only.
$script:WuBackupFolderSddl = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)'

# The family list: each family's section builder (Private/Collect). New-WuTrustSnapshot loops over
# it; the engine's list is src/families.ts. Adding a family adds its builder here.
$script:WuTrustFamilies = @(
    @{ Id = 'CtlSync'; SectionBuilder = 'Get-WuCtlSection' }
    @{ Id = 'AclAutoUpdate'; SectionBuilder = 'Get-WuAclSection' }
    @{ Id = 'WinTrustPolicy'; SectionBuilder = 'Get-WuWinTrustSection' }
    @{ Id = 'NetworkTrust'; SectionBuilder = 'Get-WuNetworkSection' }
    @{ Id = 'UpdateLogs'; SectionBuilder = 'Get-WuUpdateLogSection' }
)

# <merge> build.ps1 replaces everything from this line on with the files of Private/ (every
# sub-folder) and Public/ themselves (one file imports faster than many); from a source checkout
# they are dot-sourced.
foreach ($folder in @('Private', 'Public')) {
    $path = [System.IO.Path]::Combine($PSScriptRoot, $folder)
    foreach ($file in (Get-ChildItem -Path $path -Filter '*.ps1' -Recurse | Sort-Object -Property FullName)) {
        . $file.FullName
    }
}
