/**
 * The failure timeline: log events grouped into distinct failures (code, component, host, marker)
 * with their count, first and last time and a few raw lines. The aggregate is bounded and plain
 * data, so a collector can feed a log of any size through it batch by batch (memory does not grow
 * with the file) and the snapshot carries the result, never the log.
 */
import { formatTicks, parseIsoToTicks } from '../core/time';
import { type LogEvent, type LogSource, parseLine } from './parse';

export interface FailureGroup {
  code: string | null;
  component: string;
  host: string | null;
  marker: string | null;
  kind: LogEvent['kind'];
  count: number;
  first: string | null;
  last: string | null;
  /** The first two lines and the latest one. */
  lines: string[];
}

export interface LogAggregate {
  source: LogSource;
  linesSeen: number;
  linesUnparsed: number;
  /** How many lines had PID/TID that read as either radix, and how many only as hex (FACTS.md 8.7). */
  radix: { either: number; hex: number };
  failures: FailureGroup[];
  /** Groups past the bound, counted but not kept. */
  failuresDropped: number;
  /** The latest success per host (a request that completed with 00000000). */
  successes: Record<string, string>;
  first: string | null;
  last: string | null;
}

export const MAX_GROUPS = 500;
const MAX_HOSTS = 200;

export function emptyAggregate(source: LogSource): LogAggregate {
  return {
    source,
    linesSeen: 0,
    linesUnparsed: 0,
    radix: { either: 0, hex: 0 },
    failures: [],
    failuresDropped: 0,
    successes: {},
    first: null,
    last: null,
  };
}

/**
 * An aggregate as the schema lets it in (optional fields may be absent) with every absent field
 * null, so the code that reads it has one "none" to handle (found by the snapshot fuzz: an absent
 * code printed as "0xundefined").
 */
export function normalizeAggregate(fact: {
  source: LogSource;
  linesSeen: number;
  linesUnparsed: number;
  radix: { either: number; hex: number };
  failures: readonly {
    code?: string | null | undefined;
    component: string;
    host?: string | null | undefined;
    marker?: string | null | undefined;
    kind: FailureGroup['kind'];
    count: number;
    first?: string | null | undefined;
    last?: string | null | undefined;
    lines: readonly string[];
  }[];
  failuresDropped: number;
  successes: Readonly<Record<string, string>>;
  first?: string | null | undefined;
  last?: string | null | undefined;
}): LogAggregate {
  return {
    source: fact.source,
    linesSeen: fact.linesSeen,
    linesUnparsed: fact.linesUnparsed,
    radix: { either: fact.radix.either, hex: fact.radix.hex },
    failures: fact.failures.map((g) => ({
      code: g.code ?? null,
      component: g.component,
      host: g.host ?? null,
      marker: g.marker ?? null,
      kind: g.kind,
      count: g.count,
      first: g.first ?? null,
      last: g.last ?? null,
      lines: [...g.lines],
    })),
    failuresDropped: fact.failuresDropped,
    successes: { ...fact.successes },
    first: fact.first ?? null,
    last: fact.last ?? null,
  };
}

const keyOf = (e: { code: string | null; component: string; host: string | null; marker: string | null }) =>
  `${e.code ?? ''}|${e.component}|${e.host ?? ''}|${e.marker ?? ''}`;

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** The aggregate with more lines added (the lines a collector's pre-filter let through). */
export function aggregateLines(start: LogAggregate, lines: readonly string[]): LogAggregate {
  const agg: LogAggregate = {
    ...start,
    radix: { ...start.radix },
    failures: start.failures.map((f) => ({ ...f, lines: [...f.lines] })),
    successes: { ...start.successes },
  };
  const index = new Map(agg.failures.map((f, i) => [keyOf(f), i]));
  for (const line of lines) {
    agg.linesSeen++;
    const e = parseLine(agg.source, line);
    if (e === null) {
      agg.linesUnparsed++;
      continue;
    }
    if (e.radix === 'either') agg.radix.either++;
    else if (e.radix === 'hex') agg.radix.hex++;
    const when = e.ticks === null ? null : formatTicks(e.ticks);
    agg.first = earlier(agg.first, when);
    agg.last = later(agg.last, when);
    if (e.kind === 'Success' && e.host !== null) {
      if (e.host in agg.successes || Object.keys(agg.successes).length < MAX_HOSTS) {
        agg.successes[e.host] = later(agg.successes[e.host] ?? null, when) ?? '';
      }
      continue;
    }
    if (e.kind !== 'Failed' && e.kind !== 'Fatal' && e.marker === null) continue;
    const key = keyOf(e);
    const at = index.get(key);
    if (at === undefined) {
      if (agg.failures.length >= MAX_GROUPS) {
        agg.failuresDropped++;
        continue;
      }
      index.set(key, agg.failures.length);
      agg.failures.push({
        code: e.code,
        component: e.component,
        host: e.host,
        marker: e.marker,
        kind: e.kind,
        count: 1,
        first: when,
        last: when,
        lines: [e.line],
      });
      continue;
    }
    const g = agg.failures[at] as FailureGroup;
    g.count++;
    g.first = earlier(g.first, when);
    g.last = later(g.last, when);
    if (g.lines.length < 2) g.lines.push(e.line);
    else g.lines[2] = e.line;
  }
  return agg;
}

/** Whether a failure is history: older than the cutoff, or followed by a success for its host. */
export function isHistory(g: FailureGroup, agg: LogAggregate, cutoffTicks: bigint): boolean {
  const last = g.last === null ? null : parseIsoToTicks(g.last);
  if (last !== null && last < cutoffTicks) return true;
  if (g.host !== null && g.last !== null) {
    const success = agg.successes[g.host];
    if (success !== undefined && success > g.last) return true;
  }
  return false;
}
