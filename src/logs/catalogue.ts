/** The update-log family's findings and checks (#12; FACTS.md 5 and 6). */
import { type CatalogueEntry, catalogueOf, checksOf } from '../core/findings';

export const FAMILY_ID = 'UpdateLogs';

const REF_LOGS = 'https://learn.microsoft.com/windows/deployment/update/windows-update-logs';
const REF_CODES = 'https://learn.microsoft.com/windows/deployment/update/windows-update-error-reference';

const REF_SEED_002 =
  'Seed 002: .NET 4 updates KB2656351/KB2656368 failing with 0x800B010E / 0x800B010B / 0x80070643, State 0xC9';

const timeline = {
  command: 'Get-WuFailureTimeline',
  parameters: {},
  description: 'Shows every failure of the update logs by time: code, names, component, the endpoint, counts.',
};

const entries: CatalogueEntry[] = [
  {
    id: 'WUT-LOG-001',
    severity: 'Warning',
    title: 'Windows Update logged {code} ({name}) {count} time(s), the latest {age} before collection',
    remedy: {
      command: 'Resolve-WuErrorCode',
      parameters: { Code: '0x{code}' },
      description: '{cause} The checks that confirm it: {checks}; their findings in this report say which applies.',
    },
    references: [REF_LOGS, REF_CODES],
  },
  {
    id: 'WUT-LOG-002',
    severity: 'Info',
    title: 'The update logs show {count} other failure code(s): {codes}',
    remedy: timeline,
    references: [REF_LOGS, REF_CODES],
  },
  {
    id: 'WUT-LOG-003',
    severity: 'Info',
    title: 'Old update-log failures ({codes}): history, not a fault now',
    remedy: timeline,
    references: [REF_LOGS],
  },
  {
    id: 'WUT-LOG-004',
    severity: 'Warning',
    title: 'Windows Update rejected the certificate of {host} (GetDownloadedOnWeakSSLCert)',
    remedy: {
      command: 'Test-WuUpdateEndpoint',
      parameters: { Name: '{host}' },
      description:
        'The update client found the chain of {host} unacceptable (seed 000: revocation offline because the disallowed ' +
        'CTL was stale). Probe it: the network family judges the chain, the CTL family the revocation path.',
    },
    references: [REF_LOGS],
  },
  {
    id: 'WUT-LOG-010',
    severity: 'Warning',
    title: 'Setup logs of {profile} show package signature verification failures ({codes})',
    remedy: {
      command: 'Rename-Item',
      parameters: { LiteralPath: '{path}', NewName: '{newName}', WhatIf: true },
      description:
        'Check the Software Publishing State of that profile (WTR.State; a root cause joins the two when it is the ' +
        'cause) and the revocation path (the CRL/OCSP endpoints, the proxy, the disallowed CTL). Then run the update ' +
        'again; once it installs, move the old log aside (this command without -WhatIf) so it no longer counts as evidence.',
    },
    references: [REF_SEED_002],
  },
  {
    id: 'WUT-LOG-011',
    severity: 'Info',
    title: 'Old setup-log signature failures (the newest is {age} old)',
    remedy: {
      command: 'Rename-Item',
      parameters: { LiteralPath: '{path}', NewName: '{newName}', WhatIf: true },
      description:
        'History, not a fault of this machine now: these lines are older than {days} days before collection. Move the ' +
        'old log aside (this command without -WhatIf) once you no longer need it.',
    },
    references: [REF_SEED_002],
  },
];

export const LOG_CATALOGUE = catalogueOf(entries);

export const LOG_CHECKS = checksOf([
  { id: 'LOG.WindowsUpdate', title: 'WindowsUpdate.log shows no recent trust or connection failure' },
  { id: 'LOG.Cbs', title: 'CBS.log shows no recent trust failure' },
  { id: 'LOG.Events', title: 'The Windows Update and CAPI2 event logs show no recent trust failure' },
  { id: 'LOG.SetupLogs', title: 'No .NET/KB setup log shows a recent signature verification failure' },
]);
