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
