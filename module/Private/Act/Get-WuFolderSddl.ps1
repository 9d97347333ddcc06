function Get-WuFolderSddl {
    <#
    .SYNOPSIS
    A folder's security descriptor (owner and DACL) as SDDL.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory = $true)][string]$Path)
    $sections = [System.Security.AccessControl.AccessControlSections]'Owner, Group, Access'
    ([System.IO.DirectoryInfo]::new($Path)).GetAccessControl($sections).GetSecurityDescriptorSddlForm($sections)
}
