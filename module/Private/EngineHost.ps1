# The engine host: the only code that touches Jint. The engine runs in-process, is loaded once per
# session, and its bundle is parsed once. Strings go in and come out; no CLR object is exposed.

function New-WuTrustErrorRecord {
    <#
    .SYNOPSIS
    Builds an ErrorRecord with an ID, a category and a target.
    #>
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorRecord])]
    param(
        [Parameter(Mandatory = $true)][string]$Message,
        [Parameter(Mandatory = $true)][string]$ErrorId,
        [Parameter(Mandatory = $true)][System.Management.Automation.ErrorCategory]$Category,
        [object]$TargetObject,
        [System.Exception]$InnerException
    )
    $exception = if ($null -ne $InnerException) {
        [System.InvalidOperationException]::new($Message, $InnerException)
    } else {
        [System.InvalidOperationException]::new($Message)
    }
    [System.Management.Automation.ErrorRecord]::new($exception, $ErrorId, $Category, $TargetObject)
}

function Get-WuTrustJintLibraryPath {
    <#
    .SYNOPSIS
    The folder holding the Jint build for this PowerShell edition.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    # Windows PowerShell 5.1 runs on .NET Framework and needs Jint's net462 build with its System.*
    # dependencies; PowerShell 7 runs on modern .NET: a ReadyToRun build for its runtime and
    # platform when the module ships one (lib/net10.0-win-x64: JIT work done at build time,
    # bench/README.md), else the IL build in lib/netstandard2.1. Jint's netstandard2.1 build, not
    # its net8.0 one: the net8.0 build enumerates every system time zone (Temporal) when the first
    # Jint.Options is created, about 400 ms on Linux; WuTrust does not use Temporal.
    # .NET calls, not Join-Path/Test-Path: the first engine call then needs no module autoloaded.
    $lib = [System.IO.Path]::Combine($script:ModuleRoot, 'lib')
    if ($PSVersionTable.PSEdition -ne 'Core') {
        return [System.IO.Path]::Combine($lib, 'net462')
    }
    $precompiled = [System.IO.Path]::Combine($lib, ('net{0}.0-{1}' -f [System.Environment]::Version.Major, (Get-WuRuntimePlatform)))
    if ([System.IO.File]::Exists([System.IO.Path]::Combine($precompiled, 'Jint.dll'))) {
        return $precompiled
    }
    [System.IO.Path]::Combine($lib, 'netstandard2.1')
}

function Get-WuRuntimePlatform {
    <#
    .SYNOPSIS
    The portable runtime identifier of this process: win-x64, linux-x64, osx-arm64, ...
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $info = [System.Runtime.InteropServices.RuntimeInformation]
    $os = if ($info::IsOSPlatform([System.Runtime.InteropServices.OSPlatform]::Windows)) { 'win' }
    elseif ($info::IsOSPlatform([System.Runtime.InteropServices.OSPlatform]::OSX)) { 'osx' }
    else { 'linux' }
    '{0}-{1}' -f $os, $info::ProcessArchitecture.ToString().ToLowerInvariant()
}

function Register-WuTrustAssemblyResolver {
    <#
    .SYNOPSIS
    On Windows PowerShell 5.1, resolves the module's own assemblies by simple name (5.1 has no binding redirects).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$LibraryPath)
    if ($null -ne $script:WuTrustAssemblyResolver) {
        return
    }
    $names = @{}
    foreach ($file in (Get-ChildItem -Path $LibraryPath -Filter '*.dll')) {
        $names[$file.BaseName] = $file.FullName
    }
    $resolver = [System.ResolveEventHandler] {
        param($sender, $eventArgs)
        $simpleName = (New-Object -TypeName System.Reflection.AssemblyName -ArgumentList $eventArgs.Name).Name
        if ($names.ContainsKey($simpleName)) {
            return [System.Reflection.Assembly]::LoadFrom($names[$simpleName])
        }
        return $null
    }.GetNewClosure()
    [System.AppDomain]::CurrentDomain.add_AssemblyResolve($resolver)
    $script:WuTrustAssemblyResolver = $resolver
}

function Import-WuTrustJintAssembly {
    <#
    .SYNOPSIS
    Loads Jint and its dependencies from the module, refusing when another Jint version is already loaded.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$LibraryPath)
    $jintPath = [System.IO.Path]::Combine($LibraryPath, 'Jint.dll')
    if (-not [System.IO.File]::Exists($jintPath)) {
        throw (New-WuTrustErrorRecord -Message "The WuTrust engine host is missing '$jintPath'. Rebuild or reinstall the module (build.ps1 -Task Build)." -ErrorId 'WuTrust.JintMissing' -Category ObjectNotFound -TargetObject $jintPath)
    }
    $wanted = [System.Reflection.AssemblyName]::GetAssemblyName($jintPath).Version
    $loaded = @(foreach ($assembly in [System.AppDomain]::CurrentDomain.GetAssemblies()) { if ($assembly.GetName().Name -eq 'Jint') { $assembly } })
    foreach ($assembly in $loaded) {
        if ($assembly.GetName().Version -ne $wanted) {
            $message = "Jint $($assembly.GetName().Version) is already loaded in this session (from '$($assembly.Location)'), but WuTrust needs Jint $wanted. Start a new PowerShell session and import WuTrust before the module that loads the other Jint."
            throw (New-WuTrustErrorRecord -Message $message -ErrorId 'WuTrust.JintVersionConflict' -Category ResourceUnavailable -TargetObject $assembly.Location)
        }
    }
    if ($PSVersionTable.PSEdition -ne 'Core') {
        Register-WuTrustAssemblyResolver -LibraryPath $LibraryPath
    }
    if ($loaded.Count -eq 0) {
        [void][System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($LibraryPath, 'Acornima.dll'))
        [void][System.Reflection.Assembly]::LoadFrom($jintPath)
    }
}

function Initialize-WuTrustJint {
    <#
    .SYNOPSIS
    Loads Jint once per session, parses the engine bundle once, and keeps the engine for later calls.
    #>
    [CmdletBinding()]
    param()
    if ($null -ne $script:WuTrustJint) {
        return
    }
    Import-WuTrustJintAssembly -LibraryPath (Get-WuTrustJintLibraryPath)
    $bundlePath = [System.IO.Path]::Combine($script:ModuleRoot, 'engine', 'WuTrust.Engine.js')
    if (-not [System.IO.File]::Exists($bundlePath)) {
        throw (New-WuTrustErrorRecord -Message "The WuTrust engine bundle '$bundlePath' is missing. Rebuild or reinstall the module (build.ps1 -Task Build)." -ErrorId 'WuTrust.EngineMissing' -Category ObjectNotFound -TargetObject $bundlePath)
    }
    $code = [System.IO.File]::ReadAllText($bundlePath, [System.Text.Encoding]::UTF8)

    $options = [Jint.Options]::new()
    [void][Jint.OptionsExtensions]::Strict($options, $true)
    [void][Jint.OptionsExtensions]::Culture($options, [System.Globalization.CultureInfo]::InvariantCulture)
    [void][Jint.OptionsExtensions]::LocalTimeZone($options, [System.TimeZoneInfo]::Utc)
    [void][Jint.OptionsExtensions]::LimitRecursion($options, 512)
    [void][Jint.OptionsExtensions]::DisableStringCompilation($options, $true)
    [void][Jint.OptionsExtensions]::MaxJsonParseDepth($options, 64)
    [void][Jint.ConstraintsOptionsExtensions]::TimeoutInterval($options, [System.TimeSpan]::FromSeconds(30))
    [void][Jint.ConstraintsOptionsExtensions]::MaxStatements($options, 50000000)
    if ($PSVersionTable.PSEdition -eq 'Core') {
        # Jint measures memory with per-thread allocation counters that .NET Framework lacks.
        [void][Jint.ConstraintsOptionsExtensions]::LimitMemory($options, 512MB)
    }
    # No AllowClr: the script sees no .NET type; only strings cross the boundary.

    $prepared = [Jint.Engine]::PrepareScript($code, 'WuTrust.Engine.js', $true, $null)
    $engine = [Jint.Engine]::new($options)
    [void]$engine.Execute([ref]$prepared)
    $entry = $engine.GetValue('WuTrustInvoke')
    $script:WuTrustJint = [pscustomobject]@{
        Engine = $engine
        Entry  = $entry
    }
}

function Invoke-WuTrustEngineText {
    <#
    .SYNOPSIS
    Calls the engine's entry point and returns its response text unchanged.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$RequestJson
    )
    Initialize-WuTrustJint
    try {
        $arguments = [object[]]@([string]$Command, [string]$RequestJson)
        return $script:WuTrustJint.Engine.Invoke($script:WuTrustJint.Entry, $arguments).ToString()
    } catch {
        # Jint's own limits (time, statements, recursion, memory) and host failures end here.
        $message = "The WuTrust engine failed on '$Command': $($_.Exception.GetBaseException().Message)"
        throw (New-WuTrustErrorRecord -Message $message -ErrorId 'WuTrust.EngineFailure' -Category LimitsExceeded -TargetObject $Command -InnerException $_.Exception)
    }
}

function ConvertFrom-WuJson {
    <#
    .SYNOPSIS
    JSON text as objects, the way ConvertFrom-Json makes them, without autoloading a module.
    .DESCRIPTION
    Calls the method behind ConvertFrom-Json (Microsoft.PowerShell.Commands.JsonObject, public on
    Windows PowerShell 5.1 and PowerShell 7) directly, so the first engine call does not import
    Microsoft.PowerShell.Utility (bench/README.md). Falls back to the cmdlet when the type is not loaded.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][AllowEmptyString()][string]$Text)
    $converter = 'Microsoft.PowerShell.Commands.JsonObject' -as [type]
    if ($null -eq $converter) {
        return (ConvertFrom-Json -InputObject $Text)
    }
    $errorRecord = $null
    $value = $converter::ConvertFromJson($Text, [ref]$errorRecord)
    if ($null -ne $errorRecord) {
        throw $errorRecord
    }
    $value
}

function Resolve-WuTrustEngineResponse {
    <#
    .SYNOPSIS
    Splits an engine response into its result (objects or JSON text) or an ErrorRecord; does not throw.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$ResponseText,
        [Parameter(Mandatory = $true)][string]$Command,
        [string]$Context,
        [switch]$Raw
    )
    # The facade writes exactly '{"ok":true,"result":' + result + '}' on success (src/index.ts).
    $okPrefix = '{"ok":true,"result":'
    if ($ResponseText.StartsWith($okPrefix, [System.StringComparison]::Ordinal)) {
        $resultText = $ResponseText.Substring($okPrefix.Length, $ResponseText.Length - $okPrefix.Length - 1)
        $result = if ($Raw) { $resultText } else { ConvertFrom-WuJson -Text $resultText }
        return @{ Result = $result; ErrorRecord = $null }
    }
    $response = ConvertFrom-WuJson -Text $ResponseText
    $prefix = if ($Context) { "$Context`: " } else { '' }
    $category = switch ($response.error.code) {
        'UnsupportedSchemaVersion' { [System.Management.Automation.ErrorCategory]::InvalidData }
        'InvalidSnapshot' { [System.Management.Automation.ErrorCategory]::InvalidData }
        'InvalidJson' { [System.Management.Automation.ErrorCategory]::InvalidData }
        'InternalError' { [System.Management.Automation.ErrorCategory]::NotSpecified }
        default { [System.Management.Automation.ErrorCategory]::InvalidArgument }
    }
    $target = if ($Context) { $Context } else { $Command }
    @{ Result = $null; ErrorRecord = (New-WuTrustErrorRecord -Message ($prefix + $response.error.message) -ErrorId ('WuTrust.Engine.' + $response.error.code) -Category $category -TargetObject $target) }
}

function Invoke-WuTrustEngine {
    <#
    .SYNOPSIS
    Calls the engine: invoke(command, requestJson) -> result. An engine error becomes a terminating ErrorRecord.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][AllowEmptyString()][string]$RequestJson,
        # Names what the request came from (a file), for error messages.
        [string]$Context,
        # Return the result as the engine's JSON text instead of objects.
        [switch]$Raw
    )
    $responseText = Invoke-WuTrustEngineText -Command $Command -RequestJson $RequestJson
    $resolved = Resolve-WuTrustEngineResponse -ResponseText $responseText -Command $Command -Context $Context -Raw:$Raw
    if ($null -ne $resolved.ErrorRecord) {
        throw $resolved.ErrorRecord
    }
    $resolved.Result
}
