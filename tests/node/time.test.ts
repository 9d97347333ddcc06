import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatHex32, formatHex32Padded, hexToBytes, isHex, readHexLE } from '../../src/core/hex';
import { UNIX_EPOCH_TICKS, describeDuration, formatTicks, parseIsoToTicks } from '../../src/core/time';

test('the Unix epoch is 116444736000000000 FILETIME ticks', () => {
  assert.equal(parseIsoToTicks('1970-01-01T00:00:00Z'), UNIX_EPOCH_TICKS);
  assert.equal(UNIX_EPOCH_TICKS, 116_444_736_000_000_000n);
});

test('seven fractional digits survive a round trip exactly', () => {
  const text = '2023-03-21T22:19:01.4037009Z';
  const ticks = parseIsoToTicks(text);
  assert.notEqual(ticks, null);
  assert.equal(formatTicks(ticks as bigint), text);
});

test('a known FILETIME decodes to its documented UTC time', () => {
  // 0x01D956535B68A800 = 2023-03-14T09:00:00Z (computed independently: (1678784400 s + 11644473600 s) * 10^7).
  const ticks = readHexLE('00A8685B5356D901');
  assert.equal(ticks, (1678784400n + 11644473600n) * 10_000_000n);
  assert.equal(formatTicks(ticks), '2023-03-14T09:00:00.0000000Z');
});

test('offsets convert to UTC', () => {
  assert.equal(parseIsoToTicks('2026-11-20T19:00:00+09:00'), parseIsoToTicks('2026-11-20T10:00:00Z'));
  assert.equal(parseIsoToTicks('2026-11-20T05:30:00-04:30'), parseIsoToTicks('2026-11-20T10:00:00Z'));
});

test('impossible or zone-less timestamps are refused', () => {
  for (const bad of [
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-20T24:00:00Z',
    '2026-11-20T10:00:00',
    'yesterday',
    '',
  ]) {
    assert.equal(parseIsoToTicks(bad), null, bad);
  }
});

test('durations read as an administrator would say them', () => {
  const s = 10_000_000n;
  assert.equal(describeDuration(45n * s), '45 s');
  assert.equal(describeDuration((23n * 3600n + 59n * 60n) * s), '23 h 59 min');
  assert.equal(describeDuration((7n * 86400n + 5n * 3600n + 7n * 60n) * s), '7 d 5 h');
  assert.equal(describeDuration(86400n * s), '24 h');
  assert.equal(describeDuration(172800n * s), '2 d');
  assert.equal(describeDuration(30n * 3600n * s), '30 h');
});

test('hex parsing refuses odd lengths and non-hex', () => {
  assert.equal(hexToBytes('ABC'), null);
  assert.equal(hexToBytes('GG'), null);
  assert.deepEqual(hexToBytes(''), []);
  assert.equal(formatHex32(0xc9), '0xC9');
  assert.equal(formatHex32Padded(0xf003f), '0x000F003F');
});

/** The reading before the ticks were made from text: Date objects and BigInt arithmetic. */
function referenceIsoToTicks(text: string): bigint | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (m === null) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const fraction = BigInt(((m[7] ?? '') + '0000000').substring(0, 7));
  const zone = m[8] as string;
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.substring(1, 3)) * 60 + Number(zone.substring(4, 6)));
  const ticks = BigInt(ms - offset * 60_000) * 10_000n + UNIX_EPOCH_TICKS + fraction;
  return ticks >= 0n ? ticks : null;
}

test('timestamps read as the Date-based reading did, on 50,000 generated texts', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const year = fc.oneof(
    fc.integer({ min: 0, max: 9999 }),
    fc.constantFrom(0, 50, 99, 100, 1600, 1601, 1900, 2000, 2024, 2100),
  );
  const stamp = fc
    .tuple(
      year,
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.option(fc.stringMatching(/^\d{1,8}$/)),
      fc.oneof(
        fc.constant('Z'),
        fc.tuple(fc.constantFrom('+', '-'), fc.nat(99), fc.nat(99)).map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`),
        fc.constantFrom('', 'z', '+0100', '+1:00'),
      ),
    )
    .map(
      ([y, mo, d, h, mi, s, f, z]) =>
        `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${f === null ? '' : '.' + f}${z}`,
    );
  fc.assert(
    fc.property(fc.oneof(stamp, fc.string()), (text) => {
      assert.equal(parseIsoToTicks(text), referenceIsoToTicks(text), text);
    }),
    { numRuns: 50000, seed: 1127 },
  );
  // The ends: FILETIME 0, the years Date.UTC reads as 19xx, leap days.
  for (const text of [
    '1601-01-01T00:00:00Z',
    '1600-12-31T23:59:59.9999999-00:01',
    '1600-12-31T23:59:59Z',
    '0050-01-01T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2024-02-29T12:00:00+14:00',
    '9999-12-31T23:59:59.9999999Z',
  ]) {
    assert.equal(parseIsoToTicks(text), referenceIsoToTicks(text), text);
  }
  assert.equal(parseIsoToTicks('1601-01-01T00:00:00Z'), 0n);
});

test('little-endian hex reads as the bytes one by one do, in either case and at any length up to 40 bytes', () => {
  const byteByByte = (hex: string): bigint => {
    let value = 0n;
    const bytes = hexToBytes(hex) as number[];
    for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i] as number);
    return value;
  };
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), fc.boolean(), (bytes, lower) => {
      const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      const text = lower ? hex : hex.toUpperCase();
      assert.ok(isHex(text));
      assert.equal(readHexLE(text), byteByByte(text), text);
    }),
    { numRuns: 5000, seed: 27 },
  );
  assert.equal(readHexLE(''), 0n);
  assert.equal(readHexLE('C9000000'), 201n);
  assert.equal(isHex('ABC'), false);
  assert.equal(isHex('0x00'), false);
});
