function Resolve-WuTrustEngineResponse {
    <#
    .SYNOPSIS
    Splits an engine response into its result (objects or JSON text) or an ErrorRecord; does not throw.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$ResponseText,
        [Parameter(Mandatory = $true)][string]$Command,
        [string]$Context,
        [object]$Target,
        [switch]$Raw
    )
    # The facade writes exactly '{"ok":true,"result":' + result + '}' on success (src/index.ts).
    $okPrefix = '{"ok":true,"result":'
    if ($ResponseText.StartsWith($okPrefix, [System.StringComparison]::Ordinal)) {
        $resultText = $ResponseText.Substring($okPrefix.Length, $ResponseText.Length - $okPrefix.Length - 1)
        $result = if ($Raw) { $resultText } else { ConvertFrom-WuJson -Text $resultText }
        return @{ Result = $result; ErrorRecord = $null }
    }
    $response = ConvertFrom-WuJson -Text $ResponseText
    $prefix = if ($Context) { "$Context`: " } else { '' }
    $category = switch ($response.error.code) {
        'UnsupportedSchemaVersion' { [System.Management.Automation.ErrorCategory]::InvalidData }
        'InvalidSnapshot' { [System.Management.Automation.ErrorCategory]::InvalidData }
        'InvalidJson' { [System.Management.Automation.ErrorCategory]::InvalidData }
        'InternalError' { [System.Management.Automation.ErrorCategory]::NotSpecified }
        'RestoreRefused' { [System.Management.Automation.ErrorCategory]::SecurityError }
        default { [System.Management.Automation.ErrorCategory]::InvalidArgument }
    }
    $target = if ($null -ne $Target) { $Target } elseif ($Context) { $Context } else { $Command }
    $record = @{
        Message      = ($prefix + $response.error.message)
        ErrorId      = ('WuTrust.Engine.' + $response.error.code)
        Category     = $category
        TargetObject = $target
    }
    @{ Result = $null; ErrorRecord = (New-WuTrustErrorRecord @record) }
}
