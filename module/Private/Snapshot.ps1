# The snapshot (schemaVersion 1): raw facts, never conclusions. See ARCHITECTURE.md "The snapshot".

$script:WuAutoUpdateSubKey = 'SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate'
$script:WuAuthRootPolicySubKey = 'SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot'
# FACTS.md 2.1: the AutoUpdate values crypt32 reads or writes.
$script:WuAutoUpdateValues = @(
    'LastSyncTime', 'DisallowedCertLastSyncTime', 'PinRulesLastSyncTime',
    'SyncDeltaTime', 'DisallowedCertSyncDeltaTime', 'PinRulesSyncDeltaTime',
    'RootDirUrl', 'SyncFromDirUrl', 'Flags',
    'EncodedCtl', 'DisallowedCertEncodedCtl', 'PinRulesEncodedCtl'
)
$script:WuEncodedCtlValues = @('EncodedCtl', 'DisallowedCertEncodedCtl', 'PinRulesEncodedCtl')
# FACTS.md 2.2: policies that switch the updaters.
$script:WuAuthRootPolicyValues = @('DisableRootAutoUpdate', 'EnableDisallowedCertAutoUpdate', 'DisablePinRulesAutoUpdate')
$script:WuServiceNames = @('CryptSvc', 'wuauserv', 'BITS', 'UsoSvc')
$script:WuSnapshotSchemaVersion = 1

function New-WuTrustSnapshot {
    <#
    .SYNOPSIS
    Collects the facts of this machine into a snapshot (an ordered dictionary ready for JSON).
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param()
    $collectedAt = (Get-WuUtcNow).ToUniversalTime()
    $os = Get-WuOsVersionInfo
    $elevated = $null
    try { $elevated = [bool](Test-WuElevation) } catch { $elevated = $null }
    $autoUpdate = @{ ExpectedValue = $script:WuAutoUpdateValues; SizeOnlyValue = $script:WuEncodedCtlValues }
    [ordered]@{
        schemaVersion = $script:WuSnapshotSchemaVersion
        tool          = [ordered]@{ name = 'WuTrust'; version = (Get-WuTrustModuleVersion) }
        collectedAt   = $collectedAt.ToString('yyyy-MM-ddTHH:mm:ss.fffffffZ', [System.Globalization.CultureInfo]::InvariantCulture)
        machine       = [ordered]@{
            computerName  = [System.Environment]::MachineName
            osVersion     = $os.osVersion
            osBuild       = $os.osBuild
            osProductName = $os.osProductName
            psEdition     = [string]$PSVersionTable.PSEdition
            psVersion     = $PSVersionTable.PSVersion.ToString()
            isElevated    = $elevated
        }
        ctl           = [ordered]@{
            autoUpdate = [ordered]@{
                HKLM = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey @autoUpdate
                HKCU = Get-WuRegistryKeyFact -Hive CurrentUser -SubKey $script:WuAutoUpdateSubKey @autoUpdate
            }
            policy     = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey $script:WuAuthRootPolicySubKey -ExpectedValue $script:WuAuthRootPolicyValues
        }
        services      = Get-WuServiceFact -Name $script:WuServiceNames
        wintrust      = [ordered]@{ hives = @(Get-WuWinTrustHiveFact) }
        logs          = [ordered]@{ setup = @(Get-WuSetupLogExcerpt -Folder (Get-WuSetupLogFolder)) }
        acl           = [ordered]@{
            authRoot       = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey $script:WuAuthRootSubKey
            autoUpdate     = Get-WuRegistryKeySddl -Hive LocalMachine -SubKey $script:WuAutoUpdateSubKey
            autoUpdateHKCU = Get-WuRegistryKeySddl -Hive CurrentUser -SubKey $script:WuAutoUpdateSubKey
        }
    }
}

function Get-WuTrustModuleVersion {
    <#
    .SYNOPSIS
    The module's version from its manifest.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    [string]$ExecutionContext.SessionState.Module.Version
}

function ConvertTo-WuTrustSnapshotJson {
    <#
    .SYNOPSIS
    A snapshot as JSON text.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][System.Collections.IDictionary]$Snapshot,
        [switch]$Compress
    )
    ConvertTo-Json -InputObject $Snapshot -Depth 12 -Compress:$Compress
}

function Read-WuTrustInputFile {
    <#
    .SYNOPSIS
    Reads a snapshot or backup file's text. Returns Text, or ErrorRecord naming the file; it does
    not throw, so a caller's -ErrorVariable holds only the error the caller writes.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        # What the file is, for messages: Snapshot or Backup.
        [ValidateSet('Snapshot', 'Backup')][string]$Kind = 'Snapshot'
    )
    $writer = @{ Snapshot = 'Export-WuTrustSnapshot'; Backup = 'a WuTrust repair' }[$Kind]
    $fullPath = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path)
    # .NET calls, not Test-Path: reading a snapshot then autoloads no module (bench/README.md).
    if (-not ([System.IO.File]::Exists($fullPath) -or [System.IO.Directory]::Exists($fullPath))) {
        return @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord -Message "$Kind file '$Path' was not found." -ErrorId "WuTrust.${Kind}NotFound" -Category ObjectNotFound -TargetObject $Path) }
    }
    if ([System.IO.Directory]::Exists($fullPath)) {
        return @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord -Message "$Kind path '$Path' is a folder; expected a .json file written by $writer." -ErrorId "WuTrust.${Kind}IsFolder" -Category InvalidArgument -TargetObject $Path) }
    }
    try {
        @{ Text = [System.IO.File]::ReadAllText($fullPath, [System.Text.Encoding]::UTF8); ErrorRecord = $null }
    } catch {
        @{ Text = $null; ErrorRecord = (New-WuTrustErrorRecord -Message "$Kind file '$Path' could not be read: $($_.Exception.Message)" -ErrorId "WuTrust.${Kind}Unreadable" -Category ReadError -TargetObject $Path -InnerException $_.Exception) }
    }
}

function Write-WuTrustTextFile {
    <#
    .SYNOPSIS
    Writes text as UTF-8 without a byte order mark (one native write).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$Text
    )
    [System.IO.File]::WriteAllText($Path, $Text, (New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false))
}

function Get-WuWinTrustHiveFact {
    <#
    .SYNOPSIS
    The Software Publishing key of every hive that matters (SYSTEM, NetworkService, LocalService,
    the current user, each loaded user hive), as snapshot facts.
    #>
    [CmdletBinding()]
    param()
    $sids = @()
    try { $sids = @(Get-WuUserHiveSid) } catch { $sids = @() }
    $current = Get-WuWinTrustTarget -Scope CurrentUser
    try { $current.sid = Get-WuCurrentUserSid } catch { $current.sid = $null }
    $targets = @(Get-WuWinTrustTarget -Scope AllUsers -UserSid $sids) + @($current)
    foreach ($t in $targets) {
        [ordered]@{ scope = $t.scope; sid = $t.sid; path = $t.path; key = (Get-WuRegistryKeyFact -Hive $t.hive -SubKey $t.subKey -ExpectedValue 'State') }
    }
}

function Get-WuSetupLogFolder {
    <#
    .SYNOPSIS
    Where .NET/KB setup logs land: the current user's TEMP, every profile's TEMP that this account
    may list, and the SYSTEM account's temp folders.
    #>
    [CmdletBinding()]
    [OutputType([string[]])]
    param()
    $root = $env:SystemRoot
    $profiles = @()
    if ($env:SystemDrive) {
        $profiles = @(Get-ChildItem -Path (Join-Path -Path $env:SystemDrive -ChildPath 'Users') -Directory -ErrorAction SilentlyContinue |
                ForEach-Object { Join-Path -Path $_.FullName -ChildPath 'AppData\Local\Temp' })
    }
    @(
        $env:TEMP
        $profiles
        $(if ($root) { Join-Path -Path $root -ChildPath 'Temp' })
        $(if ($root) { Join-Path -Path $root -ChildPath 'System32\config\systemprofile\AppData\Local\Temp' })
    ) | Where-Object { $_ } | Select-Object -Unique
}
