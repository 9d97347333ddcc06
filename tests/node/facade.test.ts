import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENGINE_VERSION, invoke } from '../../src/index';
import { caseMismatches, partialMismatch } from './caseFiles';

test('engineInfo names the version and the commands', () => {
  const response = JSON.parse(invoke('engineInfo', '{}'));
  assert.equal(response.ok, true);
  assert.equal(response.result.engineVersion, ENGINE_VERSION);
  assert.deepEqual(response.result.commands, ['assessAcl', 'compareSddl', 'decodeFiletime', 'decodeWinTrustState', 'diagnose', 'engineInfo', 'parseSddl', 'parseSetupLog', 'planWinTrustState', 'readWinTrustState', 'serviceSid']);
});

test('invoke never throws, whatever it is given', () => {
  const inputs: unknown[] = ['', 'null', '1', '"x"', '[]', '{}', '{"schemaVersion":1}', '{"schemaVersion":1,"collectedAt":"2026-01-01T00:00:00Z","ctl":{"autoUpdate":{"HKLM":{"status":"Ok","values":{"DisallowedCertLastSyncTime":null}}}}}', undefined, 42];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 300; i++) {
    const chars = '{}[]":,01tfn\\ aZ'.split('');
    inputs.push(Array.from({ length: Math.floor(random() * 40) }, () => chars[Math.floor(random() * chars.length)]).join(''));
  }
  for (const input of inputs) {
    for (const command of ['diagnose', 'decodeFiletime', 'engineInfo', 'parseSddl', 'assessAcl', 'serviceSid', 'compareSddl', 'decodeWinTrustState', 'planWinTrustState', 'parseSetupLog', 'readWinTrustState', 'nope']) {
      const text = invoke(command, input as string);
      const response = JSON.parse(text);
      assert.equal(typeof response.ok, 'boolean');
      if (!response.ok) {
        assert.match(response.error.code, /^[A-Za-z]+$/);
        assert.ok(response.error.message.length > 0);
      }
    }
  }
});

test('a snapshot whose sections have the wrong shape is data, not a crash', () => {
  const snapshot = { schemaVersion: 1, collectedAt: '2026-01-01T00:00:00Z', ctl: { autoUpdate: { HKLM: { status: 'Ok', values: { DisallowedCertLastSyncTime: { status: 'Ok', type: 42, hex: 17 } } } } }, services: { CryptSvc: { status: 'Ok', state: 5 } } };
  const response = JSON.parse(invoke('diagnose', JSON.stringify(snapshot)));
  assert.equal(response.ok, true);
  assert.ok(response.result.findings.some((f: { id: string }) => f.id === 'WUT-CTL-003'));
});

test('decodeFiletime explains a malformed value', () => {
  const response = JSON.parse(invoke('decodeFiletime', JSON.stringify({ fact: { status: 'Ok', type: 'REG_BINARY', hex: '00112233445566' }, now: '2026-01-01T00:00:00Z' })));
  assert.deepEqual(response.result, { kind: 'Malformed', reason: 'the data is 7 bytes, expected 8 (a FILETIME)' });
});

test('the case matcher reports mismatches (it can fail)', () => {
  assert.notEqual(partialMismatch({ a: 1 }, { a: 2 }), null);
  assert.notEqual(partialMismatch([], [1]), null);
  assert.notEqual(partialMismatch([{ a: 1 }, {}], [{ a: 1 }]), null);
  assert.equal(partialMismatch([{ a: 1 }], [{ a: 1, b: 2 }, 3]), null);
  assert.notEqual(partialMismatch(['x'], ['x', 'y']), null);
  assert.equal(partialMismatch(['x', 'y'], ['x', 'y']), null);
  const fake = { id: 'x', description: '', command: 'diagnose', requestText: '{}', expect: { ok: true, findingIds: ['WUT-CTL-001'] } };
  assert.deepEqual(caseMismatches(fake, { ok: true, result: { findings: [], checksRun: [], checksNotRun: [] } }).length, 1);
});
