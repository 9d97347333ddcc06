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
