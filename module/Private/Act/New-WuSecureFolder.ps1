function New-WuSecureFolder {
    <#
    .SYNOPSIS
    Creates a folder whose ACL is set at creation (no window in which inherited rights apply):
    owner Administrators, protected, full control for SYSTEM and Administrators only.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$Path)
    $security = [System.Security.AccessControl.DirectorySecurity]::new()
    $security.SetSecurityDescriptorSddlForm($script:WuBackupFolderSddl)
    if ($PSVersionTable.PSEdition -eq 'Desktop') {
        # .NET Framework: the overload that applies the security descriptor as it creates.
        $null = [System.IO.Directory]::CreateDirectory($Path, $security)
    } else {
        $null = [System.IO.FileSystemAclExtensions]::Create([System.IO.DirectoryInfo]::new($Path), $security)
    }
}
