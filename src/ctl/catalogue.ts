/** The CTL-sync family's findings and checks (seed 000; FACTS.md section 2). */
import { type CatalogueEntry, catalogueOf, checksOf } from '../core/findings';

export const FAMILY_ID = 'CtlSync';

const REF_GYOJIR =
  'https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000: stale DisallowedCertLastSyncTime, AutoUpdate ACL)';
const REF_CERT_TRUST = 'https://learn.microsoft.com/windows-server/identity/ad-cs/certificate-trust';
const REF_CONFIGURE =
  'https://learn.microsoft.com/windows-server/identity/ad-cs/configure-trusted-roots-disallowed-certificates';

/**
 * What is left when no other finding explains a stale or missing sync: the path to the CTL host.
 * The ACL and the policy have their own findings, and a root cause names them when they explain
 * the staleness (D6), so this remedy never points at the ACL repair.
 */
const PATH_REMEDY = {
  command: 'Test-WuUpdateEndpoint',
  parameters: { Name: 'ctldl.windowsupdate.com' },
  description:
    'The AutoUpdate ACL, the AuthRoot policy and CryptSvc are judged by their own checks, and a root-cause finding ' +
    'names them when they explain this. Otherwise crypt32 could not fetch the CTL: this probes ctldl.windowsupdate.com ' +
    'over plain HTTP through the WinHTTP proxy (the network family judges the same path when it ran), then let ' +
    'CryptSvc sync (Repair-WuAutoUpdateAcl -Resync waits for it).',
};

const POLICY_REMEDY = {
  command: 'gpresult.exe',
  arguments: ['/scope', 'computer', '/h', 'gpresult.html'],
  description:
    'Writes the computer policy report to gpresult.html; find the Group Policy that sets {name} (Computer ' +
    'Configuration > Windows Settings > Security Settings > Public Key Policies > Certificate Path Validation Settings) ' +
    'and change it there; a local edit is overwritten at the next refresh.',
};

const CRYPTSVC_REMEDY = {
  command: 'Set-Service',
  parameters: { Name: 'CryptSvc', StartupType: 'Automatic', Status: 'Running' },
  description: 'CryptSvc (Cryptographic Services) must run for the CTL updater to record its syncs.',
};

const stale = (id: string, severity: CatalogueEntry['severity'], label: string): CatalogueEntry => ({
  id,
  severity,
  title: `The ${label} is stale: last synced {age}`,
  remedy: PATH_REMEDY,
  references: [REF_GYOJIR, REF_CERT_TRUST],
});
const missing = (id: string, severity: CatalogueEntry['severity'], label: string, value: string): CatalogueEntry => ({
  id,
  severity,
  title: `No usable ${value}: the ${label} has no recorded sync`,
  remedy: PATH_REMEDY,
  references: [REF_CERT_TRUST, REF_GYOJIR],
});

export const CTL_CATALOGUE = catalogueOf([
  stale('WUT-CTL-001', 'Critical', 'disallowed-certificate CTL'),
  missing('WUT-CTL-002', 'Warning', 'disallowed-certificate CTL', 'DisallowedCertLastSyncTime'),
  {
    id: 'WUT-CTL-003',
    severity: 'Warning',
    title: 'Malformed registry value {hive}\\...\\{name}',
    remedy: {
      command: 'Get-ItemProperty',
      parameters: { Path: '{psPath}', Name: '{name}' },
      description:
        'Look at the value; how Windows reads it in this form is unknown. A policy value is set by Group Policy.',
    },
    references: [REF_CERT_TRUST],
    variants: {
      // A sync time or interval WuTrust can reset with a backup (D6): removed, crypt32 writes it at the next sync.
      resettable: {
        remedy: {
          command: 'Reset-WuCtlSyncTime',
          parameters: { Name: '{name}', Hive: '{resetHive}', WhatIf: true },
          description:
            'Shows the change; without -WhatIf, elevated, it backs up the value, removes it (crypt32 writes it anew at ' +
            'the next sync) and verifies, rolling back if that fails.',
        },
      },
    },
  },
  stale('WUT-CTL-004', 'Warning', 'trusted-root CTL'),
  missing('WUT-CTL-005', 'Info', 'trusted-root CTL', 'LastSyncTime'),
  stale('WUT-CTL-006', 'Info', 'pin-rules CTL'),
  missing('WUT-CTL-007', 'Info', 'pin-rules CTL', 'PinRulesLastSyncTime'),
  {
    id: 'WUT-CTL-008',
    severity: 'Info',
    title: 'Custom sync interval for the {label}',
    remedy: {
      command: 'Reset-WuCtlSyncTime',
      parameters: { Name: '{name}', Hive: 'HKLM', WhatIf: true },
      description:
        'Only if the interval was not set on purpose: removing the value (with a backup) restores the default interval.',
    },
    references: [REF_CERT_TRUST],
  },
  {
    id: 'WUT-CTL-020',
    severity: 'Warning',
    title: 'Policy turns off the trusted-root CTL updater',
    remedy: POLICY_REMEDY,
    references: [REF_CONFIGURE],
  },
  {
    id: 'WUT-CTL-021',
    severity: 'Warning',
    title: 'Policy turns off the disallowed-certificate CTL updater',
    remedy: POLICY_REMEDY,
    references: [REF_CONFIGURE],
  },
  {
    id: 'WUT-CTL-022',
    severity: 'Info',
    title: 'Policy turns off the pin-rules CTL updater',
    remedy: POLICY_REMEDY,
    references: [REF_CONFIGURE],
  },
  {
    id: 'WUT-CTL-023',
    severity: 'Info',
    title: 'CTLs are fetched from a redirected location (RootDirUrl)',
    remedy: {
      command: 'certutil.exe',
      arguments: ['-syncWithWU', '{url}'],
      description:
        'Run where the redirect location is maintained, to refresh its CTLs from Windows Update (needs access to it and to ctldl.windowsupdate.com).',
    },
    references: [REF_CONFIGURE],
  },
  {
    id: 'WUT-CTL-030',
    severity: 'Critical',
    title: 'The CryptSvc service does not exist',
    remedy: CRYPTSVC_REMEDY,
    references: [REF_GYOJIR],
  },
  {
    id: 'WUT-CTL-031',
    severity: 'Critical',
    title: 'The CryptSvc service is disabled',
    remedy: CRYPTSVC_REMEDY,
    references: [REF_GYOJIR],
  },
  {
    id: 'WUT-CTL-032',
    severity: 'Warning',
    title: 'The CryptSvc service is {state}',
    remedy: CRYPTSVC_REMEDY,
    references: [REF_GYOJIR],
  },
  {
    id: 'WUT-CTL-033',
    severity: 'Warning',
    title: 'CryptSvc does not run as NetworkService',
    remedy: {
      // Not sc.exe: Windows PowerShell 5.1 drops the empty password argument sc.exe needs (D17).
      command: 'Invoke-CimMethod',
      parameters: {
        ClassName: 'Win32_Service',
        Filter: "Name='CryptSvc'",
        MethodName: 'Change',
        Arguments: { StartName: 'NT AUTHORITY\\NetworkService', StartPassword: '' },
      },
      description:
        'Restores the standard account through CIM (works from Windows PowerShell 5.1 and 7; ReturnValue 0 is success), ' +
        'then restart the service: Restart-Service -Name CryptSvc -Force.',
    },
    references: [REF_GYOJIR],
  },
]);

export const CTL_CHECKS = checksOf([
  { id: 'CTL.DisallowedSync', title: 'The disallowed-certificate CTL was synced within its validity window' },
  { id: 'CTL.TrustedRootSync', title: 'The trusted-root CTL was synced within its validity window' },
  { id: 'CTL.PinRulesSync', title: 'The pin-rules CTL was synced within its validity window' },
  { id: 'CTL.Policy', title: 'No policy switches off a CTL updater' },
  { id: 'CTL.Source', title: 'CTLs come from the default Windows Update location' },
  { id: 'CTL.CryptSvc', title: 'CryptSvc is present, enabled, running as NetworkService' },
]);
