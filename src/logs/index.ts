/** The update-log family (#12): the failure timeline of WindowsUpdate.log, CBS.log, the update events and the .NET/KB setup logs. */
import * as v from 'valibot';
import { decodeCode } from '../codes/decode';
import { EngineError } from '../core/errors';
import { command, defineFamily } from '../core/family';
import { formatTicks, parseIsoToTicks } from '../core/time';
import { requestObject } from '../core/request';
import { expected, maxChars, text } from '../snapshot/schema';
import { FAMILY_ID, LOG_CATALOGUE, LOG_CHECKS } from './catalogue';
import { diagnoseLogs } from './diagnose';
import { logAggregate, logSections } from './section';
import { parseSetupLogLines } from './setupLog';
import { aggregateLines, emptyAggregate, normalizeAggregate } from './timeline';

export const logsFamily = defineFamily({
  id: FAMILY_ID,
  sections: logSections,
  catalogue: LOG_CATALOGUE,
  checks: LOG_CHECKS,
  diagnose: diagnoseLogs,
  commands: {
    /** { lines: string[] } -> signature failures and result codes found in .NET/KB setup log lines. */
    parseSetupLog: command(
      requestObject('parseSetupLog', {
        lines: v.array(
          v.string('"parseSetupLog" needs "lines": a list of strings.'),
          '"parseSetupLog" needs "lines": a list of strings.',
        ),
      }),
      (r) => ({
        events: parseSetupLogLines(r.lines).map(({ ticks, ...e }) => ({
          ...e,
          time: ticks === null ? null : formatTicks(ticks),
        })),
      }),
    ),
    /**
     * { source, aggregate?, lines } -> the aggregate with these lines added. A collector feeds a log
     * through it in batches of pre-filtered lines; the result is bounded whatever the log's size.
     */
    aggregateUpdateLog: command(
      requestObject('aggregateUpdateLog', {
        source: v.picklist(['WindowsUpdate', 'Cbs', 'Events'], expected('WindowsUpdate, Cbs or Events')),
        aggregate: v.nullish(logAggregate),
        lines: v.pipe(
          v.array(v.pipe(text(), maxChars('a line', 1_000_000)), expected('a list of lines')),
          v.maxLength(100_000, expected('at most 100000 lines per batch')),
        ),
      }),
      (r) =>
        aggregateLines(
          r.aggregate === undefined || r.aggregate === null
            ? emptyAggregate(r.source)
            : normalizeAggregate(r.aggregate),
          r.lines,
        ),
    ),
    /**
     * { aggregate, since? } -> the failure timeline: each distinct failure with its code's names,
     * meaning and (for the trust codes) cause and checks, by first time; -Since keeps those whose
     * latest line is at or after it.
     */
    failureTimeline: command(
      requestObject('failureTimeline', { aggregate: logAggregate, since: v.nullish(text()) }),
      (r) => {
        const since = r.since === undefined || r.since === null ? null : parseIsoToTicks(r.since);
        if (r.since !== undefined && r.since !== null && since === null) {
          throw new EngineError(
            'InvalidRequest',
            '"since" must be an ISO-8601 time with a zone, such as 2026-11-01T00:00:00Z.',
          );
        }
        const aggregate = normalizeAggregate(r.aggregate);
        const rows = aggregate.failures
          .filter((g) => since === null || (g.last !== null && (parseIsoToTicks(g.last) ?? 0n) >= since))
          .map((g) => {
            const decoded = g.code === null ? null : decodeCode(`0x${g.code}`);
            return {
              first: g.first,
              last: g.last,
              count: g.count,
              code: decoded === null ? null : decoded.hresult,
              names: decoded === null ? [] : decoded.names.map((n) => n.name),
              meaning: decoded === null ? null : (decoded.names[0]?.meaning ?? decoded.summary),
              cause: decoded?.trust?.cause ?? null,
              checks: decoded?.trust?.checks ?? [],
              component: g.component,
              host: g.host,
              marker: g.marker,
              lines: g.lines,
            };
          })
          .sort((a, b) => ((a.first ?? '') < (b.first ?? '') ? -1 : (a.first ?? '') > (b.first ?? '') ? 1 : 0));
        return {
          source: aggregate.source,
          linesSeen: aggregate.linesSeen,
          linesUnparsed: aggregate.linesUnparsed,
          radix:
            aggregate.radix.hex > 0
              ? 'PID/TID hold hex digits: read as hex'
              : aggregate.radix.either > 0
                ? 'PID/TID read as decimal (as Get-WindowsUpdateLog prints them); hex would be equally valid (FACTS 8.7)'
                : null,
          rows,
        };
      },
    ),
  },
});
