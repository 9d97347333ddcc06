function New-WuTrustErrorRecord {
    <#
    .SYNOPSIS
    Builds an ErrorRecord with an ID, a category and a target.
    #>
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorRecord])]
    param(
        [Parameter(Mandatory = $true)][string]$Message,
        [Parameter(Mandatory = $true)][string]$ErrorId,
        [Parameter(Mandatory = $true)][System.Management.Automation.ErrorCategory]$Category,
        [object]$TargetObject,
        [System.Exception]$InnerException
    )
    # An exception type that fits the category (admin-trial D13), so callers can catch by type.
    $type = switch ($Category) {
        'ObjectNotFound' { [System.IO.FileNotFoundException]; break }
        'InvalidData' { [System.IO.InvalidDataException]; break }
        'InvalidArgument' { [System.ArgumentException]; break }
        'NotImplemented' { [System.PlatformNotSupportedException]; break }
        'PermissionDenied' { [System.UnauthorizedAccessException]; break }
        'ReadError' { [System.IO.IOException]; break }
        'WriteError' { [System.IO.IOException]; break }
        default { [System.InvalidOperationException] }
    }
    $exception = if ($null -ne $InnerException) { $type::new($Message, $InnerException) } else { $type::new($Message) }
    [System.Management.Automation.ErrorRecord]::new($exception, $ErrorId, $Category, $TargetObject)
}
