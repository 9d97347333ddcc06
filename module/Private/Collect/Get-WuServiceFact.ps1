function Get-WuServiceFact {
    <#
    .SYNOPSIS
    State, start type and account of services, from one Win32_Service query.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([Parameter(Mandatory = $true)][string[]]$Name)
    $facts = [ordered]@{}
    try {
        $filter = (($Name | ForEach-Object { "Name='$_'" }) -join ' OR ')
        $found = @(Get-CimInstance -ClassName Win32_Service -Filter $filter -ErrorAction Stop)
        foreach ($serviceName in $Name) {
            $service = $found | Where-Object { $_.Name -eq $serviceName } | Select-Object -First 1
            if ($null -eq $service) {
                $facts[$serviceName] = [ordered]@{ status = 'NotFound' }
            } else {
                $startType = switch ($service.StartMode) { 'Auto' { 'Automatic' } default { [string]$service.StartMode } }
                $facts[$serviceName] = [ordered]@{
                    status    = 'Ok'
                    state     = [string]$service.State
                    startType = $startType
                    account   = [string]$service.StartName
                }
            }
        }
    } catch {
        $status = ConvertTo-WuFactStatus -Exception $_.Exception
        foreach ($serviceName in $Name) {
            $facts[$serviceName] = [ordered]@{ status = $status; message = $_.Exception.Message }
        }
    }
    foreach ($serviceName in $Name) {
        $f = $facts[$serviceName]
        Write-Verbose "Service $serviceName`: $($f.status)$(if ($f.status -eq 'Ok') { ', ' + $f.state + ', ' + $f.startType + ', ' + $f.account })"
    }
    $facts
}
