@{
    RootModule           = 'WuTrust.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f1f8a52-3c1e-4f55-9a43-2f3c0d9b7e41'
    Author               = 'WuTrust contributors'
    CompanyName          = 'WuTrust'
    Copyright            = '(c) WuTrust contributors. MIT License.'
    Description          = 'Windows Update certificate-trust failures: stale CTLs, AutoUpdate ACL, WinTrust State, TLS path (proxy, DNS).'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('WuTrust.Format.ps1xml')
    TypesToProcess       = @('WuTrust.Types.ps1xml')
    FunctionsToExport    = @(
        'ConvertFrom-WinTrustState'
        'ConvertFrom-WuCertTrustStatus'
        'Export-WuTrustSnapshot'
        'Get-WinTrustState'
        'Get-WuFailureTimeline'
        'Get-WuProxyConfiguration'
        'Get-WuTrustFleetReport'
        'Get-WuTrustRemediationPlan'
        'Get-WuTrustStatus'
        'Invoke-WuTrustCollection'
        'Repair-WuAutoUpdateAcl'
        'Resolve-WuErrorCode'
        'Reset-WuCtlSyncTime'
        'Restore-WuTrustBackup'
        'Set-WinTrustState'
        'Test-WuAutoUpdateAcl'
        'Test-WuUpdateEndpoint'
    )
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('WindowsUpdate', 'Certificates', 'CTL', 'Troubleshooting', 'Windows', 'Proxy', 'TLS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ReleaseNotes = @'
Next
- Fleets (#13): Get-WuTrustFleetReport (batches, root causes first, -Html one self-contained page,
  -JsonLines, -Redact), Invoke-WuTrustCollection (Invoke-Command fan-out, one record per target),
  Get-WuTrustRemediationPlan and the Intune/ConfigMgr pair Intune\Detect-WuTrust.ps1 and
  Intune\Remediate-WuTrust.ps1; Export-WuTrustSnapshot -Redact.
- Error codes and logs (#12): Resolve-WuErrorCode, ConvertFrom-WuCertTrustStatus,
  Get-WuFailureTimeline; the update logs (and the .NET setup logs) are one family.
- The network family (seed 001): Test-WuUpdateEndpoint (TLS chain per endpoint, interceptor named by
  issuer, DNS, Date), Get-WuProxyConfiguration (every proxy source, which one Windows Update uses),
  Get-WuTrustStatus -SkipNetwork -TimeoutSeconds -AsSystem. Snapshots gain a network section;
  a 0.1.0 snapshot is read, its network checks listed as not collected.
0.1.0
- Verdicts an admin can act on (admin-trial D1-D22): remedies as data (RemedyName, RemedyParameters to splat)
  and as text in which every value is quoted; 0x22849 is healthy; setup logs judged by age and by profile;
  SYSTEM's view (HKU\.DEFAULT) of the CTL sync; one root cause counted once (RootCause, ExplainedBy).
- New: Reset-WuCtlSyncTime; Repair-WuAutoUpdateAcl -Key for AuthRoot\Certificates, CRLs and CTLs.
- Restore-WuTrustBackup writes only what WuTrust manages, only on the computer the backup came from
  (-AllowOtherComputer otherwise); the default backup folder is created for administrators and SYSTEM only.
- Not in 0.1.0: the network trust family (listed in every report's ChecksNotRun).
'@
        }
    }
}
