/** The fleet commands (#13): a batch of snapshots, the summary over machine records, redaction. */
import * as v from 'valibot';
import { type AnyCommand, type AnyFamily, type PlannedFamily, command } from '../core/family';
import { requestObject } from '../core/request';
import { DEFAULT_OPTIONS } from '../report/report';
import { expected, maxChars, maxItems, text } from '../snapshot/schema';
import { validateSnapshot } from '../snapshot/validate';
import { type FleetMachine, fleetBatch, fleetSummary } from './fleet';
import { redactSnapshot } from './redact';

const severity = v.picklist(['Critical', 'Warning', 'Info'], expected('Critical, Warning or Info'));
const short = (what: string, n: number) => v.pipe(text(), maxChars(what, n));

const fleetFinding = v.object(
  {
    id: short('an ID', 32),
    severity,
    family: short('a family', 64),
    title: short('a title', 2000),
    detail: short('a detail', 20000),
    evidence: v.pipe(
      v.array(v.object({ item: short('an item', 400), value: short('a value', 400) }, expected('an evidence item'))),
      maxItems<{ item: string; value: string }>('a list', 50),
    ),
    remedy: short('a remedy', 20000),
    rootCause: v.boolean(expected('true or false')),
    explainedBy: v.nullable(short('an ID', 32)),
  },
  expected('a finding record'),
);

const fleetMachine = v.object(
  {
    source: short('a source', 4096),
    computerName: v.nullable(short('a computer name', 256)),
    collectedAt: short('a time', 64),
    status: v.picklist(['Healthy', 'Unhealthy', 'Incomplete'], expected('Healthy, Unhealthy or Incomplete')),
    summary: short('a summary', 20000),
    findings: v.pipe(
      v.array(fleetFinding, expected('a list of findings')),
      maxItems<v.InferOutput<typeof fleetFinding>>('a list', 5000),
    ),
  },
  expected('a machine record (fleetReport output)'),
);

const notAnalysed = v.object(
  { source: short('a source', 4096), code: short('a code', 64), reason: short('a reason', 20000) },
  expected('a not-analysed record'),
);

const fleetItem = v.object(
  { source: short('a source', 4096), snapshot: v.unknown() },
  expected('an item { source, snapshot }'),
);

const redactKey = v.nullish(short('a redaction key', 256));

export function fleetCommands(
  families: readonly AnyFamily[],
  planned: readonly PlannedFamily[],
): Readonly<Record<string, AnyCommand>> {
  return {
    /**
     * { items: [{ source, snapshot }], options?, redactKey? } -> { machines, notAnalysed }: each
     * snapshot through the same report as diagnose, kept as a compact record; a damaged or newer
     * one is listed with the engine's reason. redactKey (a string, '' allowed) hashes names first.
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
              logMaxAgeDays: v.optional(
                v.pipe(
                  v.number(expected('a number')),
                  v.integer(expected('a whole number')),
                  v.minValue(0, expected('0 or more')),
                ),
              ),
            },
            expected('an object'),
          ),
        ),
        redactKey,
      }),
      (r) =>
        fleetBatch(
          r.items,
          families,
          planned,
          { ...DEFAULT_OPTIONS, ...(r.options ?? {}) },
          r.redactKey === undefined || r.redactKey === null ? null : r.redactKey,
        ),
    ),
    /** { machines, notAnalysed } -> the fleet summary (by status, root causes, finding groups). */
    fleetSummary: command(
      requestObject('fleetSummary', {
        machines: v.pipe(
          v.array(fleetMachine, expected('a list of machine records')),
          maxItems<v.InferOutput<typeof fleetMachine>>('a list', 1_000_000),
        ),
        notAnalysed: v.array(notAnalysed, expected('a list of not-analysed records')),
      }),
      (r) => fleetSummary(r.machines as FleetMachine[], r.notAnalysed, families),
    ),
    /** { snapshot, key? } -> { snapshot }: the snapshot, validated, with its identifying names hashed. */
    redactSnapshot: command(requestObject('redactSnapshot', { snapshot: v.unknown(), key: redactKey }), (r) => {
      const valid = validateSnapshot(r.snapshot, families);
      return { snapshot: redactSnapshot(valid.snapshot as never, r.key ?? '') };
    }),
  };
}
