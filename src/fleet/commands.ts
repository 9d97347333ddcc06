/** The fleet commands (#13): a batch of snapshots with the fleet summary carried over batches, redaction. */
import * as v from 'valibot';
import { type AnyCommand, type AnyFamily, type PlannedFamily, command } from '../core/family';
import { requestObject } from '../core/request';
import { DEFAULT_OPTIONS, buildReport } from '../report/report';
import { expected, maxChars, maxItems, text } from '../snapshot/schema';
import { validateSnapshot } from '../snapshot/validate';
import {
  EMPTY_SUMMARY,
  type FleetSummary,
  addToSummary,
  fleetBatch,
  machineLine,
  mergeSummaries,
  readSnapshotText,
} from './fleet';
import { remediationPlan } from './remediation';
import { redactSnapshot } from './redact';

const severity = v.picklist(['Critical', 'Warning', 'Info'], expected('Critical, Warning or Info'));
const short = (what: string, n: number) => v.pipe(text(), maxChars(what, n));

const count = v.pipe(
  v.number(expected('a number')),
  v.integer(expected('a whole number')),
  v.minValue(0, expected('0 or more')),
);

const findingGroup = v.object(
  {
    id: short('an ID', 32),
    severity,
    family: short('a family', 64),
    title: short('a title', 2000),
    rootCause: v.boolean(expected('true or false')),
    machines: count,
    explained: count,
    sample: v.pipe(v.array(short('a name', 4096), expected('a list')), maxItems<string>('a list', 50)),
  },
  expected('a finding group'),
);

/** The running summary a previous batch returned (fleetReport's "summary"), checked like any input. */
const summarySchema = v.object(
  {
    machines: count,
    notAnalysed: count,
    byStatus: v.object({ Healthy: count, Unhealthy: count, Incomplete: count }, expected('counts by status')),
    rootCauses: v.array(
      v.object({ id: short('an ID', 32), title: short('a title', 2000), machines: count }, expected('a root cause')),
      expected('a list'),
    ),
    unhealthyWithoutRootCause: count,
    findings: v.pipe(
      v.array(findingGroup, expected('a list of finding groups')),
      maxItems<v.InferOutput<typeof findingGroup>>('a list', 10000),
    ),
  },
  expected('a fleet summary (from an earlier fleetReport)'),
);

const fleetItem = v.object(
  { source: short('a source', 4096), text: short('a snapshot text', 32 * 1024 * 1024) },
  expected('an item { source, text }'),
);

const redactKey = v.nullish(short('a redaction key', 256));

export function fleetCommands(
  families: readonly AnyFamily[],
  planned: readonly PlannedFamily[],
): Readonly<Record<string, AnyCommand>> {
  return {
    /**
     * { items: [{ source, text }], options?, redactKey?, summary? } -> { summary, machines, records,
     * notAnalysed }: each file's
     * text read and judged as diagnose does, kept as a compact record; a damaged or newer one is
     * listed with the engine's reason (the text arrives as a string, so a damaged file cannot
     * change the batch around it). redactKey (a string, '' allowed) hashes names first.
     */
    fleetReport: command(
      requestObject('fleetReport', {
        items: v.pipe(
          v.array(fleetItem, expected('a list of items')),
          maxItems<v.InferOutput<typeof fleetItem>>('a batch', 2000),
        ),
        options: v.optional(
          v.object(
            {
              logMaxAgeDays: v.optional(count),
            },
            expected('an object'),
          ),
        ),
        redactKey,
        summary: v.nullish(summarySchema),
      }),
      (r) => {
        const batch = fleetBatch(
          r.items,
          families,
          planned,
          { ...DEFAULT_OPTIONS, ...(r.options ?? {}) },
          r.redactKey === undefined || r.redactKey === null ? null : r.redactKey,
        );
        const previous = (r.summary ?? EMPTY_SUMMARY) as FleetSummary;
        const summary = addToSummary(previous, batch.machines, batch.notAnalysed.length, families);
        return {
          summary,
          // The same as text, for the host to hand back with the next batch unchanged.
          summaryJson: JSON.stringify(summary),
          machines: batch.machines.map(machineLine),
          // One JSON object per line (the JSON Lines file, and the HTML report's data), evidence included.
          records: batch.machines.map((m) => JSON.stringify(m)).join('\n'),
          notAnalysed: batch.notAnalysed,
        };
      },
    ),
    /**
     * { summaries } -> { summary, summaryJson }: the summaries of workers that judged different
     * files, as one (the host's parallel fleet report).
     */
    mergeFleetSummaries: command(
      requestObject('mergeFleetSummaries', {
        summaries: v.pipe(
          v.array(summarySchema, expected('a list of fleet summaries')),
          maxItems<v.InferOutput<typeof summarySchema>>('a list', 1024),
        ),
      }),
      (r) => {
        const summary = mergeSummaries(r.summaries as FleetSummary[]);
        return { summary, summaryJson: JSON.stringify(summary) };
      },
    ),
    /**
     * { text, options? } -> the Intune / ConfigMgr plan for one snapshot (its text, read as
     * diagnose reads it): detection's line and exit code, the unattended repairs, what is left.
     */
    remediationPlan: command(
      requestObject('remediationPlan', {
        text: short('a snapshot text', 32 * 1024 * 1024),
        options: v.optional(v.object({ logMaxAgeDays: v.optional(count) }, expected('an object'))),
      }),
      (r) => {
        const valid = validateSnapshot(readSnapshotText(r.text), families);
        const report = buildReport(valid, families, planned, { ...DEFAULT_OPTIONS, ...(r.options ?? {}) });
        return remediationPlan(report);
      },
    ),
    /**
     * { snapshot, key? } -> { snapshot, text }: the snapshot, validated, with its identifying names
     * hashed; text is the same as the JSON a host writes to a file.
     */
    redactSnapshot: command(requestObject('redactSnapshot', { snapshot: v.unknown(), key: redactKey }), (r) => {
      const valid = validateSnapshot(r.snapshot, families);
      const snapshot = redactSnapshot(valid.snapshot as never, r.key ?? '');
      return { snapshot, text: JSON.stringify(snapshot, null, 2) };
    }),
  };
}
