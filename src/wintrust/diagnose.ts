import type * as v from 'valibot';
import type { DiagnoseContext, FamilyResult, Signal } from '../core/family';
import { type Evidence, Reporter, type Severity } from '../core/findings';
import type { RemedyParameters } from '../core/remedy';
import { lookupValue } from '../snapshot/registry';
import { FAMILY_ID, WINTRUST_CATALOGUE, WINTRUST_CHECKS } from './catalogue';
import { SOFTWARE_PUBLISHING_PATH, type WinTrustHive, type winTrustSections } from './section';
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

/** The Set-WinTrustState target of a hive as remedy data; sid and scope are schema-checked. */
function targetOf(h: WinTrustHive): RemedyParameters {
  return h.scope === 'User' && h.sid ? { Sid: h.sid } : { Scope: h.scope };
}

/** The WinTrust Software Publishing State family (seed 002; FACTS.md section 1). */
export function diagnoseWinTrust(sections: WinTrustSections, context: DiagnoseContext): FamilyResult {
  const report = new Reporter(FAMILY_ID, WINTRUST_CATALOGUE, WINTRUST_CHECKS);
  const hives = sections.wintrust?.hives ?? [];
  const signals: Record<string, Signal> = {};

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
      const params = { scope: h.scope };
      const remedyParameters = targetOf(h);
      const reading = readStateFact(found.kind === 'Found' ? found.fact : null);
      if (reading.presence === 'Absent') {
        if (h.scope === 'System') {
          report.finding('WUT-WTR-004', {
            params,
            remedyParameters,
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
          remedyParameters,
          detail: `${where}\\State is not a State value: ${reading.note}. Which policy wintrust applies then is unknown. Affects ${affects(h)}.`,
          evidence: [{ ...raw, value: `malformed: ${reading.note}` }],
        });
        continue;
      }
      const typeNote = reading.type === 'REG_BINARY' ? reading.note : null;
      const state = decodeState(reading.value);
      raw.value = `${state.hex}${state.isWindowsDefault ? ' (the Windows default)' : ''}`;
      // Built only for a hive with a finding: most hives hold the default and need none.
      const needed = state.breaksUpdates.length + state.mayBreakInstalls.length + state.weakensSecurity.length > 0;
      const evidence: Evidence[] = [raw];
      if (needed) {
        state.setRegText.split('\n').forEach((line, i) => {
          evidence.push({ item: i === 0 ? 'SetReg view' : `SetReg option ${i}`, value: line.trim() });
        });
        if (state.unknownBitsNote) evidence.push({ item: 'Bits without public meaning', value: state.unknownBitsNote });
      }
      const stateParams = { ...params, hex: state.hex };
      if (typeNote !== null) {
        report.finding('WUT-WTR-003', {
          params,
          remedyParameters,
          variant: 'binary',
          detail: `${where}\\State: ${typeNote}`,
          evidence: [raw],
        });
      }
      if (state.breaksUpdates.length > 0) {
        // Only the commercial case breaks Microsoft's packages (D2). SYSTEM's hive is read by every
        // Windows Update install; another hive only by what runs as that account. A setup-log failure
        // of the same profile (D3) joins this in a root cause (WUT-WTR-100), by the hive's SID.
        const hiveSid = h.sid ?? (h.scope === 'CurrentUser' ? (context.collectedBy?.sid ?? null) : null);
        const severity: Severity = h.scope === 'System' ? 'Critical' : 'Warning';
        const made = report.finding('WUT-WTR-001', {
          params: stateParams,
          remedyParameters,
          severity,
          detail:
            `${[...state.breaksUpdates, ...state.mayBreakInstalls].map((c) => c.text).join(' ')} This applies to ` +
            `${affects(h)}. The Windows default is 0x23C00.`,
          evidence,
        });
        if (hiveSid !== null && signals[`stateBreaksUpdates#${hiveSid}`] === undefined) {
          signals[`stateBreaksUpdates#${hiveSid}`] = {
            evidence: [raw],
            findings: ['WUT-WTR-001'],
            instances: [made],
            params: { hex: state.hex, scope: h.scope },
            remedyParameters,
          };
        }
      }
      if (state.mayBreakInstalls.length > 0 && state.breaksUpdates.length === 0) {
        report.finding('WUT-WTR-005', {
          params: stateParams,
          remedyParameters,
          detail: `${state.mayBreakInstalls.map((c) => c.text).join(' ')} This applies to ${affects(h)}.`,
          evidence,
        });
      }
      if (state.weakensSecurity.length > 0) {
        report.finding('WUT-WTR-002', {
          params: stateParams,
          remedyParameters,
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

  return { findings: report.findings, checks: report.checks, signals };
}
