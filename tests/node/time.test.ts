import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHex32, formatHex32Padded, hexToBytes, readUIntLE } from '../../src/core/hex';
import { UNIX_EPOCH_TICKS, describeDuration, formatTicks, parseIsoToTicks } from '../../src/core/time';

test('the Unix epoch is 116444736000000000 FILETIME ticks', () => {
  assert.equal(parseIsoToTicks('1970-01-01T00:00:00Z'), UNIX_EPOCH_TICKS);
});

test('seven fractional digits survive a round trip exactly', () => {
  const text = '2023-03-21T22:19:01.4037009Z';
  const ticks = parseIsoToTicks(text);
  assert.notEqual(ticks, null);
  assert.equal(formatTicks(ticks as bigint), text);
});

test('a known FILETIME decodes to its documented UTC time', () => {
  // 0x01D956535B68A800 = 2023-03-14T09:00:00Z (computed independently: (1678784400 s + 11644473600 s) * 10^7).
  const ticks = readUIntLE(hexToBytes('00A8685B5356D901') as number[]);
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
