@{
    RootModule           = 'WuTrust.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f1f8a52-3c1e-4f55-9a43-2f3c0d9b7e41'
    Author               = 'WuTrust contributors'
    CompanyName          = 'WuTrust'
    Copyright            = '(c) WuTrust contributors. MIT License.'
    Description          = 'Why Windows Update and .NET updates fail on certificate trust: stale disallowed CTL, AutoUpdate ACL, WinTrust State.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('WuTrust.Format.ps1xml')
    TypesToProcess       = @('WuTrust.Types.ps1xml')
    FunctionsToExport    = @(
        'ConvertFrom-WinTrustState'
        'Export-WuTrustSnapshot'
        'Get-WinTrustState'
        'Get-WuTrustStatus'
        'Repair-WuAutoUpdateAcl'
        'Reset-WuCtlSyncTime'
        'Restore-WuTrustBackup'
        'Set-WinTrustState'
        'Test-WuAutoUpdateAcl'
    )
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('WindowsUpdate', 'Certificates', 'CTL', 'Troubleshooting', 'Windows')
            LicenseUri = 'https://opensource.org/licenses/MIT'
        }
    }
}
