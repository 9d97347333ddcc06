import type * as v from 'valibot';
import type { DiagnoseContext, FamilyResult } from '../core/family';
import { type Evidence, Reporter, type Severity } from '../core/findings';
import { lookupValue } from '../snapshot/registry';
import { FAMILY_ID, WINTRUST_CATALOGUE, WINTRUST_CHECKS } from './catalogue';
import { SOFTWARE_PUBLISHING_PATH, type WinTrustHive, type winTrustSections } from './section';
import { WINTRUST_FAILURE_CODES, parseSetupLogLines } from './setupLog';
import { ABSENT_NOTE, decodeState, readStateFact } from './state';

export type WinTrustSections = v.InferOutput<v.ObjectSchema<typeof winTrustSections, undefined>>;

/** Which installs read a hive's State (FACTS.md 1.2: a process reads the HKCU of its own token). */
function affects(h: WinTrustHive): string {
  switch (h.scope) {
    case 'System':
      return 'Windows Update installs (wuauserv and TrustedInstaller run as LocalSystem, whose HKCU is HKU\\.DEFAULT)';
    case 'NetworkService':
      return 'services running as NetworkService (CryptSvc among them)';
    case 'LocalService':
      return 'services running as LocalService';
    case 'User':
      return `installers started by the user ${h.sid ?? ''} (for example a .NET setup run by hand, as in seed 002)`.replace(
        '  ',
        ' ',
      );
    default:
      return 'installers started by the account that collected this snapshot';
  }
}

/** The Set-WinTrustState target of a hive; sid and scope are schema-checked (a literal SID, a known scope). */
function targetOf(h: WinTrustHive): string {
  return h.scope === 'User' && h.sid ? `-Sid '${h.sid}'` : `-Scope ${h.scope}`;
}

/** The WinTrust Software Publishing State family (seed 002; FACTS.md section 1 and 6.2). */
export function diagnoseWinTrust(sections: WinTrustSections, _context: DiagnoseContext): FamilyResult {
  const report = new Reporter(FAMILY_ID, WINTRUST_CATALOGUE, WINTRUST_CHECKS);
  const hives = sections.wintrust?.hives ?? [];
  const logs = sections.logs?.setup ?? [];
  const events = logs.flatMap((l) =>
    l.status === 'Ok' && l.lines !== undefined
      ? parseSetupLogLines(l.lines).map((e) => ({ ...e, path: l.path ?? '' }))
      : [],
  );
  const failures = events.filter((e) => WINTRUST_FAILURE_CODES.has(e.code));
  // Computed once: the list of failure codes is the same for every hive.
  const failureCodes = [...new Set(failures.map((f) => f.code))].join(', ');
  const logEvidence: Evidence[] = failures.slice(0, 6).map((e) => ({
    item: `Setup log ${e.path}`,
    value: `${e.kind} ${e.code}${e.file ? ' (' + e.file + ')' : ''}: ${e.line.trim()}`,
  }));
  let stateBreaksSomewhere = false;

  if (sections.wintrust === undefined || sections.wintrust === null) {
    report.check('WTR.State', 'NotRun', 'the WinTrust State values were not collected');
  } else {
    let judged = 0;
    const notRead: string[] = [];
    // HKCU is one of the HKU hives: judge it once, under its SID (the current user's, or SYSTEM's).
    const otherSids = new Set(
      hives.filter((h) => h.scope !== 'CurrentUser' && typeof h.sid === 'string').map((h) => h.sid as string),
    );
    for (const h of hives) {
      if (h.scope === 'CurrentUser' && typeof h.sid === 'string' && otherSids.has(h.sid)) continue;
      const where = h.path ?? `${h.scope}\\${SOFTWARE_PUBLISHING_PATH}`;
      const found = lookupValue(h.key, 'State');
      if (found.kind === 'Unavailable') {
        notRead.push(`${h.scope}${h.sid ? ' ' + h.sid : ''}: ${found.why}`);
        continue;
      }
      judged++;
      const params = { scope: h.scope, target: targetOf(h) };
      const reading = readStateFact(found.kind === 'Found' ? found.fact : null);
      if (reading.presence === 'Absent') {
        if (h.scope === 'System') {
          report.finding('WUT-WTR-004', {
            params,
            detail: `${where}\\State: ${ABSENT_NOTE}`,
            evidence: [{ item: 'State', value: 'absent', path: where }],
          });
        }
        continue;
      }
      const raw: Evidence = {
        item: 'State',
        value: '',
        path: where,
        type: reading.type ?? 'unknown',
        raw: reading.raw ?? '(no data)',
      };
      if (reading.value === null) {
        report.finding('WUT-WTR-003', {
          params,
          detail: `${where}\\State is not a State value: ${reading.note}. Which policy wintrust applies then is unknown. Affects ${affects(h)}.`,
          evidence: [{ ...raw, value: `malformed: ${reading.note}` }],
        });
        continue;
      }
      const typeNote = reading.type === 'REG_BINARY' ? reading.note : null;
      const state = decodeState(reading.value);
      raw.value = `${state.hex}${state.isWindowsDefault ? ' (the Windows default)' : ''}`;
      const evidence: Evidence[] = [raw, { item: 'SetReg view', value: state.setRegText.replace(/\n/g, ' | ') }];
      if (state.unknownBitsNote) evidence.push({ item: 'Bits without public meaning', value: state.unknownBitsNote });
      const stateParams = { ...params, hex: state.hex };
      if (typeNote !== null) {
        report.finding('WUT-WTR-003', {
          params,
          variant: 'binary',
          detail: `${where}\\State: ${typeNote}`,
          evidence: [raw],
        });
      }
      if (state.breaksUpdates.length > 0) {
        stateBreaksSomewhere = true;
        const cited = failures.length > 0;
        // Microsoft's packages are commercially signed: only a missing OFFLINEOK_COM breaks Windows
        // Update installs for sure (seed 002: 0x22849, with individual still FALSE, worked).
        const commercial = state.breaksUpdates.some((c) => c.code === 'OfflineCommercialNotOk');
        // Setup logs that show 0x800B010E / 0x800B010B raise the finding: the failure has happened.
        const severity: Severity = (h.scope === 'System' && commercial) || cited ? 'Critical' : 'Warning';
        report.finding('WUT-WTR-001', {
          params: stateParams,
          severity,
          detail:
            `${state.breaksUpdates.map((c) => c.text).join(' ')} This applies to ${affects(h)}. The Windows default is 0x23C00.` +
            (cited ? ` The setup logs show exactly this failure (${failureCodes}).` : ''),
          evidence: [...evidence, ...(cited ? logEvidence : [])],
        });
      }
      if (state.weakensSecurity.length > 0) {
        report.finding('WUT-WTR-002', {
          params: stateParams,
          detail: `${state.weakensSecurity.map((c) => c.text).join(' ')} This applies to ${affects(h)}.`,
          evidence,
        });
      }
    }
    const reason = `${judged} hive(s) judged` + (notRead.length > 0 ? `; not read: ${notRead.join('; ')}` : '');
    const problems = report.findings.filter((f) => f.severity !== 'Info').length;
    report.check(
      'WTR.State',
      judged === 0 ? 'NotRun' : problems > 0 ? 'Fail' : 'Pass',
      judged === 0 ? `no State could be read (${notRead.join('; ') || 'no hive collected'})` : reason,
    );
  }

  if (sections.logs === undefined || sections.logs === null) {
    report.check('WTR.SetupLogs', 'NotRun', 'setup logs were not collected');
  } else {
    if (failures.length > 0) {
      report.finding('WUT-WTR-010', {
        detail:
          `${failures.length} line(s) in .NET/KB setup logs report ${failureCodes} ` +
          '(0x800B010E CERT_E_REVOCATION_FAILURE: the revocation check could not complete; 0x800B010B TRUST_E_FAIL). ' +
          (stateBreaksSomewhere
            ? 'A Software Publishing State above explains it.'
            : 'No collected State explains it, so look at the revocation path: CRL/OCSP endpoints, the proxy, and the disallowed CTL.'),
        evidence: logEvidence,
      });
    }
    report.check(
      'WTR.SetupLogs',
      failures.length > 0 ? 'Fail' : 'Pass',
      `${logs.length} log(s) read, ${failures.length} failure line(s)`,
    );
  }
  return { findings: report.findings, checks: report.checks, signals: {} };
}
