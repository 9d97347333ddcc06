function Get-WuRegistryKeyFact {
    <#
    .SYNOPSIS
    Reads every value of one registry key (read-only; the 64-bit view unless -View says otherwise)
    into a snapshot fact.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][ValidateSet('LocalMachine', 'CurrentUser', 'Users')][string]$Hive,
        [Parameter(Mandatory = $true)][string]$SubKey,
        # Names recorded as NotFound when absent, so the snapshot says they were looked for.
        [string[]]$ExpectedValue = @(),
        # Names whose data is recorded only as a size.
        [string[]]$SizeOnlyValue = @(),
        # Registry32 reads what 32-bit programs see (WOW6432Node).
        [ValidateSet('Registry64', 'Registry32')][string]$View = 'Registry64'
    )
    $fact = [ordered]@{ path = "$(Get-WuHivePrefix -Hive $Hive)\$SubKey"; status = 'Ok' }
    $baseKey = $null
    $key = $null
    try {
        $baseKey = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]$Hive, [Microsoft.Win32.RegistryView]$View)
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
        Write-Verbose "Read $($fact.path): $($fact.status)$(if ($fact.Contains('values')) { ', ' + $fact.values.Count + ' value(s)' })"
        if ($null -ne $key) { $key.Dispose() }
        if ($null -ne $baseKey) { $baseKey.Dispose() }
    }
    $fact
}
