/**
 * Fleet reporting (#13): not a family but a consumer of reports. A batch of snapshots goes through
 * the same report as Get-WuTrustStatus, each machine kept as a compact record (its verdict, root
 * causes, and findings with bounded evidence); the summary groups the records by finding ID.
 */
import type { AnyFamily, PlannedFamily } from '../core/family';
import { EngineError } from '../core/errors';
import type { Finding, Severity } from '../core/findings';
import { type ReportOptions, type ReportStatus, buildReport } from '../report/report';
import { ROOT_CAUSE_CATALOGUE } from '../report/rootCauses';
import { lookup } from '../core/table';
import { validateSnapshot } from '../snapshot/validate';
import { redactSnapshot, redactorFor } from './redact';

/** Evidence kept per finding and the longest value, so 10,000 machines stay one readable file. */
const MAX_EVIDENCE = 6;
const MAX_VALUE = 300;

export interface FleetFinding {
  id: string;
  severity: Severity;
  family: string;
  title: string;
  detail: string;
  evidence: { item: string; value: string }[];
  remedy: string;
  rootCause: boolean;
  explainedBy: string | null;
}

export interface FleetMachine {
  source: string;
  computerName: string | null;
  collectedAt: string;
  status: ReportStatus;
  summary: string;
  findings: FleetFinding[];
}

export interface NotAnalysed {
  source: string;
  code: string;
  reason: string;
}

const clip = (s: string) => (s.length > MAX_VALUE ? `${s.substring(0, MAX_VALUE - 3)}...` : s);

function compact(f: Finding): FleetFinding {
  return {
    id: f.id,
    severity: f.severity,
    family: f.family,
    title: f.title,
    detail: f.detail,
    evidence: f.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ item: clip(e.item), value: clip(e.value) })),
    remedy: f.remedy.command,
    rootCause: f.rootCause === true,
    explainedBy: f.explainedBy ?? null,
  };
}

export interface FleetItem {
  source: string;
  snapshot: unknown;
}

/** One batch: every item judged on its own; a damaged one is listed as not analysed, with why. */
export function fleetBatch(
  items: readonly FleetItem[],
  families: readonly AnyFamily[],
  planned: readonly PlannedFamily[],
  options: ReportOptions,
  redactKey: string | null,
): { machines: FleetMachine[]; notAnalysed: NotAnalysed[] } {
  const machines: FleetMachine[] = [];
  const notAnalysed: NotAnalysed[] = [];
  for (const item of items) {
    let source = item.source;
    try {
      const valid = validateSnapshot(item.snapshot, families);
      const snapshot =
        redactKey === null
          ? valid.snapshot
          : (redactSnapshot(valid.snapshot as never, redactKey) as typeof valid.snapshot);
      const report = buildReport({ ...valid, snapshot }, families, planned, options);
      if (redactKey !== null) source = redactSource(source, valid.snapshot, redactKey);
      machines.push({
        source,
        computerName: report.computerName,
        collectedAt: report.collectedAt,
        status: report.status,
        summary: report.summary,
        findings: report.findings.map(compact),
      });
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      if (redactKey !== null) source = redactorFor(redactKey, null, null).text(source);
      notAnalysed.push({ source, code: e.code, reason: e.message });
    }
  }
  return { machines, notAnalysed };
}

/** A file path with the machine's names hashed, as the snapshot's own strings are. */
function redactSource(source: string, snapshot: { machine?: unknown }, key: string): string {
  const machine = (snapshot.machine ?? null) as Record<string, unknown> | null;
  const name = typeof machine?.['computerName'] === 'string' ? (machine['computerName'] as string) : null;
  return redactorFor(key, name, null).text(source);
}

export interface FindingGroup {
  id: string;
  severity: Severity;
  family: string;
  title: string;
  rootCause: boolean;
  /** Machines with this finding. */
  machines: number;
  /** Of those, the machines where a root cause explains it (counted under the root cause). */
  explained: number;
  /** Up to 50 machine names; the HTML report lists them all from its records. */
  sample: string[];
}

/** A finding's title as its catalogue states it, the per-machine parts shown as "...". */
function catalogueTitle(id: string, families: readonly AnyFamily[]): string | null {
  for (const table of [ROOT_CAUSE_CATALOGUE, ...families.map((f) => f.catalogue)]) {
    const entry = lookup(table, id);
    if (entry !== undefined) return entry.title.replace(/\{[A-Za-z]+\}/g, '...');
  }
  return null;
}

const RANK: Record<string, number> = { Critical: 0, Warning: 1, Info: 2 };

/**
 * The fleet summary: machines by status, root causes first (a machine counted once per cause),
 * then every finding ID with the machines that have it and how many of them a root cause explains.
 */
export function fleetSummary(
  machines: readonly FleetMachine[],
  notAnalysed: readonly NotAnalysed[],
  families: readonly AnyFamily[],
) {
  const byStatus: Record<string, number> = { Healthy: 0, Unhealthy: 0, Incomplete: 0 };
  const groups = new Map<string, FindingGroup>();
  const byRootCause: Record<string, number> = Object.create(null) as Record<string, number>;
  let withoutRootCause = 0;
  for (const m of machines) {
    byStatus[m.status] = (byStatus[m.status] ?? 0) + 1;
    const seen = new Set<string>();
    let rooted = false;
    for (const f of m.findings) {
      if (f.rootCause) rooted = true;
      const name = m.computerName ?? m.source;
      let g = groups.get(f.id);
      if (g === undefined) {
        g = {
          id: f.id,
          severity: f.severity,
          family: f.family,
          title: catalogueTitle(f.id, families) ?? f.title,
          rootCause: f.rootCause,
          machines: 0,
          explained: 0,
          sample: [],
        };
        groups.set(f.id, g);
      }
      // A finding's severity can differ by machine (a hive's scope); the group shows the worst.
      if ((RANK[f.severity] ?? 2) < (RANK[g.severity] ?? 2)) g.severity = f.severity;
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      g.machines++;
      if (m.findings.some((x) => x.id === f.id && x.explainedBy !== null)) g.explained++;
      if (g.sample.length < 50) g.sample.push(name);
    }
    for (const f of m.findings) if (f.rootCause) byRootCause[f.id] = (byRootCause[f.id] ?? 0) + 1;
    if (!rooted && m.status === 'Unhealthy') withoutRootCause++;
  }
  const findings = [...groups.values()].sort(
    (a, b) =>
      Number(b.rootCause) - Number(a.rootCause) ||
      (RANK[a.severity] ?? 2) - (RANK[b.severity] ?? 2) ||
      b.machines - a.machines ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    machines: machines.length,
    notAnalysed: notAnalysed.length,
    byStatus,
    rootCauses: findings
      .filter((g) => g.rootCause)
      .map((g) => ({ id: g.id, title: g.title, machines: byRootCause[g.id] ?? 0 })),
    unhealthyWithoutRootCause: withoutRootCause,
    findings,
  };
}
