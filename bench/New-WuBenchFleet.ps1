<#
.SYNOPSIS
Writes a generated fleet for the benchmarks: the samples, each copied under its own computer name
(<name>-<number>.json), Count files in all, into Folder. Returns the bytes written.
#>
param(
    [Parameter(Mandatory = $true)][string]$Folder,
    [Parameter(Mandatory = $true)][int]$Count
)
$root = Split-Path -Parent $PSScriptRoot
$samples = @(Get-ChildItem -Path (Join-Path $root 'samples') -Filter '*.json' | Sort-Object Name)
$texts = @($samples | ForEach-Object { [System.IO.File]::ReadAllText($_.FullName) })
$names = @($texts | ForEach-Object { [regex]::Match($_, '"computerName":\s*"([^"]*)"').Groups[1].Value })
$bytes = 0L
for ($i = 0; $i -lt $Count; $i++) {
    $k = $i % $texts.Count
    $name = '{0}-{1:D5}' -f $names[$k], $i
    $text = $texts[$k].Replace("`"$($names[$k])`"", "`"$name`"")
    [System.IO.File]::WriteAllText((Join-Path $Folder "$name.json"), $text)
    $bytes += $text.Length
}
$bytes
