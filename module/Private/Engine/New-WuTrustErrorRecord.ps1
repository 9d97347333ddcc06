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
    $exception = if ($null -ne $InnerException) {
        [System.InvalidOperationException]::new($Message, $InnerException)
    } else {
        [System.InvalidOperationException]::new($Message)
    }
    [System.Management.Automation.ErrorRecord]::new($exception, $ErrorId, $Category, $TargetObject)
}
