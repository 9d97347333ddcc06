function Import-WuTrustJintAssembly {
    <#
    .SYNOPSIS
    Loads Jint and its dependencies from the module, refusing when another Jint version is already loaded.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$LibraryPath)
    $jintPath = [System.IO.Path]::Combine($LibraryPath, 'Jint.dll')
    if (-not [System.IO.File]::Exists($jintPath)) {
        $record = @{
            Message      = "The WuTrust engine host is missing '$jintPath'. Rebuild or reinstall the module (build.ps1 -Task Build)."
            ErrorId      = 'WuTrust.JintMissing'
            Category     = 'ObjectNotFound'
            TargetObject = $jintPath
        }
        throw (New-WuTrustErrorRecord @record)
    }
    $wanted = [System.Reflection.AssemblyName]::GetAssemblyName($jintPath).Version
    $loaded = @(foreach ($assembly in [System.AppDomain]::CurrentDomain.GetAssemblies()) { if ($assembly.GetName().Name -eq 'Jint') { $assembly } })
    foreach ($assembly in $loaded) {
        if ($assembly.GetName().Version -ne $wanted) {
            $message = "Jint $($assembly.GetName().Version) is already loaded in this session (from '$($assembly.Location)'), but " +
                "WuTrust needs Jint $wanted. Start a new PowerShell session and import WuTrust before the module that loads the other " +
                "Jint."
            $record = @{
                Message      = $message
                ErrorId      = 'WuTrust.JintVersionConflict'
                Category     = 'ResourceUnavailable'
                TargetObject = $assembly.Location
            }
            throw (New-WuTrustErrorRecord @record)
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
