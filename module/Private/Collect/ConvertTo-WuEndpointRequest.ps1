function ConvertTo-WuEndpointRequest {
    <#
    .SYNOPSIS
    One -Endpoint item (a hashtable or an object with Name and optionally Port, Scheme, Path,
    Address) as the engine's endpoint request. The engine checks every field; a missing Name is an
    error naming the item.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory = $true)][object]$InputObject,
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Cmdlet
    )
    $read = {
        param([string]$Key)
        if ($InputObject -is [System.Collections.IDictionary]) {
            foreach ($k in $InputObject.Keys) { if ([string]$k -eq $Key) { return $InputObject[$k] } }
            return $null
        }
        $property = $InputObject.PSObject.Properties[$Key]
        if ($null -eq $property) { $null } else { $property.Value }
    }
    $name = & $read 'Name'
    if ($InputObject -is [string]) { $name = $InputObject }
    if ([string]::IsNullOrEmpty([string]$name)) {
        $record = @{
            Message      = "-Endpoint item '$InputObject' has no Name; expected a hashtable such as " +
                "@{ Name = 'fe3.delivery.mp.microsoft.com'; Port = 443; Address = '10.0.0.5' }."
            ErrorId      = 'WuTrust.InvalidEndpoint'
            Category     = 'InvalidArgument'
            TargetObject = $InputObject
        }
        $Cmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $entry = [ordered]@{ name = [string]$name }
    foreach ($key in @('Port', 'Scheme', 'Path', 'Address')) {
        $value = if ($InputObject -is [string]) { $null } else { & $read $key }
        if ($null -ne $value -and [string]$value -ne '') {
            $number = 0
            # A port that is not a number goes to the engine as text, which refuses it by name.
            $isPort = $key -eq 'Port' -and [int]::TryParse([string]$value, [ref]$number)
            $entry[$key.ToLowerInvariant()] = if ($isPort) { $number } else { [string]$value }
        }
    }
    $entry
}
