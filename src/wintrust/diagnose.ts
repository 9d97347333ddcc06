import type * as v from 'valibot';
import type { DiagnoseContext, FamilyResult } from '../core/family';
import { type Evidence, type Finding, Reporter, type Severity } from '../core/findings';
import type { RemedyParameters } from '../core/remedy';
import { TICKS_PER_SECOND, describeDuration } from '../core/time';
import { lookupValue } from '../snapshot/registry';
import { FAMILY_ID, WINTRUST_CATALOGUE, WINTRUST_CHECKS } from './catalogue';
import { SOFTWARE_PUBLISHING_PATH, type WinTrustHive, type winTrustSections } from './section';
import { type SetupLogEvent, WINTRUST_FAILURE_CODES, parseSetupLogLines, profileSidOf } from './setupLog';
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

interface LogFailure extends SetupLogEvent {
  path: string;
  /** The profile whose TEMP holds the log (D3), or null when unknown. */
  sid: string | null;
}

/** The file name of a Windows or POSIX path. */
function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function logEvidenceOf(failures: readonly LogFailure[], nowTicks: bigint): Evidence[] {
  return failures.slice(0, 6).map((e) => ({
    item: `Setup log ${e.path}`,
    value:
      `${e.kind} ${e.code}${e.file ? ' (' + e.file + ')' : ''}` +
      (e.ticks === null ? ', undated' : `, ${describeDuration(nowTicks - e.ticks)} before collection`) +
      `: ${e.line.trim()}`,
  }));
}

/** The newest of some failures (undated ones count as newest: they cannot be shown to be old). */
function newestOf(failures: readonly LogFailure[]): LogFailure | undefined {
  let best: LogFailure | undefined;
  for (const f of failures) {
    // The first undated line wins for good; otherwise the later stamp.
    if (best === undefined || (best.ticks !== null && (f.ticks === null || f.ticks > best.ticks))) best = f;
  }
  return best;
}

/** The WinTrust Software Publishing State family (seed 002; FACTS.md section 1 and 6.2). */
export function diagnoseWinTrust(sections: WinTrustSections, context: DiagnoseContext): FamilyResult {
  const report = new Reporter(FAMILY_ID, WINTRUST_CATALOGUE, WINTRUST_CHECKS);
  const hives = sections.wintrust?.hives ?? [];
  const logs = sections.logs?.setup ?? [];
  const failures: LogFailure[] = [];
  for (const l of logs) {
    if (l.status !== 'Ok' || l.lines === undefined) continue;
    const sid = profileSidOf(l);
    for (const e of parseSetupLogLines(l.lines)) {
      if (WINTRUST_FAILURE_CODES.has(e.code)) failures.push({ ...e, path: l.path ?? '', sid });
    }
  }
  // D3: a log's own time stamps decide its age; lines older than the cutoff are history, not a fault.
  const cutoff = context.nowTicks - BigInt(context.logMaxAgeDays) * 86400n * TICKS_PER_SECOND;
  const current = failures.filter((e) => e.ticks === null || e.ticks >= cutoff);
  const old = failures.filter((e) => e.ticks !== null && e.ticks < cutoff);
  const citedLines = new Set<LogFailure>();
  const citing: Finding[] = [];

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
        // Only the commercial case breaks Microsoft's packages (D2). The logs that support it are
        // recent ones from this hive's own profile (D3): a setup reads the HKCU of whoever ran it.
        const hiveSid = h.sid ?? (h.scope === 'CurrentUser' ? (context.collectedBy?.sid ?? null) : null);
        const cited = hiveSid === null ? [] : current.filter((e) => e.sid === hiveSid);
        for (const c of cited) citedLines.add(c);
        const severity: Severity = h.scope === 'System' || cited.length > 0 ? 'Critical' : 'Warning';
        const codes = [...new Set(cited.map((c) => c.code))].join(', ');
        const made = report.finding('WUT-WTR-001', {
          params: stateParams,
          remedyParameters,
          severity,
          detail:
            `${[...state.breaksUpdates, ...state.mayBreakInstalls].map((c) => c.text).join(' ')} This applies to ` +
            `${affects(h)}. The Windows default is 0x23C00.` +
            (cited.length > 0 ? ` Setup logs in this profile's TEMP show exactly this failure (${codes}).` : ''),
          evidence: [...evidence, ...logEvidenceOf(cited, context.nowTicks)],
        });
        if (cited.length > 0) citing.push(made);
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

  if (sections.logs === undefined || sections.logs === null) {
    report.check('WTR.SetupLogs', 'NotRun', 'setup logs were not collected');
  } else {
    const codes = [...new Set(current.map((f) => f.code))].join(', ');
    const newest = newestOf(current);
    if (newest !== undefined) {
      const explained = current.every((f) => citedLines.has(f));
      const cause = explained
        ? 'Fix the Software Publishing State that WUT-WTR-001 names first (Set-WinTrustState -Default for that hive).'
        : 'No collected State explains these lines for the profile that ran the setup: check the revocation path ' +
          '(the CRL/OCSP endpoints, the proxy, the disallowed CTL) and the State of that profile.';
      const made = report.finding('WUT-WTR-010', {
        params: { path: newest.path, newName: `${baseName(newest.path)}.old`, cause },
        detail:
          `${current.length} line(s) from the last ${context.logMaxAgeDays} days (or undated) in .NET/KB setup logs ` +
          `report ${codes} (0x800B010E CERT_E_REVOCATION_FAILURE: the revocation check could not complete; ` +
          `0x800B010B TRUST_E_FAIL). ${cause}`,
        evidence: logEvidenceOf(current, context.nowTicks),
      });
      if (explained) {
        made.explainedBy = 'WUT-WTR-001';
        for (const f of citing) f.explains = ['WUT-WTR-010'];
      }
    }
    const newestOld = newestOf(old);
    if (newestOld !== undefined && newestOld.ticks !== null) {
      report.finding('WUT-WTR-011', {
        params: {
          age: describeDuration(context.nowTicks - newestOld.ticks),
          path: newestOld.path,
          newName: `${baseName(newestOld.path)}.old`,
          days: context.logMaxAgeDays,
        },
        detail:
          `${old.length} signature-failure line(s) in setup logs are older than ${context.logMaxAgeDays} days before ` +
          'the collection time (log times are local, read as UTC: up to 14 hours off). They record a past failure ' +
          'and do not make this machine unhealthy now.',
        evidence: logEvidenceOf(old, context.nowTicks),
      });
    }
    report.check(
      'WTR.SetupLogs',
      current.length > 0 ? 'Fail' : 'Pass',
      `${logs.length} log(s) read, ${current.length} recent failure line(s)` +
        (old.length > 0 ? `, ${old.length} older than ${context.logMaxAgeDays} days` : ''),
    );
  }
  return { findings: report.findings, checks: report.checks, signals: {} };
}
