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

/**
 * Decodes a WinHttpSettings value: header (magic, counter, flags), then a length-prefixed proxy
 * string and a length-prefixed bypass list. Every length is checked against the value's size.
 */
export function decodeWinHttpSettings(bytes: readonly number[]): WinHttpDecoded {
  if (bytes.length < 12) return { ok: false, why: `the value is ${bytes.length} bytes; the header alone is 12` };
  const magic = dword(bytes, 0);
  const counter = dword(bytes, 4);
  const flags = dword(bytes, 8);
  if (bytes.length < 16)
    return { ok: false, why: `the value is ${bytes.length} bytes; the proxy length at offset 12 is missing` };
  const proxyLength = dword(bytes, 12);
  if (16 + proxyLength + 4 > bytes.length) {
    return {
      ok: false,
      why: `the proxy length ${proxyLength} at offset 12 runs past the value's ${bytes.length} bytes`,
    };
  }
  const proxy = ascii(bytes, 16, proxyLength, 'proxy string');
  if (typeof proxy !== 'string') return { ok: false, why: proxy.why };
  const bypassAt = 16 + proxyLength;
  const bypassLength = dword(bytes, bypassAt);
  if (bypassAt + 4 + bypassLength > bytes.length) {
    return {
      ok: false,
      why: `the bypass length ${bypassLength} at offset ${bypassAt} runs past the value's ${bytes.length} bytes`,
    };
  }
  const bypass = ascii(bytes, bypassAt + 4, bypassLength, 'bypass list');
  if (typeof bypass !== 'string') return { ok: false, why: bypass.why };
  const notes: string[] = [];
  if (!KNOWN_MAGIC.includes(magic)) {
    notes.push(
      `the first DWORD is 0x${magic.toString(16).toUpperCase()}, not 0x18 or 0x28 (sources disagree on it; read anyway)`,
    );
  }
  if (counter !== 0)
    notes.push(`the second DWORD is ${counter}, where every source writes 0 (a counter here is UNVERIFIED)`);
  const end = bypassAt + 4 + bypassLength;
  if (end < bytes.length) notes.push(`${bytes.length - end} byte(s) follow the bypass list`);
  const mode = (flags & 0x2) !== 0 && proxy.trim() !== '' ? 'Proxy' : 'Direct';
  return { ok: true, settings: { mode, magic, counter, flags, proxy, bypass, notes } };
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
export function proxyFor(settings: WinHttpSettings, host: string, scheme: 'http' | 'https'): string | null {
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
