# Collectors: each wraps one native read so Pester can mock it. A collector never throws for a
# missing piece; it returns the value or the reason there is none (ARCHITECTURE.md "Collect").

function Test-WuIsWindows {
    <#
    .SYNOPSIS
    True on Windows (always on Windows PowerShell 5.1).
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param()
    if ($PSVersionTable.PSEdition -ne 'Core') {
        return $true
    }
    return [bool](Get-Variable -Name 'IsWindows' -ValueOnly -ErrorAction SilentlyContinue)
}

function Get-WuUtcNow {
    <#
    .SYNOPSIS
    The current time in UTC: the snapshot's collection time.
    #>
    [CmdletBinding()]
    [OutputType([datetime])]
    param()
    [System.DateTime]::UtcNow
}

function Test-WuElevation {
    <#
    .SYNOPSIS
    True when the session runs elevated (member of BUILTIN\Administrators with an elevated token).
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param()
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object -TypeName System.Security.Principal.WindowsPrincipal -ArgumentList $identity
    $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Get-WuCurrentUserSid {
    <#
    .SYNOPSIS
    The SID of the account this session runs as (its HKCU is HKU\<SID>, or HKU\.DEFAULT for SYSTEM).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value
}

function Get-WuOsVersionInfo {
    <#
    .SYNOPSIS
    OS version and build from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion (one registry read).
    #>
    [CmdletBinding()]
    param()
    $fact = Get-WuRegistryKeyFact -Hive LocalMachine -SubKey 'SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    $result = @{ osVersion = [System.Environment]::OSVersion.Version.ToString(); osBuild = $null; osProductName = $null }
    if ($fact.status -eq 'Ok') {
        if ($fact.values.Contains('CurrentBuildNumber') -and $fact.values['CurrentBuildNumber'].Contains('text')) {
            $build = 0
            if ([int]::TryParse($fact.values['CurrentBuildNumber']['text'], [ref]$build)) {
                $result.osBuild = $build
            }
        }
        if ($fact.values.Contains('ProductName') -and $fact.values['ProductName'].Contains('text')) {
            $result.osProductName = $fact.values['ProductName']['text']
        }
    }
    $result
}

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

function Get-WuHivePrefix {
    <#
    .SYNOPSIS
    The short name of a hive as paths show it: HKLM, HKCU, HKU.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][string]$Hive)
    @{ LocalMachine = 'HKLM'; CurrentUser = 'HKCU'; Users = 'HKU' }[$Hive]
}

function ConvertTo-WuHex {
    <#
    .SYNOPSIS
    Bytes as upper-case hex without separators.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][AllowEmptyCollection()][byte[]]$Bytes)
    $builder = New-Object -TypeName System.Text.StringBuilder -ArgumentList ($Bytes.Length * 2)
    foreach ($b in $Bytes) {
        [void]$builder.Append($b.ToString('X2', [System.Globalization.CultureInfo]::InvariantCulture))
    }
    $builder.ToString()
}

function ConvertTo-WuRegistryValueFact {
    <#
    .SYNOPSIS
    Turns a value as .NET returns it into a snapshot fact: type name and raw bytes as hex.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][string]$Kind,
        [AllowNull()][object]$Data,
        # Record only presence and size (large blobs such as encoded CTLs).
        [switch]$SizeOnly
    )
    $type = if ($script:WuRegistryTypeNames.ContainsKey($Kind)) { $script:WuRegistryTypeNames[$Kind] } else { 'REG_UNKNOWN' }
    $fact = [ordered]@{ status = 'Ok'; type = $type }
    $bytes = $null
    $text = $null
    switch ($type) {
        'REG_DWORD' { $bytes = [System.BitConverter]::GetBytes([int32]$Data) }
        'REG_QWORD' { $bytes = [System.BitConverter]::GetBytes([int64]$Data) }
        'REG_SZ' { $text = [string]$Data; $bytes = [System.Text.Encoding]::Unicode.GetBytes($text) }
        'REG_EXPAND_SZ' { $text = [string]$Data; $bytes = [System.Text.Encoding]::Unicode.GetBytes($text) }
        'REG_MULTI_SZ' {
            $text = (@($Data) -join "`n")
            $bytes = [System.Text.Encoding]::Unicode.GetBytes(((@($Data) + @('', '')) -join [char]0))
        }
        default {
            if ($Data -is [byte[]]) {
                $bytes = $Data
            } elseif ($null -ne $Data) {
                $fact.status = 'Malformed'
                $fact.message = "the data came back as $($Data.GetType().FullName), not bytes"
            } else {
                $bytes = [byte[]]@()
            }
        }
    }
    if ($null -ne $bytes) {
        if ($SizeOnly) {
            $fact.size = $bytes.Length
        } else {
            $fact.hex = ConvertTo-WuHex -Bytes $bytes
        }
    }
    if ($null -ne $text -and -not $SizeOnly) {
        $fact.text = $text
    }
    $fact
}

function Get-WuRegistryKeyFact {
    <#
    .SYNOPSIS
    Reads every value of one registry key (64-bit view, read-only) into a snapshot fact.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        # Names recorded as NotFound when absent, so the snapshot says they were looked for.
        [string[]]$ExpectedValue = @(),
        # Names whose data is recorded only as a size.
        [string[]]$SizeOnlyValue = @()
    )
    $fact = [ordered]@{ path = "$(Get-WuHivePrefix -Hive $Hive)\$SubKey"; status = 'Ok' }
    $baseKey = $null
    $key = $null
    try {
        $baseKey = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$Hive, [Microsoft.Win32.RegistryView]::Registry64)
        $key = $baseKey.OpenSubKey($SubKey, $false)
        if ($null -eq $key) {
            $fact.status = 'NotFound'
            return $fact
        }
        $values = [ordered]@{}
        foreach ($name in $key.GetValueNames()) {
            $label = if ($name -eq '') { '(default)' } else { $name }
            try {
                $kind = $key.GetValueKind($name).ToString()
                $data = $key.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
                $values[$label] = ConvertTo-WuRegistryValueFact -Kind $kind -Data $data -SizeOnly:($SizeOnlyValue -contains $name)
            } catch {
                $values[$label] = [ordered]@{ status = (ConvertTo-WuFactStatus -Exception $_.Exception); message = $_.Exception.Message }
            }
        }
        foreach ($name in $ExpectedValue) {
            if (-not $values.Contains($name)) {
                $values[$name] = [ordered]@{ status = 'NotFound' }
            }
        }
        $fact.values = $values
    } catch {
        $fact.status = ConvertTo-WuFactStatus -Exception $_.Exception
        $fact.message = $_.Exception.Message
    } finally {
        if ($null -ne $key) { $key.Dispose() }
        if ($null -ne $baseKey) { $baseKey.Dispose() }
    }
    $fact
}

function ConvertTo-WuFactStatus {
    <#
    .SYNOPSIS
    Maps an exception from a native read to a fact status.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][System.Exception]$Exception)
    $inner = $Exception.GetBaseException()
    if ($inner -is [System.Security.SecurityException] -or $inner -is [System.UnauthorizedAccessException]) {
        return 'AccessDenied'
    }
    if ($inner -is [System.PlatformNotSupportedException]) {
        return 'NotSupportedOnThisOS'
    }
    if ($inner -is [System.TimeoutException]) {
        return 'Timeout'
    }
    return 'Error'
}

function Get-WuServiceFact {
    <#
    .SYNOPSIS
    State, start type and account of services, from one Win32_Service query.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([Parameter(Mandatory = $true)][string[]]$Name)
    $facts = [ordered]@{}
    try {
        $filter = (($Name | ForEach-Object { "Name='$_'" }) -join ' OR ')
        $found = @(Get-CimInstance -ClassName Win32_Service -Filter $filter -ErrorAction Stop)
        foreach ($serviceName in $Name) {
            $service = $found | Where-Object { $_.Name -eq $serviceName } | Select-Object -First 1
            if ($null -eq $service) {
                $facts[$serviceName] = [ordered]@{ status = 'NotFound' }
            } else {
                $startType = switch ($service.StartMode) { 'Auto' { 'Automatic' } default { [string]$service.StartMode } }
                $facts[$serviceName] = [ordered]@{ status = 'Ok'; state = [string]$service.State; startType = $startType; account = [string]$service.StartName }
            }
        }
    } catch {
        $status = ConvertTo-WuFactStatus -Exception $_.Exception
        foreach ($serviceName in $Name) {
            $facts[$serviceName] = [ordered]@{ status = $status; message = $_.Exception.Message }
        }
    }
    $facts
}
