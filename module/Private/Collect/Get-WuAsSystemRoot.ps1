function Get-WuAsSystemRoot {
    <#
    .SYNOPSIS
    Where -AsSystem makes its one-shot folders: %ProgramData%\WuTrust (mocked in Pester).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    Join-Path ([System.Environment]::GetFolderPath('CommonApplicationData')) 'WuTrust'
}
