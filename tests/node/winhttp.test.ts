// The WinHttpSettings decoder and the bypass rules (#11, first step; FACTS.md 4.1, 4.3).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bypassMatches, decodeWinHttpSettings, proxyFor } from '../../src/network/winhttp';

const le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const text = (s: string) => [...s].map((c) => c.charCodeAt(0));
function blob(proxy: string, bypass: string, magic = 0x18, flags = 0x3, counter = 0): number[] {
  return [
    ...le(magic),
    ...le(counter),
    ...le(flags),
    ...le(proxy.length),
    ...text(proxy),
    ...le(bypass.length),
    ...text(bypass),
  ];
}

test("Microsoft's documented direct-access blob decodes as Direct, with no notes", () => {
  const direct = [0x18, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const d = decodeWinHttpSettings(direct);
  assert.ok(d.ok);
  assert.equal(d.settings.mode, 'Direct');
  assert.deepEqual(d.settings.notes, []);
});

test('a named proxy with a bypass list, in both header forms (0x18 and 0x28)', () => {
  for (const magic of [0x18, 0x28]) {
    const d = decodeWinHttpSettings(blob('proxy.contoso.com:8080', 'localhost;*.contoso.com', magic));
    assert.ok(d.ok);
    assert.equal(d.settings.mode, 'Proxy');
    assert.equal(d.settings.proxy, 'proxy.contoso.com:8080');
    assert.equal(d.settings.bypass, 'localhost;*.contoso.com');
    assert.deepEqual(d.settings.notes, []);
  }
});

test('an unknown magic, a non-zero counter and trailing bytes are read, with notes', () => {
  const d = decodeWinHttpSettings([...blob('p:80', '', 0x46, 0x3, 7), 0, 0]);
  assert.ok(d.ok);
  assert.equal(d.settings.notes.length, 3);
  assert.match(d.settings.notes[1] as string, /UNVERIFIED/);
});

test('truncated or overlong values are malformed, saying where', () => {
  assert.match((decodeWinHttpSettings([0x18, 0, 0]) as { why: string }).why, /header alone is 12/);
  assert.match(
    (decodeWinHttpSettings(blob('p', '').slice(0, 14)) as { why: string }).why,
    /proxy length at offset 12 is missing/,
  );
  const long = blob('proxy:80', '');
  long[12] = 200;
  assert.match((decodeWinHttpSettings(long) as { why: string }).why, /proxy length 200 at offset 12 runs past/);
  const bypass = blob('p:80', 'x');
  bypass[20] = 99;
  assert.match((decodeWinHttpSettings(bypass) as { why: string }).why, /bypass length 99 at offset 20 runs past/);
  const nonAscii = blob('p:80', '');
  nonAscii[16] = 0xe9;
  assert.match((decodeWinHttpSettings(nonAscii) as { why: string }).why, /ASCII only/);
});

test('flags without 0x2, or an empty proxy string, mean direct', () => {
  assert.equal(
    (decodeWinHttpSettings(blob('p:80', '', 0x18, 0x1)) as { settings: { mode: string } }).settings.mode,
    'Direct',
  );
  assert.equal(
    (decodeWinHttpSettings(blob('', '', 0x18, 0x3)) as { settings: { mode: string } }).settings.mode,
    'Direct',
  );
});

test('bypass rules as FACTS.md 4.3 states them', () => {
  assert.equal(bypassMatches('<local>', 'intranet'), true);
  assert.equal(bypassMatches('<local>', 'ctldl.windowsupdate.com'), false);
  assert.equal(bypassMatches('*.windowsupdate.com', 'ctldl.windowsupdate.com'), true);
  assert.equal(bypassMatches('*.com', 'ctldl.windowsupdate.com'), true);
  assert.equal(bypassMatches('windowsupdate.com', 'ctldl.windowsupdate.com'), false);
  assert.equal(bypassMatches('10.*', '10.1.2.3'), true);
  assert.equal(bypassMatches('CTLDL.WindowsUpdate.com', 'ctldl.windowsupdate.com'), true);
});

test('the proxy that applies: per scheme, then the plain entry; none after a bypass match', () => {
  const d = decodeWinHttpSettings(blob('http=p1:80;https=p2:88', '*.microsoft.com'));
  assert.ok(d.ok);
  assert.equal(proxyFor(d.settings, 'ctldl.windowsupdate.com', 'http'), 'p1:80');
  assert.equal(proxyFor(d.settings, 'fe3.delivery.mp.microsoft.com', 'https'), null);
  assert.equal(proxyFor(d.settings, 'sls.update.microsoft.com', 'https'), null);
  const plain = decodeWinHttpSettings(blob('http://proxy.contoso.com:8080', ''));
  assert.ok(plain.ok);
  assert.equal(proxyFor(plain.settings, 'ctldl.windowsupdate.com', 'https'), 'proxy.contoso.com:8080');
});
