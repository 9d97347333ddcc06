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
