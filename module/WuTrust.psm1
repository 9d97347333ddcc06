# WuTrust module loader. Decisions live in the engine (engine/WuTrust.Engine.js, run by Jint);
# the PowerShell side collects facts and applies plans. Works on Windows PowerShell 5.1 and 7.
Set-StrictMode -Version 3.0

$script:ModuleRoot = $PSScriptRoot
$script:WuTrustJint = $null

# build.ps1 replaces everything from the next line on with the Private and Public files themselves
# (one file imports faster than many); from a source checkout they are dot-sourced.
foreach ($folder in @('Private', 'Public')) {
    $path = Join-Path -Path $PSScriptRoot -ChildPath $folder
    foreach ($file in (Get-ChildItem -Path $path -Filter '*.ps1' | Sort-Object -Property Name)) {
        . $file.FullName
    }
}
