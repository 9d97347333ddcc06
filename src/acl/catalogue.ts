/** The AutoUpdate-ACL family's findings and checks (seed 000's root cause; FACTS.md section 3). */
import { catalogueOf, checksOf } from '../core/findings';

export const FAMILY_ID = 'AclAutoUpdate';

const REF_GYOJIR =
  'https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000: inheritance disabled on AutoUpdate, CryptSvc access denied)';
const REF_KEY_SECURITY = 'https://learn.microsoft.com/windows/win32/sysinfo/registry-key-security-and-access-rights';
const REPAIR = {
  command: 'Repair-WuAutoUpdateAcl',
  parameters: { Strategy: 'Auto', WhatIf: true },
  description:
    'Shows the repair (re-enable inheritance, or grant NT SERVICE\\CryptSvc full control); run it again without -WhatIf, ' +
    'elevated, to apply it with a backup, verification and rollback. Add -Resync to wait for the next disallowed-CTL sync.',
};
const REF_AUTHROOT_KEYS =
  'A published engineering report (Windows 11 25H2): AuthRoot\\CRLs and CTLs protected without CryptSvc, RegCreateKey ' +
  'denied (CAPI2 event 60, S-1-5-20, result 5), EncodedCtl stale, chains to a newer root failing with 0x800B0109';
const RECOLLECT =
  "Shows the key's security descriptor (pipe to Format-List Sddl). Collect the snapshot again; if the SDDL stays " +
  'unreadable, compare with a healthy machine.';
const AUTO_UPDATE_PS = 'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate';

export const ACL_CATALOGUE = catalogueOf([
  {
    id: 'WUT-ACL-010',
    severity: 'Warning',
    title: 'CryptSvc lacks {missing} on AuthRoot\\{key}',
    remedy: {
      command: 'Repair-WuAutoUpdateAcl',
      parameters: { Key: '{key}', Strategy: 'Auto', WhatIf: true },
      description:
        'Shows the repair of that key (re-enable inheritance, or grant NT SERVICE\\CryptSvc full control); without ' +
        '-WhatIf, elevated, it is applied with a backup, verification and rollback.',
    },
    references: [REF_AUTHROOT_KEYS, REF_KEY_SECURITY],
  },
  {
    id: 'WUT-ACL-001',
    severity: 'Warning',
    title: 'Inheritance is disabled on the AutoUpdate key',
    remedy: {
      command: 'Repair-WuAutoUpdateAcl',
      parameters: { Strategy: 'Inherit', WhatIf: true },
      description:
        'Optional: shows what re-enabling inheritance would change. No repair is needed while CryptSvc keeps its access.',
    },
    references: [REF_GYOJIR],
  },
  {
    id: 'WUT-ACL-002',
    severity: 'Critical',
    title: 'CryptSvc lacks {missing} on the AutoUpdate key',
    remedy: REPAIR,
    references: [REF_GYOJIR, REF_KEY_SECURITY],
  },
  {
    id: 'WUT-ACL-003',
    severity: 'Critical',
    title: 'A deny entry on the AutoUpdate key applies to CryptSvc',
    remedy: {
      command: 'Get-Acl',
      parameters: { Path: AUTO_UPDATE_PS },
      description:
        "Look at the key's entries (pipe to Format-List AccessToString). Find the deny entry and remove it (regedit, Permissions, Advanced) after making sure nothing relies on it.",
    },
    references: [REF_KEY_SECURITY],
  },
  {
    id: 'WUT-ACL-004',
    severity: 'Warning',
    title: 'The AutoUpdate key is missing',
    remedy: REPAIR,
    references: [REF_GYOJIR],
  },
  {
    id: 'WUT-ACL-005',
    severity: 'Warning',
    title: 'Malformed security descriptor on AutoUpdate',
    remedy: {
      command: 'Get-Acl',
      parameters: { Path: AUTO_UPDATE_PS },
      description: RECOLLECT,
    },
    references: [REF_KEY_SECURITY],
    variants: {
      authRoot: {
        title: 'Malformed security descriptor on AuthRoot',
        remedy: {
          command: 'Get-Acl',
          parameters: { Path: 'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot' },
        },
      },
    },
  },
  {
    id: 'WUT-ACL-006',
    severity: 'Warning',
    title: 'The AutoUpdate key has no DACL',
    remedy: {
      command: 'Repair-WuAutoUpdateAcl',
      parameters: { Strategy: 'Inherit', WhatIf: true },
      description: 'Compare with a healthy machine and restore inherited permissions.',
    },
    references: [REF_KEY_SECURITY],
  },
  {
    id: 'WUT-ACL-007',
    severity: 'Info',
    title: 'Entries on the AutoUpdate key that WuTrust does not evaluate',
    remedy: {
      command: 'Get-Acl',
      parameters: { Path: AUTO_UPDATE_PS },
      description: 'Review these entries by hand (pipe to Format-List Sddl, AccessToString).',
    },
    references: [REF_KEY_SECURITY],
  },
]);

export const ACL_CHECKS = checksOf([
  { id: 'ACL.AutoUpdate', title: 'CryptSvc can write the AutoUpdate key' },
  { id: 'ACL.AuthRootKeys', title: 'CryptSvc can write the other AuthRoot keys (Certificates, CRLs, CTLs)' },
]);
