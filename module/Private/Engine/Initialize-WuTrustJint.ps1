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
        $record = @{
            Message      = "The WuTrust engine bundle '$bundlePath' is missing. Rebuild or reinstall the module (build.ps1 -Task Build)."
            ErrorId      = 'WuTrust.EngineMissing'
            Category     = 'ObjectNotFound'
            TargetObject = $bundlePath
        }
        throw (New-WuTrustErrorRecord @record)
    }
    $code = [System.IO.File]::ReadAllText($bundlePath, [System.Text.Encoding]::UTF8)

    $options = [Jint.Options]::new()
    [void][Jint.OptionsExtensions]::Strict($options, $true)
    [void][Jint.OptionsExtensions]::Culture($options, [System.Globalization.CultureInfo]::InvariantCulture)
    [void][Jint.OptionsExtensions]::LocalTimeZone($options, [System.TimeZoneInfo]::Utc)
    [void][Jint.OptionsExtensions]::LimitRecursion($options, 512)
    [void][Jint.OptionsExtensions]::DisableStringCompilation($options, $true)
    # The engine refuses nesting over 64 itself, before JSON.parse (src/core/json.ts), the same in
    # Jint and Node; Jint's own limit stays above it so it never decides first.
    [void][Jint.OptionsExtensions]::MaxJsonParseDepth($options, 128)
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
