function ConvertFrom-WuJson {
    <#
    .SYNOPSIS
    JSON text as objects, the way ConvertFrom-Json makes them, without autoloading a module.
    .DESCRIPTION
    Calls the method behind ConvertFrom-Json (Microsoft.PowerShell.Commands.JsonObject, public on
    Windows PowerShell 5.1 and PowerShell 7) directly, so the first engine call does not import
    Microsoft.PowerShell.Utility (bench/README.md). In a new session that assembly is not loaded
    yet: it is loaded by name (the same version and key as System.Management.Automation), which
    imports no module. Only when that fails does it fall back to the cmdlet.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][AllowEmptyString()][string]$Text)
    $converter = $script:WuJsonObjectType
    if ($null -eq $converter) {
        $converter = 'Microsoft.PowerShell.Commands.JsonObject' -as [type]
        if ($null -eq $converter) {
            $sma = [System.Management.Automation.PSObject].Assembly.FullName
            $name = $sma -replace '^System\.Management\.Automation,', 'Microsoft.PowerShell.Commands.Utility,'
            try { $null = [System.Reflection.Assembly]::Load($name) } catch { $null = $_ }
            $converter = 'Microsoft.PowerShell.Commands.JsonObject' -as [type]
        }
        $script:WuJsonObjectType = $converter
    }
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
