import { formatHex32Padded } from '../core/hex';

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
      });
      continue;
    }
    const decimal = DECIMAL.exec(line);
    if (decimal) {
      events.push({ kind: 'ErrorCode', code: toHresult(decimal[1] as string), file: null, line });
    }
  }
  return events;
}

/** CERT_E_REVOCATION_FAILURE and TRUST_E_FAIL: the codes seed 002 shows for this family (FACTS.md 5.4). */
export const WINTRUST_FAILURE_CODES: ReadonlySet<string> = new Set(['0x800B010E', '0x800B010B']);
