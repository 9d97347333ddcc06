/** The .NET/KB setup logs (seed 002; FACTS.md 6.2): signature failures per profile, and their age (D3). */
import type { DiagnoseContext, Signal } from '../core/family';
import type { Evidence, Reporter } from '../core/findings';
import { TICKS_PER_SECOND, describeDuration } from '../core/time';
import type { SetupLogFact } from './section';
import { type SetupLogEvent, WINTRUST_FAILURE_CODES, parseSetupLogLines, profileSidOf } from './setupLog';

interface LogFailure extends SetupLogEvent {
  path: string;
  /** The profile whose TEMP holds the log (D3), or null when unknown. */
  sid: string | null;
}

const WELL_KNOWN: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    'S-1-5-18': 'SYSTEM (S-1-5-18)',
    'S-1-5-19': 'LocalService (S-1-5-19)',
    'S-1-5-20': 'NetworkService (S-1-5-20)',
  }),
);

/** The profile a SID names, as the admin reads it. */
function profileName(sid: string | null): string {
  if (sid === null) return 'an unknown profile';
  return WELL_KNOWN[sid] ?? sid;
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

/**
 * Recent failures make one WUT-LOG-010 per profile, each raising `setupSignatureFailure#<SID>`
 * for the root cause that joins it to that profile's State (WUT-WTR-100); failures older than
 * the cutoff are history (WUT-LOG-011).
 */
export function judgeSetupLogs(
  logs: readonly SetupLogFact[] | undefined,
  collected: boolean,
  context: DiagnoseContext,
  report: Reporter,
  signals: Record<string, Signal>,
): void {
  if (!collected) {
    report.check('LOG.SetupLogs', 'NotRun', 'setup logs were not collected');
    return;
  }
  const failures: LogFailure[] = [];
  for (const l of logs ?? []) {
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
  const bySid = new Map<string | null, LogFailure[]>();
  for (const f of current) bySid.set(f.sid, [...(bySid.get(f.sid) ?? []), f]);
  for (const [sid, group] of bySid) {
    const newest = newestOf(group) as LogFailure;
    const codes = [...new Set(group.map((f) => f.code))].join(', ');
    const evidence = logEvidenceOf(group, context.nowTicks);
    const made = report.finding('WUT-LOG-010', {
      params: { profile: profileName(sid), codes, path: newest.path, newName: `${baseName(newest.path)}.old` },
      detail:
        `${group.length} line(s) from the last ${context.logMaxAgeDays} days (or undated) in the .NET/KB setup logs ` +
        `of ${profileName(sid)} report ${codes} (0x800B010E CERT_E_REVOCATION_FAILURE: the revocation check could ` +
        'not complete; 0x800B010B TRUST_E_FAIL). A setup reads the Software Publishing State of the account that ' +
        "runs it: that profile's State, or the revocation path, is the likely cause." +
        (sid === null ? ' Which profile ran it is unknown, so no State can be tied to it.' : ''),
      evidence,
    });
    if (sid !== null) {
      signals[`setupSignatureFailure#${sid}`] = {
        evidence: evidence.slice(0, 3),
        findings: ['WUT-LOG-010'],
        instances: [made],
        params: { codes },
      };
    }
  }
  const newestOld = newestOf(old);
  if (newestOld !== undefined && newestOld.ticks !== null) {
    report.finding('WUT-LOG-011', {
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
    'LOG.SetupLogs',
    current.length > 0 ? 'Fail' : 'Pass',
    `${(logs ?? []).length} log(s) read, ${current.length} recent failure line(s)` +
      (old.length > 0 ? `, ${old.length} older than ${context.logMaxAgeDays} days` : ''),
  );
}
