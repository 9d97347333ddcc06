/**
 * Update-log lines (FACTS.md 6.1, 6.3) as events: WindowsUpdate.log as Get-WindowsUpdateLog writes
 * it (and the legacy tab-separated form), and CBS.log. A line that is not in any known form is
 * counted, never an exception: logs arrive cut, re-encoded and mixed.
 */
import { TICKS_PER_SECOND, UNIX_EPOCH_TICKS } from '../core/time';

export type LogSource = 'WindowsUpdate' | 'Cbs' | 'Events';

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

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Math.min(parseInt(e.substring(2), 16), 0x10ffff));
    if (e.startsWith('#')) return String.fromCodePoint(Math.min(parseInt(e.substring(1), 10), 0x10ffff));
    return XML_ENTITIES[e] ?? '';
  });
const EVENT_ID = /<EventID(?:\s[^>]*)?>(\d{1,5})<\/EventID>/;
const PROVIDER = /<Provider\s[^>]*Name=['"]([^'"]{1,200})['"]/;
const TIME = /<TimeCreated\s[^>]*SystemTime=['"](\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z?['"]/;
const DATA = /<Data\s+Name=['"]([A-Za-z0-9_]{1,64})['"]\s*>([^<]{0,2000})<\/Data>/g;
const EVENT_CODE_FIELDS = ['errorCode', 'ErrorCode', 'Result', 'result', 'hr', 'HResult'];

/**
 * One event as Get-WinEvent's ToXml() writes it (Windows Update client events 20, 25, 31; CAPI2):
 * the event ID, provider, time and the EventData fields; the code from errorCode or the like
 * (hex or signed decimal). The line kept is a short text, not the XML.
 */
export function parseEventXml(raw: string): LogEvent | null {
  const xml = raw.length > 65536 ? raw.substring(0, 65536) : raw;
  const id = EVENT_ID.exec(xml);
  if (id === null) return null;
  const provider = PROVIDER.exec(xml)?.[1] ?? 'unknown';
  const t = TIME.exec(xml);
  const ticks =
    t === null
      ? null
      : ticksOf(
          t[1] as string,
          t[2] as string,
          t[3] as string,
          t[4] as string,
          t[5] as string,
          t[6] as string,
          (t[7] ?? '').substring(0, 7),
        );
  const data: Record<string, string> = {};
  for (const m of xml.matchAll(DATA)) data[m[1] as string] = unescapeXml((m[2] as string).trim());
  let code: string | null = null;
  for (const field of EVENT_CODE_FIELDS) {
    const value = data[field];
    if (value === undefined) continue;
    const hex = /^(?:0x)?([0-9A-Fa-f]{8})$/.exec(value);
    if (hex !== null) code = (hex[1] as string).toUpperCase();
    else if (/^-?\d{1,10}$/.test(value)) code = (Number(value) >>> 0).toString(16).toUpperCase().padStart(8, '0');
    if (code !== null) break;
  }
  const title = data['updateTitle'] ?? data['UpdateTitle'] ?? '';
  const eventId = id[1] as string;
  const component = `${provider.replace(/^Microsoft-Windows-/, '')}/${eventId}`;
  const line =
    `Event ${eventId} ${provider}${code !== null ? ' 0x' + code : ''}${title !== '' ? ': ' + title : ''}`.substring(
      0,
      4096,
    );
  const failed = code !== null && code.startsWith('8');
  return {
    source: 'Events',
    ticks,
    component,
    code,
    kind: failed ? 'Failed' : code === '00000000' ? 'Success' : 'Info',
    host: null,
    marker: null,
    radix: null,
    line,
  };
}

export const parseLine = (source: LogSource, line: string) =>
  source === 'Cbs' ? parseCbsLine(line) : source === 'Events' ? parseEventXml(line) : parseWindowsUpdateLine(line);

export { TICKS_PER_SECOND };
