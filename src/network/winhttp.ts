/**
 * The WinHTTP proxy as Windows Update's client sees it (#11, first step; FACTS.md 4.1 and 4.3):
 * the WinHttpSettings blob decoded with both header forms and bounds checks, and the proxy that
 * applies to a host after the bypass list. Pure functions over bytes and text; the network family
 * will read the raw bytes from its snapshot section and make findings from what these return.
 */

export interface WinHttpSettings {
  /** What WinHTTP does with it: Direct, or a named Proxy (flags 0x2 with a proxy string). */
  mode: 'Direct' | 'Proxy';
  /** Offset 0: 0x18 (Wine, Microsoft's documented direct blob) or 0x28 (proxyconf); both accepted. */
  magic: number;
  /** Offset 4: 0 in every source; a counter here is UNVERIFIED. */
  counter: number;
  /** Offset 8: 0x1 direct, 0x2 named proxy, 0x4 PAC script, 0x8 autodetect (Wine's constants). */
  flags: number;
  proxy: string;
  bypass: string;
  /** What is unusual but readable (an unknown magic, a counter, trailing bytes), in words. */
  notes: string[];
}

export type WinHttpDecoded = { ok: true; settings: WinHttpSettings } | { ok: false; why: string };

const KNOWN_MAGIC = [0x18, 0x28];

function dword(bytes: readonly number[], at: number): number {
  return (
    ((bytes[at] as number) |
      ((bytes[at + 1] as number) << 8) |
      ((bytes[at + 2] as number) << 16) |
      ((bytes[at + 3] as number) << 24)) >>>
    0
  );
}

/** An ASCII string of `length` bytes at `at`, or why it is not one. */
function ascii(bytes: readonly number[], at: number, length: number, what: string): string | { why: string } {
  let text = '';
  for (let i = at; i < at + length; i++) {
    const b = bytes[i] as number;
    if (b > 0x7f)
      return {
        why: `the ${what} holds byte 0x${b.toString(16).toUpperCase()} at offset ${i}; WinHTTP stores ASCII only`,
      };
    text += String.fromCharCode(b);
  }
  return text;
}

/** A length-prefixed ASCII string at `at`: its text and where the next field starts, or why not. */
function lengthPrefixed(
  bytes: readonly number[],
  at: number,
  what: string,
  requireAfter: number,
): { text: string; next: number } | { why: string } {
  if (at + 4 > bytes.length) {
    return { why: `the value is ${bytes.length} bytes; the ${what} length at offset ${at} is missing` };
  }
  const length = dword(bytes, at);
  if (at + 4 + length + requireAfter > bytes.length) {
    return { why: `the ${what} length ${length} at offset ${at} runs past the value's ${bytes.length} bytes` };
  }
  const value = ascii(bytes, at + 4, length, what);
  if (typeof value !== 'string') return value;
  return { text: value, next: at + 4 + length };
}

function headerNotes(
  magic: number,
  known: readonly number[],
  counter: number,
  counterIsChangeCount: boolean,
): string[] {
  const notes: string[] = [];
  if (!known.includes(magic)) {
    const names = known.map((k) => '0x' + k.toString(16).toUpperCase()).join(' or ');
    notes.push(
      `the first DWORD is 0x${magic.toString(16).toUpperCase()}, not ${names} (sources disagree on it; read anyway)`,
    );
  }
  if (counter !== 0 && !counterIsChangeCount)
    notes.push(`the second DWORD is ${counter}, where every source writes 0 (a counter here is UNVERIFIED)`);
  return notes;
}

/**
 * Decodes a WinHttpSettings value: header (magic, counter, flags), then a length-prefixed proxy
 * string and a length-prefixed bypass list. Every length is checked against the value's size.
 */
export function decodeWinHttpSettings(bytes: readonly number[]): WinHttpDecoded {
  if (bytes.length < 12) return { ok: false, why: `the value is ${bytes.length} bytes; the header alone is 12` };
  const magic = dword(bytes, 0);
  const counter = dword(bytes, 4);
  const flags = dword(bytes, 8);
  const proxy = lengthPrefixed(bytes, 12, 'proxy string', 4);
  if ('why' in proxy) return { ok: false, why: proxy.why.replace('proxy string length', 'proxy length') };
  const bypass = lengthPrefixed(bytes, proxy.next, 'bypass list', 0);
  if ('why' in bypass) return { ok: false, why: bypass.why.replace('bypass list length', 'bypass length') };
  const notes = headerNotes(magic, KNOWN_MAGIC, counter, false);
  if (bypass.next < bytes.length) notes.push(`${bytes.length - bypass.next} byte(s) follow the bypass list`);
  const mode = (flags & 0x2) !== 0 && proxy.text.trim() !== '' ? 'Proxy' : 'Direct';
  return { ok: true, settings: { mode, magic, counter, flags, proxy: proxy.text, bypass: bypass.text, notes } };
}

/** WinINET's connection settings: the WinHTTP fields plus an auto-config (PAC) URL and autodetect. */
export interface WinInetSettings extends Omit<WinHttpSettings, 'mode'> {
  /** Proxy when a manual proxy is on; AutoConfig/AutoDetect when only those are; else Direct. */
  mode: 'Direct' | 'Proxy' | 'AutoConfig' | 'AutoDetect';
  autoConfigUrl: string;
  autoDetect: boolean;
}

export type WinInetDecoded = { ok: true; settings: WinInetSettings } | { ok: false; why: string };

/**
 * Version DWORDs seen in DefaultConnectionSettings: 0x46 (Wine's WININET_SETTINGS_MAGIC, FACTS.md
 * 4.1) and 0x3C (older Internet Explorer, as reported by third parties; UNVERIFIED). The second
 * DWORD is WinINET's change counter (proxyconf documents it), not a fault.
 */
const KNOWN_WININET_MAGIC = [0x46, 0x3c];

/**
 * Decodes a WinINET DefaultConnectionSettings value: the same header and length-prefixed proxy
 * and bypass strings as WinHttpSettings, then a length-prefixed auto-config URL; what follows
 * (WinINET's record of its last autodetection) is not read. Flags (Wine): 0x2 manual proxy,
 * 0x4 auto-config URL, 0x8 autodetect.
 */
export function decodeWinInetSettings(bytes: readonly number[]): WinInetDecoded {
  if (bytes.length < 12) return { ok: false, why: `the value is ${bytes.length} bytes; the header alone is 12` };
  const magic = dword(bytes, 0);
  const counter = dword(bytes, 4);
  const flags = dword(bytes, 8);
  const proxy = lengthPrefixed(bytes, 12, 'proxy string', 4);
  if ('why' in proxy) return { ok: false, why: proxy.why };
  const bypass = lengthPrefixed(bytes, proxy.next, 'bypass list', 0);
  if ('why' in bypass) return { ok: false, why: bypass.why };
  // Some writers end the value after the bypass list; an absent URL is an empty one.
  const url = bypass.next + 4 <= bytes.length ? lengthPrefixed(bytes, bypass.next, 'auto-config URL', 0) : null;
  if (url !== null && 'why' in url) return { ok: false, why: url.why };
  const notes = headerNotes(magic, KNOWN_WININET_MAGIC, counter, true);
  const autoConfigUrl = url === null ? '' : url.text;
  const autoDetect = (flags & 0x8) !== 0;
  const mode =
    (flags & 0x2) !== 0 && proxy.text.trim() !== ''
      ? 'Proxy'
      : (flags & 0x4) !== 0 && autoConfigUrl !== ''
        ? 'AutoConfig'
        : autoDetect
          ? 'AutoDetect'
          : 'Direct';
  return {
    ok: true,
    settings: { mode, magic, counter, flags, proxy: proxy.text, bypass: bypass.text, notes, autoConfigUrl, autoDetect },
  };
}

/** Entries of a proxy or bypass list: separated by ';' or whitespace (WINHTTP_PROXY_INFO). */
function entries(list: string): string[] {
  return list.split(/[;\s]+/).filter((e) => e !== '');
}

/** Whether a bypass entry matches a host: <local>, '*' wildcards, otherwise the exact name (FACTS 4.3). */
export function bypassMatches(entry: string, host: string): boolean {
  const name = host.toLowerCase();
  const pattern = entry.toLowerCase();
  if (pattern === '<local>') return !name.includes('.');
  if (!pattern.includes('*')) return pattern === name;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(name);
}

/**
 * The proxy WinHTTP uses for a host and scheme: null when it goes direct (no proxy, or a bypass
 * entry matches). A list with per-scheme entries ("http=p1;https=p2:88") gives the scheme's entry,
 * then an entry without a scheme.
 */
export function proxyFor(
  settings: { mode: string; proxy: string; bypass: string },
  host: string,
  scheme: 'http' | 'https',
): string | null {
  if (settings.mode !== 'Proxy') return null;
  if (entries(settings.bypass).some((e) => bypassMatches(e, host))) return null;
  const list = entries(settings.proxy).map((e) => {
    const at = e.indexOf('=');
    return at < 0
      ? { scheme: null, server: e }
      : { scheme: e.substring(0, at).toLowerCase(), server: e.substring(at + 1) };
  });
  const chosen = list.find((e) => e.scheme === scheme) ?? list.find((e) => e.scheme === null);
  if (chosen === undefined) return null;
  return chosen.server.replace(/^[a-z]+:\/\//i, '');
}
