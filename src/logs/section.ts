/** The update-log family's snapshot sections: per log, where it was read and its bounded aggregate; setup-log excerpts. */
import * as v from 'valibot';
import {
  expected,
  factStatus,
  literalSid,
  maxChars,
  maxItems,
  nullableText,
  optionalText,
  text,
} from '../snapshot/schema';

const count = v.pipe(
  v.number(expected('a number')),
  v.integer(expected('a whole number')),
  v.minValue(0, expected('0 or more')),
);
const hexCode = v.nullish(v.pipe(text(), v.regex(/^[0-9A-F]{8}$/, expected('8 upper-case hex digits'))));
const logLine = v.pipe(text(), maxChars('a log line', 4096));

export const failureGroup = v.object(
  {
    code: hexCode,
    component: v.pipe(text(), maxChars('a component', 256)),
    host: v.nullish(v.pipe(text(), maxChars('a host', 253))),
    marker: nullableText(),
    kind: v.picklist(['Failed', 'Fatal', 'Warning', 'Success', 'Info'], expected('a line kind')),
    count,
    first: nullableText(),
    last: nullableText(),
    lines: v.pipe(v.array(logLine, expected('a list of lines')), maxItems<string>('a list', 3)),
  },
  expected('a failure (an object with code, component and count)'),
);

export type FailureGroupFact = v.InferOutput<typeof failureGroup>;

export const logAggregate = v.object(
  {
    source: v.picklist(['WindowsUpdate', 'Cbs', 'Events'], expected('WindowsUpdate, Cbs or Events')),
    linesSeen: count,
    linesUnparsed: count,
    radix: v.object({ either: count, hex: count }, expected('an object with either and hex')),
    failures: v.pipe(v.array(failureGroup, expected('a list of failures')), maxItems<FailureGroupFact>('a list', 500)),
    failuresDropped: count,
    successes: v.record(v.string(), text(), expected('an object of times by host')),
    first: nullableText(),
    last: nullableText(),
  },
  expected('a log aggregate'),
);
export type LogAggregateFact = v.InferOutput<typeof logAggregate>;

export const logFact = v.object(
  {
    path: optionalText(),
    status: factStatus,
    message: optionalText(),
    /** Bytes read, and the encoding the scan found (utf-8, utf-16le). */
    bytes: v.optional(count),
    encoding: optionalText(),
    aggregate: v.nullish(logAggregate),
  },
  expected('a log (an object with a status)'),
);
export type LogFact = v.InferOutput<typeof logFact>;

/** A .NET/KB setup log (%TEMP%\KB<number>.html; FACTS.md 6.2): its signature and result lines. */
export const setupLogFact = v.object(
  {
    path: optionalText(),
    /** The SID of the profile whose TEMP folder holds the log (D3), when the collector knows it. */
    sid: v.nullish(literalSid),
    status: factStatus,
    lines: v.optional(v.pipe(v.array(text(), expected('a list of strings')), maxItems<string>('a list', 1000))),
    message: optionalText(),
  },
  expected('a setup log (an object with a status)'),
);
export type SetupLogFact = v.InferOutput<typeof setupLogFact>;

export const logSections = {
  updateLogs: v.object(
    {
      windowsUpdate: v.nullish(logFact),
      cbs: v.nullish(logFact),
      /** The Windows Update client's events (System 20/25/31, its Operational log) and CAPI2's, as an aggregate. */
      events: v.nullish(logFact),
    },
    expected('an object with windowsUpdate, cbs and events'),
  ),
  /** The setup logs (the section keeps the name snapshots have carried since 0.1.0). */
  logs: v.object(
    {
      setup: v.optional(
        v.pipe(v.array(setupLogFact, expected('a list of setup logs')), maxItems<SetupLogFact>('a list', 100)),
      ),
    },
    expected('an object'),
  ),
};
