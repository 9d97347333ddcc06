import type * as v from 'valibot';
import { TRUST_CAUSES } from '../codes/causes';
import { decodeCode } from '../codes/decode';
import type { DiagnoseContext, FamilyResult, Signal } from '../core/family';
import { Reporter } from '../core/findings';
import { TICKS_PER_SECOND, describeDuration, parseIsoToTicks } from '../core/time';
import { FAMILY_ID, LOG_CATALOGUE, LOG_CHECKS } from './catalogue';
import type { LogFact, logSections } from './section';
import { judgeSetupLogs } from './setupDiagnose';
import { type FailureGroup, isHistory, normalizeAggregate } from './timeline';

export type LogSections = v.InferOutput<v.ObjectSchema<typeof logSections, undefined>>;

/** Codes a root cause may rest on, by what they point to (causes.ts says why). */
const TLS_CODES = new Set([
  '80072F8F',
  '80092013',
  '80092012',
  '80072F19',
  '80072F0D',
  '80072F05',
  '80072F06',
  '800B0109',
]);
const NAME_CODES = new Set(['8024402C', '80072EE7']);

const nameOf = (code: string) => decodeCode(`0x${code}`).names[0]?.name ?? 'not in the table';

function groupEvidence(g: FailureGroup, where: string) {
  return g.lines.map((line, i) => ({
    item: `${where}${g.host ? ' ' + g.host : ''}${i === 0 ? ' (first)' : i === g.lines.length - 1 ? ' (latest)' : ''}`,
    value: line,
  }));
}

function judgeLog(
  fact: LogFact | null | undefined,
  where: string,
  checkId: string,
  context: DiagnoseContext,
  report: Reporter,
  signals: Record<string, Signal>,
): void {
  if (fact === undefined || fact === null) {
    report.check(checkId, 'NotRun', `${where} was not read`);
    return;
  }
  if (fact.status === 'NotFound') {
    // No log is no evidence either way: not a pass (Windows 10 and later keep ETW traces until
    // Get-WindowsUpdateLog writes the text log).
    report.check(
      checkId,
      'NotRun',
      `${where} was not found (${fact.path ?? 'no path'})${fact.message ? ': ' + fact.message : ''}`,
    );
    return;
  }
  if (fact.status !== 'Ok' || fact.aggregate === undefined || fact.aggregate === null) {
    report.check(
      checkId,
      'NotRun',
      `${where} could not be read (${fact.status}${fact.message ? ': ' + fact.message : ''})`,
    );
    return;
  }
  const agg = normalizeAggregate(fact.aggregate);
  const cutoff = context.nowTicks - BigInt(context.logMaxAgeDays) * 86400n * TICKS_PER_SECOND;
  const recent = agg.failures.filter((g) => !isHistory(g, agg, cutoff));
  const old = agg.failures.filter((g) => isHistory(g, agg, cutoff));
  const byCode = new Map<string, FailureGroup[]>();
  for (const g of recent) if (g.code !== null) byCode.set(g.code, [...(byCode.get(g.code) ?? []), g]);
  let trustFindings = 0;
  const tls: FailureGroup[] = [];
  const names: FailureGroup[] = [];
  for (const [code, groups] of byCode) {
    const cause = TRUST_CAUSES.get(parseInt(code, 16) >>> 0);
    if (cause === undefined) continue;
    trustFindings++;
    const count = groups.reduce((n, g) => n + g.count, 0);
    const latest = groups.reduce<string | null>(
      (m, g) => (g.last !== null && (m === null || g.last > m) ? g.last : m),
      null,
    );
    const latestTicks = latest === null ? null : parseIsoToTicks(latest);
    const hosts = [...new Set(groups.map((g) => g.host).filter((h) => h !== null))];
    report.finding('WUT-LOG-001', {
      params: {
        code,
        name: nameOf(code),
        count,
        age: latestTicks === null ? 'at an unknown time' : describeDuration(context.nowTicks - latestTicks),
        cause: cause.cause,
        checks: cause.checks.join(', '),
      },
      detail:
        `${where}: ${count} line(s) with ${code} in ${groups.length} place(s) (components ` +
        `${[...new Set(groups.map((g) => g.component))].join(', ')}${hosts.length > 0 ? '; endpoints ' + hosts.join(', ') : ''}). ` +
        "Log times are the machine's local time.",
      evidence: groups.slice(0, 3).flatMap((g) => groupEvidence(g, where)),
    });
    if (TLS_CODES.has(code)) tls.push(...groups);
    if (NAME_CODES.has(code)) names.push(...groups);
  }
  const weak = recent.filter((g) => g.marker === 'GetDownloadedOnWeakSSLCert');
  for (const g of weak) {
    report.finding('WUT-LOG-004', {
      params: { host: g.host ?? 'the update service' },
      detail: `${where}: ${g.count} time(s), the latest at ${g.last ?? 'an unknown time'}.`,
      evidence: groupEvidence(g, where),
    });
  }
  const others = [...byCode.keys()].filter((c) => !TRUST_CAUSES.has(parseInt(c, 16) >>> 0));
  if (others.length > 0) {
    report.finding('WUT-LOG-002', {
      params: {
        count: others.length,
        codes: others
          .slice(0, 8)
          .map((c) => `0x${c}`)
          .join(', '),
      },
      detail: `${where}: ${others.map((c) => `0x${c} ${nameOf(c)}`).join('; ')}.`,
      evidence: others
        .slice(0, 3)
        .flatMap((c) => groupEvidence((byCode.get(c) as FailureGroup[])[0] as FailureGroup, where)),
    });
  }
  const oldCodes = [...new Set(old.map((g) => g.code).filter((c) => c !== null))];
  if (oldCodes.length > 0) {
    report.finding('WUT-LOG-003', {
      params: {
        codes: oldCodes
          .slice(0, 8)
          .map((c) => `0x${c}`)
          .join(', '),
      },
      detail:
        `${where}: failures older than ${context.logMaxAgeDays} days before collection, or followed by a success ` +
        'with the same endpoint.',
      evidence: old.slice(0, 2).flatMap((g) => groupEvidence(g, where).slice(0, 1)),
    });
  }
  if (tls.length > 0 || weak.length > 0) {
    const hosts = [...new Set([...tls, ...weak].map((g) => g.host).filter((h) => h !== null))];
    signals['tlsFailureLogged'] = {
      evidence: [...tls, ...weak].slice(0, 2).flatMap((g) => groupEvidence(g, where).slice(-1)),
      findings: ['WUT-LOG-001', ...(weak.length > 0 ? ['WUT-LOG-004'] : [])],
      params: { loggedHosts: hosts.join(', ') },
    };
  }
  if (names.length > 0) {
    signals['nameResolutionLogged'] = {
      evidence: groupEvidence(names[0] as FailureGroup, where).slice(-1),
      findings: ['WUT-LOG-001'],
    };
  }
  report.check(
    checkId,
    trustFindings > 0 || weak.length > 0 ? 'Fail' : 'Pass',
    `${agg.linesSeen} matching line(s) read, ${agg.failures.length} distinct failure(s), ${recent.length} recent` +
      (agg.linesUnparsed > 0 ? `, ${agg.linesUnparsed} line(s) in no known form` : '') +
      (agg.radix.either > 0
        ? '; PID/TID read as decimal (Get-WindowsUpdateLog), hex equally possible (FACTS 8.7)'
        : ''),
  );
}

/** The update-log family (#12): failures by code, tied to the families through signals. */
export function diagnoseLogs(sections: LogSections, context: DiagnoseContext): FamilyResult {
  const report = new Reporter(FAMILY_ID, LOG_CATALOGUE, LOG_CHECKS);
  const signals: Record<string, Signal> = {};
  const logs = sections.updateLogs;
  judgeLog(logs?.windowsUpdate, 'WindowsUpdate.log', 'LOG.WindowsUpdate', context, report, signals);
  judgeLog(logs?.cbs, 'CBS.log', 'LOG.Cbs', context, report, signals);
  judgeLog(logs?.events, 'The update event logs', 'LOG.Events', context, report, signals);
  const setup = sections.logs;
  judgeSetupLogs(setup?.setup, setup !== undefined && setup !== null, context, report, signals);
  return { findings: report.findings, checks: report.checks, signals };
}
