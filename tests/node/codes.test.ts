// The error-code catalogue (#12): the generated table, every input form, every code round-tripping,
// the seed codes' causes, CERT_TRUST_* bits, and a property test of the parser.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { codeTable } from '../../src/codes/catalogue';
import { decodeCode, parseCode } from '../../src/codes/decode';
import { invoke } from '../../src/index';

const ROOT = join(__dirname, '..', '..');
const call = (command: string, request: unknown) => JSON.parse(invoke(command, JSON.stringify(request)));

test('the table holds at least 470 codes: every Windows Update code, WinHTTP, WinINet, CRYPT_E, TRUST_E, CERT_E', () => {
  const names = [...codeTable().values()].flat().map((n) => n.name);
  assert.ok(names.length >= 470, `${names.length} codes`);
  assert.ok(names.filter((n) => n.startsWith('WU_E_')).length >= 400);
  for (const prefix of [
    'ERROR_WINHTTP_',
    'ERROR_INTERNET_',
    'WININET_E_',
    'CRYPT_E_',
    'TRUST_E_',
    'CERT_E_',
    'ERROR_INSTALL_',
  ]) {
    assert.ok(
      names.some((n) => n.startsWith(prefix)),
      `no ${prefix} code`,
    );
  }
});

test('every code of the table round-trips: its value decodes to a result that names it', () => {
  const list = call('listErrorCodes', {}).result.codes as { value: number; names: string[] }[];
  const hexes = list.map((c) => '0x' + c.value.toString(16).padStart(8, '0'));
  const decoded = call('resolveErrorCodes', { codes: hexes }).result.codes;
  list.forEach((c, i) => {
    assert.equal(decoded[i].unsigned, c.value);
    assert.equal(decoded[i].known, true);
    assert.deepEqual(decoded[i].names.map((n: { name: string }) => n.name).sort(), [...c.names].sort());
  });
});

test('0x80072F8F in every form an admin meets it', () => {
  for (const input of [
    '0x80072F8F',
    -2147012721,
    2147954575,
    '80072F8F',
    '0x80072f8f',
    12175,
    '[80072F8F]',
    ' -2147012721 ',
  ]) {
    const d = decodeCode(input);
    assert.equal(d.hresult, '0x80072F8F', String(input));
    assert.equal(d.names[0]?.name, 'ERROR_WINHTTP_SECURE_FAILURE');
  }
  const d = decodeCode(12175);
  assert.equal(d.parsedAs, 'Win32 code 12175 as HRESULT_FROM_WIN32');
  assert.equal(d.win32, 12175);
  assert.equal(d.facility.number, 7);
});

test("one value, several names: the update client's (WinHTTP) first, the WinINet ones after, and why", () => {
  const d = decodeCode('0x80072F8F');
  assert.deepEqual(
    d.names.map((n) => n.name),
    ['ERROR_WINHTTP_SECURE_FAILURE', 'WININET_E_DECODING_FAILED', 'ERROR_INTERNET_DECODING_FAILED'],
  );
  assert.match(d.namesNote ?? '', /Windows Update talks to its servers through WinHTTP/);
  assert.equal(decodeCode('0x80072EE2').names[0]?.name, 'ERROR_WINHTTP_TIMEOUT');
});

test('the seed codes give their causes and the checks that confirm them', () => {
  const cases: [string, RegExp, string][] = [
    ['0x80072F8F', /TLS failure/, 'NET.Chain'],
    ['0x80092013', /Revocation offline/, 'CTL.DisallowedSync'],
    ['0x800B010E', /Software Publishing State/, 'WTR.State'],
    ['0x800B010B', /setup/, 'LOG.SetupLogs'],
    ['0x8024402C', /Name resolution/, 'NET.Dns'],
    ['0x80072EE2', /Timeout/, 'NET.Reach'],
    ['0x8024401C', /Timeout/, 'NET.Proxy'],
    ['0x80070643', /0x800B010E/, 'LOG.SetupLogs'],
  ];
  for (const [code, cause, check] of cases) {
    const d = decodeCode(code);
    assert.match(d.trust?.cause ?? '', cause, code);
    assert.ok(d.trust?.checks.includes(check), `${code} -> ${check}`);
  }
});

test('an unknown value is still decoded, and says it is unknown', () => {
  const d = decodeCode('0x8024A10A');
  assert.equal(d.known, false);
  assert.equal(d.facility.number, 36);
  assert.equal(d.facility.name, 'WINDOWSUPDATE');
  assert.equal(d.code, 0xa10a);
  assert.match(d.summary, /not in WuTrust's table/);
});

test('text that is not a code is refused, naming it; in a batch only that item fails', () => {
  const r = call('resolveErrorCodes', { codes: ['0x80072F8F', 'hello', '0x1FFFFFFFF'] });
  assert.equal(r.ok, true);
  assert.equal(r.result.codes[0].hresult, '0x80072F8F');
  assert.match(r.result.codes[1].error, /"hello" is not an error code/);
  assert.match(r.result.codes[2].error, /is not an error code/);
});

test("CERT_TRUST bits: seed 000's 0x1000040 is REVOCATION_STATUS_UNKNOWN | IS_OFFLINE_REVOCATION", () => {
  const r = call('decodeCertTrustStatus', { error: 0x1000040, info: 0x100 }).result;
  assert.deepEqual(
    r.error.flags.map((f: { name: string }) => f.name),
    ['CERT_TRUST_REVOCATION_STATUS_UNKNOWN', 'CERT_TRUST_IS_OFFLINE_REVOCATION'],
  );
  assert.deepEqual(
    r.info.flags.map((f: { name: string }) => f.name),
    ['CERT_TRUST_HAS_PREFERRED_ISSUER'],
  );
  assert.match(r.summary, /revocation offline/);
  assert.deepEqual(call('decodeCertTrustStatus', { error: 0x40000000 }).result.error.unknownBits, ['0x40000000']);
});

test('property: any text or number is parsed without an exception, and any 32-bit value decodes', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double()), (input) => {
      parseCode(input as string | number);
    }),
    { numRuns: 5000, seed: 20261126 },
  );
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
      const d = decodeCode('0x' + value.toString(16));
      assert.equal(d.unsigned, value);
      assert.equal(d.signed, value | 0);
    }),
    { numRuns: 5000, seed: 20261126 },
  );
});

// The committed table is what the generator makes from the headers (tools/codes/SOURCES.md). build.ps1
// extracts them from Debian's packages into out/codes-headers; without them this test is skipped, saying why.
const HEADERS = join(ROOT, 'out', 'codes-headers');
const MINGW = join(HEADERS, 'usr', 'share', 'mingw-w64', 'include');
const WINE = join(HEADERS, 'usr', 'include', 'wine', 'wine', 'windows');
test(
  'the committed table is exactly what tools/codes/generate.cjs makes from the headers',
  { skip: existsSync(MINGW) && existsSync(WINE) ? false : `the headers are not in ${HEADERS}` },
  () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wutrust-codes-')), 'table.ts');
    execFileSync(process.execPath, [join(ROOT, 'tools', 'codes', 'generate.cjs'), MINGW, WINE, out]);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(ROOT, 'src', 'codes', 'table.ts'), 'utf8'));
  },
);
