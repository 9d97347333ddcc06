/**
 * Registry facts as decisions see them: lookups that say why a value is missing, and decoders that
 * say why a value is not what Windows accepts. Every family reads the registry through these.
 */
import { hexToBytes, isHex, readHexLE } from '../core/hex';
import { MAX_FILETIME_TICKS, formatTicks } from '../core/time';
import type { RegistryKeyFact, RegistryValueFact } from './schema';

/**
 * A registry value as a decision sees it. `Absent` = the value (or its key) does not exist;
 * `Unavailable` = it could not be read, so nothing may be concluded from it; `Malformed` = it
 * exists but is not what Windows accepts (wrong type, wrong length, impossible time).
 */
export type Decoded<T> =
  | { kind: 'Ok'; value: T; fact: RegistryValueFact }
  | { kind: 'Absent'; why: string }
  | { kind: 'Unavailable'; why: string }
  | { kind: 'Malformed'; why: string; fact: RegistryValueFact };

export type Lookup = { kind: 'Found'; fact: RegistryValueFact } | Exclude<Decoded<never>, { kind: 'Ok' | 'Malformed' }>;

type KeyFact = RegistryKeyFact | null | undefined;

/** "AccessDenied: message" or "AccessDenied": a status with its message, for reasons. */
export function statusText(fact: { status: string; message?: string | undefined }): string {
  return `${fact.status}${fact.message ? ': ' + fact.message : ''}`;
}

/** Finds a value's fact in a key's fact, or says why there is none. */
export function lookupValue(key: KeyFact, name: string): Lookup {
  if (key === undefined || key === null) {
    return { kind: 'Unavailable', why: 'not collected' };
  }
  if (key.status === 'NotFound') {
    return { kind: 'Absent', why: 'the key does not exist' };
  }
  if (key.status !== 'Ok') {
    return { kind: 'Unavailable', why: `the key could not be read (${statusText(key)})` };
  }
  const values = key.values;
  const fact = values !== undefined && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
  if (fact === undefined || fact.status === 'NotFound') {
    return { kind: 'Absent', why: 'the value does not exist' };
  }
  if (fact.status !== 'Ok' && fact.status !== 'Malformed') {
    return { kind: 'Unavailable', why: `the value could not be read (${statusText(fact)})` };
  }
  return { kind: 'Found', fact };
}

type Decoder<T> = (fact: RegistryValueFact) => { value: T } | { why: string };

/** Decodes one found value fact; a fact the collector marked Malformed stays malformed. */
export function decodeFact<T>(fact: RegistryValueFact, decode: Decoder<T>): Decoded<T> {
  if (fact.status === 'Malformed') {
    return { kind: 'Malformed', why: fact.message ?? 'the collector could not read the data', fact };
  }
  const result = decode(fact);
  return 'value' in result ? { kind: 'Ok', value: result.value, fact } : { kind: 'Malformed', why: result.why, fact };
}

function decodeWith<T>(key: KeyFact, name: string, decode: Decoder<T>): Decoded<T> {
  const found = lookupValue(key, name);
  return found.kind === 'Found' ? decodeFact(found.fact, decode) : found;
}

function rawBytes(fact: RegistryValueFact): number[] | null {
  return typeof fact.hex === 'string' ? hexToBytes(fact.hex) : null;
}

/** The value's data as checked hex (whole bytes), or null when it is missing or not hex. */
function rawHex(fact: RegistryValueFact): string | null {
  return typeof fact.hex === 'string' && isHex(fact.hex) ? fact.hex : null;
}

export interface FiletimeValue {
  ticks: bigint;
  utc: string;
}

/**
 * A FILETIME as crypt32 accepts it (FACTS.md 2.1, I_CertGetAutoUpdateLastSyncTime): REG_BINARY,
 * exactly 8 bytes, little-endian, UTC, and not after "now" (a future time is rejected).
 */
export const filetimeDecoder =
  (nowTicks: bigint): Decoder<FiletimeValue> =>
  (fact) => {
    if (fact.type !== 'REG_BINARY') {
      return { why: `type is ${fact.type ?? 'unknown'}, expected REG_BINARY` };
    }
    const hex = rawHex(fact);
    if (hex === null) {
      return { why: 'the data is missing or not hex' };
    }
    if (hex.length !== 16) {
      return { why: `the data is ${hex.length / 2} bytes, expected 8 (a FILETIME)` };
    }
    const ticks = readHexLE(hex);
    if (ticks > MAX_FILETIME_TICKS) {
      return { why: 'the data is not a valid FILETIME (above 0x7FFFFFFFFFFFFFFF)' };
    }
    if (ticks > nowTicks) {
      return {
        why: `the time ${formatTicks(ticks)} is after the collection time ${formatTicks(nowTicks)}; crypt32 rejects a future sync time`,
      };
    }
    return { value: { ticks, utc: formatTicks(ticks) } };
  };

export function decodeFiletime(key: KeyFact, name: string, nowTicks: bigint): Decoded<FiletimeValue> {
  return decodeWith(key, name, filetimeDecoder(nowTicks));
}

/** Four bytes as a little-endian unsigned DWORD, or why they are not one. */
export function dwordOf(fact: RegistryValueFact): { value: number } | { why: string } {
  const hex = rawHex(fact);
  if (hex === null || hex.length !== 8) {
    return { why: `the data is ${hex === null ? 'missing or not hex' : hex.length / 2 + ' bytes'}, expected 4` };
  }
  return { value: Number(readHexLE(hex)) };
}

/** A REG_DWORD: exactly 4 bytes, little-endian, unsigned. */
export const dwordDecoder: Decoder<number> = (fact) =>
  fact.type !== 'REG_DWORD' ? { why: `type is ${fact.type ?? 'unknown'}, expected REG_DWORD` } : dwordOf(fact);

export function decodeDword(key: KeyFact, name: string): Decoded<number> {
  return decodeWith(key, name, dwordDecoder);
}

/** A REG_SZ or REG_EXPAND_SZ, from its UTF-16LE bytes (or the collector's text when no bytes came). */
export function decodeString(key: KeyFact, name: string): Decoded<string> {
  return decodeWith<string>(key, name, (fact) => {
    if (fact.type !== 'REG_SZ' && fact.type !== 'REG_EXPAND_SZ') {
      return { why: `type is ${fact.type ?? 'unknown'}, expected REG_SZ or REG_EXPAND_SZ` };
    }
    if (typeof fact.hex !== 'string') {
      return typeof fact.text === 'string' ? { value: fact.text } : { why: 'the data is missing' };
    }
    const bytes = rawBytes(fact);
    if (bytes === null || bytes.length % 2 !== 0) {
      return { why: 'the data is not whole UTF-16 code units' };
    }
    let text = '';
    for (let i = 0; i < bytes.length; i += 2) {
      text += String.fromCharCode((bytes[i] as number) | ((bytes[i + 1] as number) << 8));
    }
    const nul = text.indexOf('\u0000');
    return { value: nul >= 0 ? text.substring(0, nul) : text };
  });
}

/** Presence and size of a large blob (an encoded CTL), for evidence only. */
export function describeBlob(key: KeyFact, name: string): string {
  const found = lookupValue(key, name);
  if (found.kind !== 'Found') {
    return found.kind === 'Absent' ? 'absent' : `unknown (${found.why})`;
  }
  const size = typeof found.fact.size === 'number' ? found.fact.size : (found.fact.hex?.length ?? 0) / 2;
  return `present, ${size} bytes, ${found.fact.type ?? 'unknown type'}`;
}
