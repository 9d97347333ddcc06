/**
 * Fleet reporting (#13): not a family but a consumer of reports. A batch of snapshots goes through
 * the same report as Get-WuTrustStatus, each machine kept as a compact record (its verdict, root
 * causes, and findings with bounded evidence); the summary groups the records by finding ID.
 */
import type { AnyFamily, PlannedFamily } from '../core/family';
import { EngineError } from '../core/errors';
import { readDocument } from '../core/json';
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
  /** The file's text, read here as diagnose reads a request (no repeated keys, bounded nesting). */
  text: string;
}

/** A file's text as a document, or the engine error diagnose would give it. */
export function readSnapshotText(text: string): unknown {
  return readDocument(text, 'InvalidSnapshot');
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
      const valid = validateSnapshot(readSnapshotText(item.text), families);
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
  /** Up to 50 machine names; the records (JSON Lines, HTML) list them all. */
  sample: string[];
}

export interface FleetSummary {
  machines: number;
  notAnalysed: number;
  byStatus: { Healthy: number; Unhealthy: number; Incomplete: number };
  /** Root causes with the machines each explains; a machine counts once per cause. */
  rootCauses: { id: string; title: string; machines: number }[];
  unhealthyWithoutRootCause: number;
  /** Every finding ID: root causes first, then by severity and the number of machines. */
  findings: FindingGroup[];
}

export const EMPTY_SUMMARY: FleetSummary = {
  machines: 0,
  notAnalysed: 0,
  byStatus: { Healthy: 0, Unhealthy: 0, Incomplete: 0 },
  rootCauses: [],
  unhealthyWithoutRootCause: 0,
  findings: [],
};

const RANK: Record<string, number> = { Critical: 0, Warning: 1, Info: 2 };

/** A finding's title as its catalogue states it, the per-machine parts shown as "...". */
function catalogueTitle(id: string, families: readonly AnyFamily[]): string | null {
  for (const table of [ROOT_CAUSE_CATALOGUE, ...families.map((f) => f.catalogue)]) {
    const entry = lookup(table, id);
    if (entry !== undefined) return entry.title.replace(/\{[A-Za-z]+\}/g, '...');
  }
  return null;
}

/**
 * The summary with more machines added (batches arrive one by one; the summary carries over):
 * machines by status, and per finding ID the machines that have it, each machine once, and how
 * many of them a root cause explains (the same cause across families is counted once, as its root cause).
 */
export function addToSummary(
  previous: FleetSummary,
  machines: readonly FleetMachine[],
  notAnalysed: number,
  families: readonly AnyFamily[],
): FleetSummary {
  const byStatus = { ...previous.byStatus };
  const groups = new Map<string, FindingGroup>();
  for (const g of previous.findings) groups.set(g.id, { ...g, sample: [...g.sample] });
  let withoutRootCause = previous.unhealthyWithoutRootCause;
  for (const m of machines) {
    byStatus[m.status]++;
    const seen = new Set<string>();
    let rooted = false;
    const name = m.computerName ?? m.source;
    for (const f of m.findings) {
      if (f.rootCause) rooted = true;
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
      // A finding's severity can differ by machine (a hive's scope): the group shows the worst.
      if ((RANK[f.severity] ?? 2) < (RANK[g.severity] ?? 2)) g.severity = f.severity;
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      g.machines++;
      if (m.findings.some((x) => x.id === f.id && x.explainedBy !== null)) g.explained++;
      if (g.sample.length < 50) g.sample.push(name);
    }
    if (!rooted && m.status === 'Unhealthy') withoutRootCause++;
  }
  const findings = sortGroups([...groups.values()]);
  return {
    machines: previous.machines + machines.length,
    notAnalysed: previous.notAnalysed + notAnalysed,
    byStatus,
    rootCauses: findings.filter((g) => g.rootCause).map((g) => ({ id: g.id, title: g.title, machines: g.machines })),
    unhealthyWithoutRootCause: withoutRootCause,
    findings,
  };
}

/** Root causes first, then by severity, the number of machines (most first) and ID. */
function sortGroups(groups: FindingGroup[]): FindingGroup[] {
  return groups.sort(
    (a, b) =>
      Number(b.rootCause) - Number(a.rootCause) ||
      (RANK[a.severity] ?? 2) - (RANK[b.severity] ?? 2) ||
      b.machines - a.machines ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A machine as the PowerShell objects show it: the verdict and the IDs, without the evidence. */
export function machineLine(m: FleetMachine) {
  return {
    source: m.source,
    computerName: m.computerName,
    collectedAt: m.collectedAt,
    status: m.status,
    rootCauses: m.findings.filter((f) => f.rootCause).map((f) => f.id),
    findingIds: [...new Set(m.findings.map((f) => f.id))],
    summary: m.summary,
  };
}

/**
 * Summaries of disjoint sets of machines as one (workers that judged different files): the same
 * as one summary over all of them, except which machine names fill each group's 50-name sample.
 */
export function mergeSummaries(summaries: readonly FleetSummary[]): FleetSummary {
  const byStatus = { Healthy: 0, Unhealthy: 0, Incomplete: 0 };
  const groups = new Map<string, FindingGroup>();
  let machines = 0;
  let notAnalysed = 0;
  let withoutRootCause = 0;
  for (const s of summaries) {
    machines += s.machines;
    notAnalysed += s.notAnalysed;
    withoutRootCause += s.unhealthyWithoutRootCause;
    byStatus.Healthy += s.byStatus.Healthy;
    byStatus.Unhealthy += s.byStatus.Unhealthy;
    byStatus.Incomplete += s.byStatus.Incomplete;
    for (const g of s.findings) {
      const seen = groups.get(g.id);
      if (seen === undefined) {
        groups.set(g.id, { ...g, sample: g.sample.slice(0, 50) });
        continue;
      }
      seen.machines += g.machines;
      seen.explained += g.explained;
      if ((RANK[g.severity] ?? 2) < (RANK[seen.severity] ?? 2)) seen.severity = g.severity;
      seen.sample = [...seen.sample, ...g.sample].slice(0, 50);
    }
  }
  const findings = sortGroups([...groups.values()]);
  return {
    machines,
    notAnalysed,
    byStatus,
    rootCauses: findings.filter((g) => g.rootCause).map((g) => ({ id: g.id, title: g.title, machines: g.machines })),
    unhealthyWithoutRootCause: withoutRootCause,
    findings,
  };
}
