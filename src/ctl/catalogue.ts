/** The CTL-sync family's findings and checks (seed 000; FACTS.md section 2). */
import { type CatalogueEntry, catalogueOf, checksOf } from '../core/findings';
import { AUTO_UPDATE_PATH } from './section';

export const FAMILY_ID = 'CtlSync';

const REF_GYOJIR =
  'https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000: stale DisallowedCertLastSyncTime, AutoUpdate ACL)';
const REF_CERT_TRUST = 'https://learn.microsoft.com/windows-server/identity/ad-cs/certificate-trust';
const REF_CONFIGURE =
  'https://learn.microsoft.com/windows-server/identity/ad-cs/configure-trusted-roots-disallowed-certificates';

const ACL_REMEDY = {
  command: 'Repair-WuAutoUpdateAcl -Strategy Auto -WhatIf',
  description:
    'Shows whether the AutoUpdate key keeps NT SERVICE\\CryptSvc from recording the sync (in seed 000 re-enabling ' +
    'inheritance fixed it for good). Writing a current time into the value by hand only helps for a day. If the ACL ' +
    'is fine, make sure ctldl.windowsupdate.com is reachable over HTTP through the WinHTTP proxy.',
};

const POLICY_REMEDY = {
  command: 'gpresult /h "$env:TEMP\\gpresult.html"',
  description:
    'Find the Group Policy that sets {name} (Computer Configuration > Windows Settings > Security Settings > Public Key Policies > ' +
    'Certificate Path Validation Settings) and change it there; a local edit is overwritten at the next refresh.',
};

const CRYPTSVC_REMEDY = {
  command: 'Set-Service -Name CryptSvc -StartupType Automatic; Start-Service -Name CryptSvc',
  description: 'CryptSvc (Cryptographic Services) must run for the CTL updater to record its syncs.',
};

const stale = (id: string, severity: CatalogueEntry['severity'], label: string): CatalogueEntry => ({
  id,
  severity,
  title: `The ${label} is stale: last synced {age} ago`,
  remedy: ACL_REMEDY,
  references: [REF_GYOJIR, REF_CERT_TRUST],
});
const missing = (id: string, severity: CatalogueEntry['severity'], label: string, value: string): CatalogueEntry => ({
  id,
  severity,
  title: `No usable ${value}: the ${label} has no recorded sync`,
  remedy: ACL_REMEDY,
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
      command: "Get-ItemProperty -Path '{hive}:\\{path}' -Name '{name}'",
      description: 'Look at the value; a value crypt32 rejects can be deleted so that the updater writes it anew.',
    },
    references: [REF_CERT_TRUST],
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
      command: `Remove-ItemProperty -Path 'HKLM:\\${AUTO_UPDATE_PATH}' -Name '{name}' -WhatIf`,
      description: 'Only if the interval was not set on purpose: removing the value restores the default.',
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
      command: "certutil -syncWithWU '{url}'",
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
      command: "sc.exe config CryptSvc obj= 'NT AUTHORITY\\NetworkService' password= ''",
      description: 'Restore the standard account, then restart the service.',
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
