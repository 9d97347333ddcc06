import { lookupValue } from '../ctl/registryFacts';
import type { CheckResult, Evidence, FamilyResult, Finding, Severity } from '../report/findings';
import type { RegistryKeyFact } from '../snapshot/types';
import type { ValidSnapshot } from '../snapshot/validate';
import { parseSetupLogLines, WINTRUST_FAILURE_CODES } from './setupLog';
import { ABSENT_NOTE, decodeState, readStateFact } from './state';

export const SOFTWARE_PUBLISHING_PATH = 'Software\\Microsoft\\Windows\\CurrentVersion\\WinTrust\\Trust Providers\\Software Publishing';
const REF_SEED = 'Seed 002: .NET 4 updates KB2656351/KB2656368 failing with 0x800B010E / 0x800B010B / 0x80070643, State 0xC9';
const REF_API = 'https://learn.microsoft.com/windows/win32/api/wintrust/nf-wintrust-wintrustsetregpolicyflags';
const REF_SETREG = 'https://learn.microsoft.com/windows/win32/seccrypto/setreg';

export interface WinTrustHiveFact {
  scope: 'System' | 'NetworkService' | 'LocalService' | 'User' | 'CurrentUser';
  sid?: string | null;
  path?: string;
  key: RegistryKeyFact;
}

/** Which installs read a hive's State (FACTS.md 1.2: a process reads the HKCU of its own token). */
function affects(h: WinTrustHiveFact): string {
  switch (h.scope) {
    case 'System': return 'Windows Update installs (wuauserv and TrustedInstaller run as LocalSystem, whose HKCU is HKU\\.DEFAULT)';
    case 'NetworkService': return 'services running as NetworkService (CryptSvc among them)';
    case 'LocalService': return 'services running as LocalService';
    case 'User': return `installers started by the user ${h.sid ?? ''} (for example a .NET setup run by hand, as in seed 002)`.replace('  ', ' ');
    default: return 'installers started by the account that collected this snapshot';
  }
}

function remedyFor(h: WinTrustHiveFact): string {
  if (h.scope === 'User' && h.sid) return `Set-WinTrustState -Sid '${h.sid}' -Default`;
  return `Set-WinTrustState -Scope ${h.scope} -Default`;
}

function finding(id: string, severity: Severity, title: string, detail: string, evidence: Evidence[], command: string, description: string, references: string[]): Finding {
  return { id, severity, family: 'WinTrustPolicy', title, detail, evidence, remedy: { command, description }, references };
}

/** The WinTrust Software Publishing State family (seed 002; FACTS.md section 1 and 6.2). */
export function diagnoseWinTrust(valid: ValidSnapshot): FamilyResult {
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];
  const rawHives: unknown = valid.snapshot.wintrust?.hives;
  const hives = (Array.isArray(rawHives) ? rawHives : []).filter((h): h is WinTrustHiveFact => typeof h === 'object' && h !== null);
  const rawLogs: unknown = valid.snapshot.logs?.setup;
  const logs = (Array.isArray(rawLogs) ? rawLogs : []).filter((l): l is { path?: string; status: string; lines?: string[] } => typeof l === 'object' && l !== null);
  const events = logs.flatMap((l) => (l.status === 'Ok' && Array.isArray(l.lines) ? parseSetupLogLines(l.lines).map((e) => ({ ...e, path: l.path ?? '' })) : []));
  const failures = events.filter((e) => WINTRUST_FAILURE_CODES.has(e.code));
  const logEvidence: Evidence[] = failures.slice(0, 6).map((e) => ({ item: `Setup log ${e.path}`, value: `${e.kind} ${e.code}${e.file ? ' (' + e.file + ')' : ''}: ${e.line.trim()}` }));
  let stateBreaksSomewhere = false;

  if (valid.snapshot.wintrust === undefined || valid.snapshot.wintrust === null) {
    checks.push({ id: 'WTR.State', family: 'WinTrustPolicy', title: 'Software Publishing State allows offline revocation and checks what Windows checks', outcome: 'NotRun', reason: 'the WinTrust State values were not collected' });
  } else {
    let judged = 0;
    const notRead: string[] = [];
    // HKCU is one of the HKU hives: judge it once, under its SID (the current user's, or SYSTEM's).
    const otherSids = new Set(hives.filter((h) => h.scope !== 'CurrentUser' && typeof h.sid === 'string').map((h) => h.sid as string));
    for (const h of hives) {
      if (h.scope === 'CurrentUser' && typeof h.sid === 'string' && otherSids.has(h.sid)) continue;
      const where = h.path ?? `${h.scope}\\${SOFTWARE_PUBLISHING_PATH}`;
      const found = lookupValue(h.key, 'State');
      if (found.kind === 'Unavailable') {
        notRead.push(`${h.scope}${h.sid ? ' ' + h.sid : ''}: ${found.why}`);
        continue;
      }
      judged++;
      const reading = readStateFact(found.kind === 'Found' ? found.fact : null);
      if (reading.presence === 'Absent') {
        if (h.scope === 'System') {
          findings.push(finding('WUT-WTR-004', 'Info', 'No Software Publishing State for SYSTEM', `${where}\\State: ${ABSENT_NOTE}`,
            [{ item: 'State', value: 'absent', path: where }], remedyFor(h), 'Optional: writes the Windows default explicitly, with a backup.', [REF_API]));
        }
        continue;
      }
      const raw: Evidence = { item: 'State', value: '', path: where, type: reading.type ?? 'unknown', raw: reading.raw ?? '(no data)' };
      if (reading.value === null) {
        findings.push(finding('WUT-WTR-003', 'Warning', `Malformed Software Publishing State (${h.scope})`,
          `${where}\\State is not a State value: ${reading.note}. Which policy wintrust applies then is unknown. Affects ${affects(h)}.`,
          [{ ...raw, value: `malformed: ${reading.note}` }], remedyFor(h), 'Writes the Windows default as REG_DWORD, with a backup of the malformed value.', [REF_API]));
        continue;
      }
      const typeNote = reading.type === 'REG_BINARY' ? reading.note : null;
      const state = decodeState(reading.value);
      raw.value = `${state.hex}${state.isWindowsDefault ? ' (the Windows default)' : ''}`;
      const evidence: Evidence[] = [raw, { item: 'SetReg view', value: state.setRegText.replace(/\n/g, ' | ') }];
      if (state.unknownBitsNote) evidence.push({ item: 'Bits without public meaning', value: state.unknownBitsNote });
      if (typeNote !== null) {
        findings.push(finding('WUT-WTR-003', 'Warning', `Software Publishing State stored as REG_BINARY (${h.scope})`, `${where}\\State: ${typeNote}`,
          [raw], remedyFor(h), 'Rewrites the value as REG_DWORD (the same policy, or the default), with a backup.', [REF_API]));
      }
      if (state.breaksUpdates.length > 0) {
        stateBreaksSomewhere = true;
        const cited = failures.length > 0;
        // Microsoft's packages are commercially signed: only a missing OFFLINEOK_COM breaks Windows
        // Update installs for sure (seed 002: 0x22849, with individual still FALSE, worked).
        const commercial = state.breaksUpdates.some((c) => c.code === 'OfflineCommercialNotOk');
        // Setup logs that show 0x800B010E / 0x800B010B raise the finding: the failure has happened.
        const severity: Severity = (h.scope === 'System' && commercial) || cited ? 'Critical' : 'Warning';
        findings.push(finding('WUT-WTR-001', severity, `Software Publishing State ${state.hex} rejects signatures when revocation is offline (${h.scope})`,
          `${state.breaksUpdates.map((c) => c.text).join(' ')} This applies to ${affects(h)}. The Windows default is 0x23C00.` +
            (cited ? ` The setup logs show exactly this failure (${[...new Set(failures.map((f) => f.code))].join(', ')}).` : ''),
          [...evidence, ...(cited ? logEvidence : [])], remedyFor(h),
          'Sets the Windows default option bits (0x23C00), keeping bits without public meaning; backs up the old value first and verifies the new one. Options can also be set one by one: Set-WinTrustState -Option OfflineRevocationOkCommercial -Enabled $true.',
          [REF_SEED, REF_SETREG, REF_API]));
      }
      if (state.weakensSecurity.length > 0) {
        findings.push(finding('WUT-WTR-002', 'Warning', `Software Publishing State ${state.hex} weakens signature checking (${h.scope})`,
          `${state.weakensSecurity.map((c) => c.text).join(' ')} This applies to ${affects(h)}.`,
          evidence, remedyFor(h), 'Restores the Windows default checks, with a backup of the old value.', [REF_SETREG, REF_API]));
      }
    }
    const reason = `${judged} hive(s) judged` + (notRead.length > 0 ? `; not read: ${notRead.join('; ')}` : '');
    const problems = findings.filter((f) => f.severity !== 'Info').length;
    checks.push({
      id: 'WTR.State',
      family: 'WinTrustPolicy',
      title: 'Software Publishing State allows offline revocation and checks what Windows checks',
      outcome: judged === 0 ? 'NotRun' : problems > 0 ? 'Fail' : 'Pass',
      reason: judged === 0 ? `no State could be read (${notRead.join('; ') || 'no hive collected'})` : reason,
    });
  }

  if (valid.snapshot.logs === undefined || valid.snapshot.logs === null) {
    checks.push({ id: 'WTR.SetupLogs', family: 'WinTrustPolicy', title: 'No .NET/KB setup log shows a signature verification failure', outcome: 'NotRun', reason: 'setup logs were not collected' });
  } else {
    if (failures.length > 0) {
      findings.push(finding('WUT-WTR-010', 'Warning', 'Setup logs show package signature verification failures',
        `${failures.length} line(s) in .NET/KB setup logs report ${[...new Set(failures.map((f) => f.code))].join(', ')} ` +
          '(0x800B010E CERT_E_REVOCATION_FAILURE: the revocation check could not complete; 0x800B010B TRUST_E_FAIL). ' +
          (stateBreaksSomewhere ? 'A Software Publishing State above explains it.' : 'No collected State explains it, so look at the revocation path: CRL/OCSP endpoints, the proxy, and the disallowed CTL.'),
        logEvidence, 'Get-WuTrustStatus | Select-Object -ExpandProperty Findings', 'Read the related findings; fix the State or the network path, then run the update again.', [REF_SEED]));
    }
    checks.push({ id: 'WTR.SetupLogs', family: 'WinTrustPolicy', title: 'No .NET/KB setup log shows a signature verification failure', outcome: failures.length > 0 ? 'Fail' : 'Pass', reason: `${logs.length} log(s) read, ${failures.length} failure line(s)` });
  }
  return { findings, checks };
}

