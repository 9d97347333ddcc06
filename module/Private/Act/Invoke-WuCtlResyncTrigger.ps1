function Invoke-WuCtlResyncTrigger {
    <#
    .SYNOPSIS
    Asks crypt32 to look at the disallowed CTL (certutil -verifyCTL Disallowed). Whether this makes
    it download a new list is UNVERIFIED; the caller waits for the sync time to advance and reports
    what it saw.
    #>
    [CmdletBinding()]
    [OutputType([int])]
    param()
    $certutil = Join-Path -Path $env:SystemRoot -ChildPath 'System32\certutil.exe'
    $null = & $certutil -verifyCTL Disallowed 2>&1
    $LASTEXITCODE
}
