import { formatHex32Padded } from '../core/hex';
import { TICKS_PER_SECOND, UNIX_EPOCH_TICKS } from '../core/time';

/**
 * .NET Framework / KB setup logs (%TEMP%\KB<number>.html; FACTS.md 6.2): signature verification
 * failures and the final result. The message text is localized, so only codes and file names
 * are matched.
 */
export interface SetupLogEvent {
  kind: 'SignatureVerificationFailed' | 'FinalResult' | 'ErrorCode';
  code: string;
  file: string | null;
  line: string;
  /**
   * The line's own time stamp ([M/D/YYYY, H:MM:SS], FACTS.md 6.2) as FILETIME ticks, read as UTC:
   * the log writes the machine's local time without a zone, so it may be off by up to 14 hours.
   * Null when the line has no stamp in that form.
   */
  ticks: bigint | null;
}

const STAMP = /^\[(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{1,2}):(\d{2}):(\d{2})\]/;

/** The time stamp at the start of a setup-log line, or null. */
export function stampTicks(line: string): bigint | null {
  const m = STAMP.exec(line);
  if (m === null) return null;
  const [month, day, year, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59 || year < 1601)
    return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (!Number.isFinite(ms) || new Date(ms).getUTCDate() !== day) return null;
  return UNIX_EPOCH_TICKS + BigInt(ms / 1000) * TICKS_PER_SECOND;
}

const SIGNATURE = /Signature verification for file (\S+) .*failed with error (0x[0-9a-fA-F]{8})/;
const FINAL = /Final Result: .*\((0x[0-9a-fA-F]{8})\)/;
const DECIMAL = /\(Error = (-?\d{1,10})\)/;

function toHresult(decimal: string): string {
  const n = Number(decimal);
  return formatHex32Padded(n < 0 ? n + 0x100000000 : n);
}

export function parseSetupLogLines(lines: readonly string[]): SetupLogEvent[] {
  const events: SetupLogEvent[] = [];
  for (const raw of lines) {
    if (typeof raw !== 'string') continue;
    const line = raw.length > 2000 ? raw.substring(0, 2000) : raw;
    const signature = SIGNATURE.exec(line);
    if (signature) {
      events.push({
        kind: 'SignatureVerificationFailed',
        code: (signature[2] as string).toUpperCase().replace('0X', '0x'),
        file: signature[1] as string,
        line,
        ticks: stampTicks(line),
      });
      continue;
    }
    const final = FINAL.exec(line);
    if (final) {
      events.push({
        kind: 'FinalResult',
        code: (final[1] as string).toUpperCase().replace('0X', '0x'),
        file: null,
        line,
        ticks: stampTicks(line),
      });
      continue;
    }
    const decimal = DECIMAL.exec(line);
    if (decimal) {
      events.push({
        kind: 'ErrorCode',
        code: toHresult(decimal[1] as string),
        file: null,
        line,
        ticks: stampTicks(line),
      });
    }
  }
  return events;
}

/** CERT_E_REVOCATION_FAILURE and TRUST_E_FAIL: the codes seed 002 shows for this family (FACTS.md 5.4). */
export const WINTRUST_FAILURE_CODES: ReadonlySet<string> = new Set(['0x800B010E', '0x800B010B']);

/** Well-known profiles whose TEMP folder a path is in (D3): SYSTEM, NetworkService, LocalService. */
const PROFILE_OF_PATH: readonly { pattern: RegExp; sid: string }[] = [
  { pattern: /^[A-Za-z]:\\Windows\\Temp\\/i, sid: 'S-1-5-18' },
  { pattern: /\\System32\\config\\systemprofile\\/i, sid: 'S-1-5-18' },
  { pattern: /\\ServiceProfiles\\NetworkService\\/i, sid: 'S-1-5-20' },
  { pattern: /\\ServiceProfiles\\LocalService\\/i, sid: 'S-1-5-19' },
];

/**
 * The SID of the profile whose TEMP holds a log: what the collector recorded, else a well-known
 * service profile read from the path; null when unknown (then the log supports no hive's finding).
 */
export function profileSidOf(log: { sid?: string | null | undefined; path?: string | undefined }): string | null {
  if (typeof log.sid === 'string') return log.sid;
  const path = log.path ?? '';
  for (const p of PROFILE_OF_PATH) if (p.pattern.test(path)) return p.sid;
  return null;
}
