/** The update-log family (#12): the failure timeline of WindowsUpdate.log and CBS.log. */
import * as v from 'valibot';
import { command, defineFamily } from '../core/family';
import { requestObject } from '../core/request';
import { expected, maxChars, text } from '../snapshot/schema';
import { FAMILY_ID, LOG_CATALOGUE, LOG_CHECKS } from './catalogue';
import { diagnoseLogs } from './diagnose';
import { type LogAggregateFact, logAggregate, logSections } from './section';
import { type LogAggregate, aggregateLines, emptyAggregate } from './timeline';

export const logsFamily = defineFamily({
  id: FAMILY_ID,
  sections: logSections,
  catalogue: LOG_CATALOGUE,
  checks: LOG_CHECKS,
  diagnose: diagnoseLogs,
  commands: {
    /**
     * { source, aggregate?, lines } -> the aggregate with these lines added. A collector feeds a log
     * through it in batches of pre-filtered lines; the result is bounded whatever the log's size.
     */
    aggregateUpdateLog: command(
      requestObject('aggregateUpdateLog', {
        source: v.picklist(['WindowsUpdate', 'Cbs'], expected('WindowsUpdate or Cbs')),
        aggregate: v.nullish(logAggregate),
        lines: v.pipe(
          v.array(v.pipe(text(), maxChars('a line', 1_000_000)), expected('a list of lines')),
          v.maxLength(100_000, expected('at most 100000 lines per batch')),
        ),
      }),
      (r) =>
        aggregateLines(
          (r.aggregate as LogAggregateFact | null | undefined as LogAggregate | null | undefined) ??
            emptyAggregate(r.source),
          r.lines,
        ),
    ),
  },
});
