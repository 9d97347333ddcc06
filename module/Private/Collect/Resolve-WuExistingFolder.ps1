function Resolve-WuExistingFolder {
    <#
    .SYNOPSIS
    The full path of a folder a command writes into, or a terminating error naming the parameter
    when the folder does not exist (checked before any work, so nothing is half done).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        # The parameter the path came from, for the message (-OutputFolder, -Html, ...).
        [Parameter(Mandatory = $true)][string]$ParameterName,
        [Parameter(Mandatory = $true)][System.Management.Automation.PSCmdlet]$Cmdlet,
        # The path names a file: its parent folder must exist.
        [switch]$Parent
    )
    $full = $Cmdlet.GetUnresolvedProviderPathFromPSPath($Path)
    $folder = if ($Parent) { [System.IO.Path]::GetDirectoryName($full) } else { $full }
    if (-not [string]::IsNullOrEmpty($folder) -and -not [System.IO.Directory]::Exists($folder)) {
        $what = if ($Parent) { "the folder '$folder'" } else { 'the folder' }
        $record = @{
            Message      = "-$ParameterName '$Path': $what does not exist (or this account cannot see it); create it first."
            ErrorId      = 'WuTrust.FolderNotFound'
            Category     = 'ObjectNotFound'
            TargetObject = $Path
        }
        $Cmdlet.ThrowTerminatingError((New-WuTrustErrorRecord @record))
    }
    $full
}
