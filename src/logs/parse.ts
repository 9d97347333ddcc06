/**
 * Update-log lines (FACTS.md 6.1, 6.3) as events: WindowsUpdate.log as Get-WindowsUpdateLog writes
 * it (and the legacy tab-separated form), and CBS.log. A line that is not in any known form is
 * counted, never an exception: logs arrive cut, re-encoded and mixed.
 */
import { TICKS_PER_SECOND, UNIX_EPOCH_TICKS } from '../core/time';

export type LogSource = 'WindowsUpdate' | 'Cbs';

export interface LogEvent {
  source: LogSource;
  /** FILETIME ticks of the line's time stamp (local time of the machine, as logged), or null. */
  ticks: bigint | null;
  component: string;
  /** The HRESULT the line names, as 8 upper-case hex digits, or null. */
  code: string | null;
  kind: 'Failed' | 'Fatal' | 'Warning' | 'Success' | 'Info';
  /** The host of a URL in the line, lower-case, or null. */
  host: string | null;
  /** A marker worth its own name (GetDownloadedOnWeakSSLCert, retrying with default proxy). */
  marker: string | null;
  /** How PID and TID were read: Get-WindowsUpdateLog prints decimal, the legacy log hex (FACTS.md 8.7). */
  radix: 'decimal' | 'hex' | 'either' | null;
  line: string;
}

const MAX_LINE = 4096;
const ETW =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?\s+([0-9A-Fa-f]{1,8})\s+([0-9A-Fa-f]{1,8})\s+(\S+)\s+(.*)$/;
const LEGACY =
  /^(\d{4})-(\d{2})-(\d{2})\t(\d{2}):(\d{2}):(\d{2}):(\d{3})\t\s*([0-9A-Fa-f]+)\t\s*([0-9A-Fa-f]+)\t(\S+)\t(.*)$/;
const CBS = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),\s+(\w+)\s+(\S+)\s+(.*)$/;

const FAILED = /\*FAILED\*\s*\[([0-9A-Fa-f]{8})\]/;
const WITH_CODE = /\bwith \[([0-9A-Fa-f]{8})\]/;
const HR = /\b(?:hr|HRESULT)\s*=\s*(?:0x)?([0-9A-Fa-f]{8})\b/i;
const HEX_CODE = /\b0x([0-9A-Fa-f]{8})\b/;
const URL = /\bhttps?:\/\/([A-Za-z0-9.-]{1,253})/i;
const MARKERS = ['GetDownloadedOnWeakSSLCert', 'retrying with default proxy'];

/** Ticks of a wall-clock time; null for an impossible date. */
function ticksOf(y: string, mo: string, d: string, h: string, mi: string, s: string, fraction: string): bigint | null {
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  if (check.getUTCDate() !== day) return null;
  const frac = BigInt((fraction + '0000000').substring(0, 7));
  return BigInt(ms) * 10_000n + UNIX_EPOCH_TICKS + frac;
}

function codeIn(text: string): string | null {
  const m = FAILED.exec(text) ?? WITH_CODE.exec(text) ?? HR.exec(text) ?? HEX_CODE.exec(text);
  return m === null ? null : (m[1] as string).toUpperCase();
}

function details(text: string): { code: string | null; host: string | null; marker: string | null } {
  const url = URL.exec(text);
  return {
    code: codeIn(text),
    host: url === null ? null : (url[1] as string).toLowerCase(),
    marker: MARKERS.find((m) => text.includes(m)) ?? null,
  };
}

function kindOf(text: string, code: string | null): LogEvent['kind'] {
  if (text.includes('*FAILED*')) return 'Failed';
  if (/\bFATAL\b/.test(text)) return 'Fatal';
  if (/\bWARNING\b/.test(text)) return 'Warning';
  if (code === '00000000') return 'Success';
  return code !== null && code.startsWith('8') ? 'Failed' : 'Info';
}

/** One WindowsUpdate.log line (either form) as an event, or null when it is in neither. */
export function parseWindowsUpdateLine(raw: string): LogEvent | null {
  const line = raw.length > MAX_LINE ? raw.substring(0, MAX_LINE) : raw.replace(/[\r\n\u0000]+$/g, '');
  let m = ETW.exec(line);
  if (m !== null) {
    const [, y, mo, d, h, mi, s, f, pid, tid, component, message] = m as unknown as string[];
    const hexDigits = /[A-Fa-f]/.test((pid as string) + (tid as string));
    const d2 = details(message as string);
    return {
      source: 'WindowsUpdate',
      ticks: ticksOf(y as string, mo as string, d as string, h as string, mi as string, s as string, f ?? ''),
      component: component as string,
      ...d2,
      kind: kindOf(message as string, d2.code),
      radix: hexDigits ? 'hex' : 'either',
      line,
    };
  }
  m = LEGACY.exec(line);
  if (m !== null) {
    const [, y, mo, d, h, mi, s, ms, , , component, message] = m as unknown as string[];
    const d2 = details(message as string);
    return {
      source: 'WindowsUpdate',
      ticks: ticksOf(y as string, mo as string, d as string, h as string, mi as string, s as string, ms as string),
      component: component as string,
      ...d2,
      kind: kindOf(message as string, d2.code),
      radix: 'hex',
      line,
    };
  }
  return null;
}

/** One CBS.log line as an event, or null. */
export function parseCbsLine(raw: string): LogEvent | null {
  const line = raw.length > MAX_LINE ? raw.substring(0, MAX_LINE) : raw.replace(/[\r\n\u0000]+$/g, '');
  const m = CBS.exec(line);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, level, component, message] = m as unknown as string[];
  const d2 = details(message as string);
  const lower = (level as string).toLowerCase();
  return {
    source: 'Cbs',
    ticks: ticksOf(y as string, mo as string, d as string, h as string, mi as string, s as string, ''),
    component: component as string,
    ...d2,
    kind:
      lower === 'error' || (d2.code !== null && d2.code.startsWith('8') && /fail/i.test(message as string))
        ? 'Failed'
        : lower === 'warning'
          ? 'Warning'
          : 'Info',
    radix: null,
    line,
  };
}

export const parseLine = (source: LogSource, line: string) =>
  source === 'Cbs' ? parseCbsLine(line) : parseWindowsUpdateLine(line);

export { TICKS_PER_SECOND };
