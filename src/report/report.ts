/** The report: every family over one validated snapshot, then the cross-family root causes. */
import type { AnyFamily, PlannedFamily, Signal } from '../core/family';
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

export interface ReportOptions {
  /** Setup-log lines older than this many days before collection are history (Info), not a fault. */
  logMaxAgeDays: number;
  /** Options of the families that declare them, by key (checked by each family's schema). */
  [familyKey: string]: unknown;
}

export const DEFAULT_OPTIONS: ReportOptions = { logMaxAgeDays: 30 };

/** The sections a family owns, picked from the snapshot (absent ones stay absent). */
function sectionsOf(family: AnyFamily, snapshot: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(family.sections)) {
    if (Object.prototype.hasOwnProperty.call(snapshot, key)) out[key] = snapshot[key];
  }
  return out;
}

/** Runs every failure family over a validated snapshot. */
export function buildReport(
  valid: ValidSnapshot,
  families: readonly AnyFamily[],
  planned: readonly PlannedFamily[],
  options: ReportOptions,
): Report {
  const collectedBy = valid.snapshot.machine?.collectedBy;
  const context = {
    nowTicks: valid.nowTicks,
    collectedBy: collectedBy ? { name: collectedBy.name ?? null, sid: collectedBy.sid ?? null } : null,
    logMaxAgeDays: options.logMaxAgeDays,
    familyOptions: options,
  };
  const joined: Finding[] = [];
  const checks: CheckResult[] = [];
  const signals = new Map<string, Signal>();
  for (const family of families) {
    const result = family.diagnose(sectionsOf(family, valid.snapshot) as never, context);
    joined.push(...result.findings);
    checks.push(...result.checks);
    for (const [name, signal] of Object.entries(result.signals)) signals.set(`${family.id}.${name}`, signal);
  }
  joined.push(...rootCauses(signals, joined));
  for (const p of planned) {
    checks.push({
      id: p.checkId,
      family: p.family,
      title: p.title,
      outcome: 'NotRun',
      reason: p.reason,
      notImplemented: true,
    });
  }
  const findings = sortFindings(joined);
  const checksRun = checks.filter((c) => c.outcome !== 'NotRun');
  const checksNotRun = checks.filter((c) => c.outcome === 'NotRun');
  // A finding a root cause explains is listed (with explainedBy) but counted once, as its root cause (D19).
  const counted = findings.filter((f) => f.explainedBy === undefined);
  const problems = counted.filter((f) => f.severity !== 'Info');
  const gaps = checksNotRun.filter((c) => c.notImplemented !== true);
  const status: ReportStatus = problems.length > 0 ? 'Unhealthy' : gaps.length > 0 ? 'Incomplete' : 'Healthy';
  const critical = problems.filter((f) => f.severity === 'Critical').length;
  const warning = problems.length - critical;
  const explained = findings.length - counted.length;
  const notBuilt = planned.map((p) => p.family);
  const summary =
    `${status}: ${critical} critical, ${warning} warning, ${counted.length - problems.length} info` +
    (explained > 0 ? ` (+${explained} explained by a root cause)` : '') +
    `; ${checksRun.length} checks run, ${gaps.length} not run` +
    (notBuilt.length > 0 ? `; not checked in this version: ${notBuilt.join(', ')}` : '') +
    (counted.length > 0 ? `; first: ${counted[0]?.id} ${counted[0]?.title}` : '');
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
