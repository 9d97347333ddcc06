function Assert-WuLiveCollection {
    <#
    .SYNOPSIS
    Stops the calling command with WuTrust.LiveCollectionNeedsWindows when this is not Windows: the
    one error every command that reads this machine gives off Windows, each with its own message
    (what it reads, and what works instead).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Caller,
        [Parameter(Mandatory = $true)][string]$Message,
        [AllowNull()][object]$Target = $null
    )
    if (Test-WuIsWindows) { return }
    $record = @{
        Message      = $Message
        ErrorId      = 'WuTrust.LiveCollectionNeedsWindows'
        Category     = 'NotImplemented'
        TargetObject = $Target
    }
    $Caller.ThrowTerminatingError((New-WuTrustErrorRecord @record))
}
