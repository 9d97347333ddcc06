/** The report: every family over one validated snapshot, then the cross-family root causes. */
import type { AnyFamily, Signal } from '../core/family';
import { type CheckResult, type Finding, sortFindings } from '../core/findings';
import { SNAPSHOT_SCHEMA_VERSION, type ValidSnapshot } from '../snapshot/validate';
import { rootCauses } from './rootCauses';

export type ReportStatus = 'Healthy' | 'Unhealthy' | 'Incomplete';

export interface Report {
  computerName: string | null;
  collectedAt: string;
  schemaVersion: number;
  /** True only when no Critical or Warning finding exists and every check ran. */
  healthy: boolean;
  status: ReportStatus;
  summary: string;
  findings: Finding[];
  checksRun: CheckResult[];
  checksNotRun: CheckResult[];
}

/** The sections a family owns, picked from the snapshot (absent ones stay absent). */
function sectionsOf(family: AnyFamily, snapshot: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(family.sections)) {
    if (Object.prototype.hasOwnProperty.call(snapshot, key)) out[key] = snapshot[key];
  }
  return out;
}

/** Runs every failure family over a validated snapshot. */
export function buildReport(valid: ValidSnapshot, families: readonly AnyFamily[]): Report {
  const context = { nowTicks: valid.nowTicks };
  const joined: Finding[] = [];
  const checks: CheckResult[] = [];
  const signals = new Map<string, Signal>();
  for (const family of families) {
    const result = family.diagnose(sectionsOf(family, valid.snapshot) as never, context);
    joined.push(...result.findings);
    checks.push(...result.checks);
    for (const [name, signal] of Object.entries(result.signals)) signals.set(`${family.id}.${name}`, signal);
  }
  joined.push(...rootCauses(signals));
  const findings = sortFindings(joined);
  const checksRun = checks.filter((c) => c.outcome !== 'NotRun');
  const checksNotRun = checks.filter((c) => c.outcome === 'NotRun');
  const problems = findings.filter((f) => f.severity !== 'Info');
  const status: ReportStatus = problems.length > 0 ? 'Unhealthy' : checksNotRun.length > 0 ? 'Incomplete' : 'Healthy';
  const critical = findings.filter((f) => f.severity === 'Critical').length;
  const warning = problems.length - critical;
  const summary =
    `${status}: ${critical} critical, ${warning} warning, ${findings.length - problems.length} info; ` +
    `${checksRun.length} checks run, ${checksNotRun.length} not run` +
    (findings.length > 0 ? `; first: ${findings[0]?.id} ${findings[0]?.title}` : '');
  const machine = valid.snapshot.machine;
  return {
    computerName: typeof machine?.computerName === 'string' ? machine.computerName : null,
    collectedAt: valid.snapshot.collectedAt,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    healthy: status === 'Healthy',
    status,
    summary,
    findings,
    checksRun,
    checksNotRun,
  };
}
