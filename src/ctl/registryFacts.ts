import { hexToBytes, readUIntLE } from '../core/hex';
import { MAX_FILETIME_TICKS, formatTicks } from '../core/time';
import type { RegistryKeyFact, RegistryValueFact } from '../snapshot/types';

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

type Lookup = { kind: 'Found'; fact: RegistryValueFact } | Exclude<Decoded<never>, { kind: 'Ok' | 'Malformed' }>;

/** Finds a value's fact in a key's fact, or says why there is none. */
export function lookupValue(key: RegistryKeyFact | undefined, name: string): Lookup {
  if (key === undefined || key === null) {
    return { kind: 'Unavailable', why: 'not collected' };
  }
  if (key.status === 'NotFound') {
    return { kind: 'Absent', why: 'the key does not exist' };
  }
  if (key.status !== 'Ok') {
    return { kind: 'Unavailable', why: `the key could not be read (${key.status}${key.message ? ': ' + key.message : ''})` };
  }
  const fact = key.values?.[name];
  if (fact === undefined || fact === null || fact.status === 'NotFound') {
    return { kind: 'Absent', why: 'the value does not exist' };
  }
  if (fact.status !== 'Ok' && fact.status !== 'Malformed') {
    return { kind: 'Unavailable', why: `the value could not be read (${fact.status}${fact.message ? ': ' + fact.message : ''})` };
  }
  return { kind: 'Found', fact };
}

function rawBytes(fact: RegistryValueFact): number[] | null {
  return typeof fact.hex === 'string' ? hexToBytes(fact.hex) : null;
}

function decodeWith<T>(
  key: RegistryKeyFact | undefined,
  name: string,
  decode: (fact: RegistryValueFact) => { value: T } | { why: string },
): Decoded<T> {
  const found = lookupValue(key, name);
  if (found.kind !== 'Found') {
    return found;
  }
  const fact = found.fact;
  if (fact.status === 'Malformed') {
    return { kind: 'Malformed', why: fact.message ?? 'the collector could not read the data', fact };
  }
  const result = decode(fact);
  return 'value' in result ? { kind: 'Ok', value: result.value, fact } : { kind: 'Malformed', why: result.why, fact };
}

export interface FiletimeValue {
  ticks: bigint;
  utc: string;
}

/**
 * A FILETIME as crypt32 accepts it (FACTS.md 2.1, I_CertGetAutoUpdateLastSyncTime): REG_BINARY,
 * exactly 8 bytes, little-endian, UTC, and not after "now" (a future time is rejected).
 */
export function decodeFiletime(key: RegistryKeyFact | undefined, name: string, nowTicks: bigint): Decoded<FiletimeValue> {
  return decodeWith<FiletimeValue>(key, name, (fact) => {
    if (fact.type !== 'REG_BINARY') {
      return { why: `type is ${fact.type ?? 'unknown'}, expected REG_BINARY` };
    }
    const bytes = rawBytes(fact);
    if (bytes === null) {
      return { why: 'the data is missing or not hex' };
    }
    if (bytes.length !== 8) {
      return { why: `the data is ${bytes.length} bytes, expected 8 (a FILETIME)` };
    }
    const ticks = readUIntLE(bytes);
    if (ticks > MAX_FILETIME_TICKS) {
      return { why: 'the data is not a valid FILETIME (above 0x7FFFFFFFFFFFFFFF)' };
    }
    if (ticks > nowTicks) {
      return {
        why: `the time ${formatTicks(ticks)} is after the collection time ${formatTicks(nowTicks)}; crypt32 rejects a future sync time`,
      };
    }
    return { value: { ticks, utc: formatTicks(ticks) } };
  });
}

/** A REG_DWORD: exactly 4 bytes, little-endian, unsigned. */
export function decodeDword(key: RegistryKeyFact | undefined, name: string): Decoded<number> {
  return decodeWith<number>(key, name, (fact) => {
    if (fact.type !== 'REG_DWORD') {
      return { why: `type is ${fact.type ?? 'unknown'}, expected REG_DWORD` };
    }
    const bytes = rawBytes(fact);
    if (bytes === null || bytes.length !== 4) {
      return { why: `the data is ${bytes === null ? 'missing or not hex' : bytes.length + ' bytes'}, expected 4` };
    }
    return { value: Number(readUIntLE(bytes)) };
  });
}

/** A REG_SZ or REG_EXPAND_SZ, from its UTF-16LE bytes (or the collector's text when no bytes came). */
export function decodeString(key: RegistryKeyFact | undefined, name: string): Decoded<string> {
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
export function describeBlob(key: RegistryKeyFact | undefined, name: string): string {
  const found = lookupValue(key, name);
  if (found.kind !== 'Found') {
    return found.kind === 'Absent' ? 'absent' : `unknown (${found.why})`;
  }
  const size = typeof found.fact.size === 'number' ? found.fact.size : (found.fact.hex?.length ?? 0) / 2;
  return `present, ${size} bytes, ${found.fact.type ?? 'unknown type'}`;
}
