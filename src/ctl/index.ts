/** The CTL-sync family: its sections, catalogue, diagnosis and commands. */
import * as v from 'valibot';
import { EngineError } from '../core/errors';
import { command, defineFamily } from '../core/family';
import { requestObject } from '../core/request';
import { TICKS_PER_SECOND, formatTicks, parseIsoToTicks } from '../core/time';
import { decodeFact, filetimeDecoder, statusText } from '../snapshot/registry';
import { registryValueFact } from '../snapshot/schema';
import { CTL_CATALOGUE, CTL_CHECKS, FAMILY_ID } from './catalogue';
import { diagnoseCtl } from './diagnose';
import { ctlSections } from './section';

const needsNow = (command: string) => `${command} needs "now" as an ISO-8601 UTC time.`;
const nowField = (command: string) => v.string(needsNow(command));

function nowOf(text: string, command: string): bigint {
  const now = parseIsoToTicks(text);
  if (now === null) throw new EngineError('InvalidRequest', needsNow(command));
  return now;
}

/**
 * How far a sync time may lie after the caller's "now" and still count when judging a resync: the
 * registry is read and the clock taken a moment apart, and CryptSvc writes its own clock's time.
 */
const RESYNC_CLOCK_TOLERANCE_TICKS = 300n * TICKS_PER_SECOND;

export const ctlFamily = defineFamily({
  id: FAMILY_ID,
  sections: ctlSections,
  catalogue: CTL_CATALOGUE,
  checks: CTL_CHECKS,
  diagnose: diagnoseCtl,
  commands: {
    /** Decodes one registry FILETIME value fact: { "fact": {type, hex, status}, "now": iso }. */
    decodeFiletime: command(
      requestObject('decodeFiletime', { fact: registryValueFact, now: nowField('decodeFiletime') }),
      (r) => {
        const now = nowOf(r.now, 'decodeFiletime');
        if (r.fact.status === 'NotFound') return { kind: 'Absent', reason: 'the value does not exist' };
        if (r.fact.status !== 'Ok' && r.fact.status !== 'Malformed') {
          return { kind: 'Unavailable', reason: `the value could not be read (${statusText(r.fact)})` };
        }
        const decoded = decodeFact(r.fact, filetimeDecoder(now));
        return decoded.kind === 'Ok'
          ? { kind: 'Ok', utc: decoded.value.utc, ticks: decoded.value.ticks.toString(), now: formatTicks(now) }
          : { kind: 'Malformed', reason: decoded.why };
      },
    ),
    /**
     * { before, after, now } -> whether DisallowedCertLastSyncTime advanced between two reads of the
     * HKLM value (Repair-WuAutoUpdateAcl -Resync). A value that is absent or malformed never counts.
     */
    judgeCtlResync: command(
      requestObject('judgeCtlResync', {
        before: v.nullish(registryValueFact),
        after: v.nullish(registryValueFact),
        now: nowField('judgeCtlResync'),
      }),
      (r) => {
        const limit = nowOf(r.now, 'judgeCtlResync') + RESYNC_CLOCK_TOLERANCE_TICKS;
        const read = (fact: typeof r.before) => {
          if (fact === null || fact === undefined || fact.status !== 'Ok') return null;
          const decoded = decodeFact(fact, filetimeDecoder(limit));
          return decoded.kind === 'Ok' ? decoded.value : null;
        };
        const before = read(r.before);
        const after = read(r.after);
        const advanced = after !== null && (before === null || after.ticks > before.ticks);
        return { advanced, before: before?.utc ?? null, after: after?.utc ?? null };
      },
    ),
  },
});
