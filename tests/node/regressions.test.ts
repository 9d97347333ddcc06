// What an outside fuzz campaign (650,000 inputs) found besides crashes, each pinned by a test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { depthBound, maxDepth } from '../../src/core/json';
import { fill } from '../../src/core/findings';
import { invoke } from '../../src/index';
import { composeSnapshot } from './cases/compose';

const call = (command: string, request: unknown) =>
  JSON.parse(invoke(command, typeof request === 'string' ? request : JSON.stringify(request)));

test('(1) a repeated JSON key is refused with its path, and the verdict does not depend on what was parsed before', () => {
  const healthy = JSON.stringify(composeSnapshot({}));
  const twice = healthy.replace('"status":"NotFound"}', '"status":"NotFound","status":"Ok"}');
  assert.notEqual(twice, healthy);
  const first = invoke('diagnose', twice);
  assert.equal(call('diagnose', healthy).result.status, 'Healthy');
  const second = invoke('diagnose', twice);
  assert.equal(first, second);
  const error = JSON.parse(first).error;
  assert.equal(error.code, 'InvalidSnapshot');
  assert.equal(error.message, 'ctl.policy.status: the key "status" appears more than once');
});

test('(2) SID aliases are not looked up on Object.prototype: O:toString is not an owner', () => {
  for (const sddl of [
    'O:toString',
    'O:constructorD:',
    'D:(A;;KA;;;toString)',
    'D:(A;;KA;;;__proto__)',
    'G:hasOwnProperty',
  ]) {
    const response = call('parseSddl', { sddl });
    assert.equal(response.ok, false, sddl);
    assert.equal(response.error.code, 'InvalidSddl');
  }
  const assess = call('assessAcl', { sddl: 'O:SYG:SYD:P', parentSddl: 'O:valueOfD:(A;CI;KA;;;SY)' });
  assert.equal(assess.error.code, 'InvalidSddl');
});

test('(3) "undefined" and "[object Object]" never reach titles, reasons or remedies', () => {
  assert.throws(() => fill('Set-WinTrustState -Scope {scope} -Default', {}), /\{scope\} is missing/);
  assert.throws(() => fill('{x}', { x: {} as unknown as string }), /\{x\} is missing or not text/);
  const option = call('planWinTrustState', { current: 0xc9, options: [{ enabled: true }] });
  assert.equal(option.error.code, 'InvalidRequest');
  assert.ok(!option.error.message.includes('undefined'));
  const objectOption = call('planWinTrustState', { current: 0xc9, options: [{ option: {}, enabled: true }] });
  assert.ok(!objectOption.error.message.includes('[object Object]'));
  const hive = {
    scope: 'System',
    sid: 'S-1-5-18',
    key: { status: 'Ok', values: { State: { status: 'Ok', type: 'REG_DWORD', hex: 'C9000000' } } },
  };
  const report = call('diagnose', composeSnapshot({ wintrust: { hives: [hive] } })).result;
  for (const f of report.findings) {
    for (const t of [f.title, f.remedy.command, f.remedy.description, f.detail]) {
      assert.ok(!/undefined|\[object Object\]/.test(t), t);
    }
  }
  assert.equal(
    report.findings.find((f: { id: string }) => f.id === 'WUT-WTR-001').remedy.command,
    "Set-WinTrustState -Scope 'System' -Default",
  );
});

test('(4) many State hives times many setup-log lines is linear: 1,000 hives x 5,000 log lines (5 logs, the most lines the schema takes per log) in one diagnosis', () => {
  const hive = (i: number) => ({
    scope: 'User',
    sid: `S-1-5-21-1-2-3-${1000 + i}`,
    key: { status: 'Ok', values: { State: { status: 'Ok', type: 'REG_DWORD', hex: 'C9000000' } } },
  });
  const line = 'Signature verification for file NDP40-KB2656368.msp (d:\\x.msp) failed with error 0x800b010e (x)';
  const snapshot = composeSnapshot({
    wintrust: { hives: Array.from({ length: 1000 }, (_, i) => hive(i)) },
    logs: {
      setup: Array.from({ length: 5 }, (_, i) => ({
        path: `C:\\Windows\\Temp\\KB${i}.html`,
        status: 'Ok',
        lines: Array.from({ length: 1000 }, () => line),
      })),
    },
  });
  const started = Date.now();
  const report = call('diagnose', snapshot).result;
  const elapsed = Date.now() - started;
  assert.equal(report.findings.filter((f: { id: string }) => f.id === 'WUT-WTR-001').length, 1000);
  // Quadratic work (the failure-code list rebuilt per hive) took minutes here; linear takes well under a few seconds.
  assert.ok(elapsed < 20_000, `${elapsed} ms`);
});

test('JSON nested deeper than 64 levels is a clean error for every kind of document', () => {
  const deep = '['.repeat(100) + ']'.repeat(100);
  assert.equal(
    call('diagnose', `{"schemaVersion":1,"collectedAt":"2026-11-20T10:00:00Z","x":${deep}}`).error.code,
    'InvalidSnapshot',
  );
  assert.equal(call('validateBackup', `{"items":${deep}}`).error.code, 'InvalidBackup');
  assert.equal(call('parseSddl', `{"sddl":${deep}}`).error.code, 'InvalidRequest');
  assert.match(call('parseSddl', `{"sddl":${deep}}`).error.message, /nested more than 64 levels deep/);
});

test('the depth bound never falls below the depth, and documents 64 deep pass while 65 deep are refused', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('{', '[', '}', ']'), maxLength: 300 }), (brackets) => {
      assert.ok(depthBound(brackets) >= maxDepth(brackets), brackets);
    }),
    { numRuns: 20000, seed: 8 },
  );
  // Siblings at every level, so the innermost-pair passes have work at many depths.
  const nest = (levels: number): string => (levels === 0 ? '1' : `[[],{},${nest(levels - 1)}]`);
  const at = (levels: number) => `{"schemaVersion":1,"collectedAt":"2026-11-20T10:00:00Z","x":${nest(levels)}}`;
  assert.equal(maxDepth(at(62).replace(/[^{}[\]]/g, '')), 64);
  assert.equal(maxDepth(at(63).replace(/[^{}[\]]/g, '')), 65);
  assert.equal(call('diagnose', at(62)).ok, true);
  assert.match(call('diagnose', at(63)).error.message, /nested more than 64 levels deep/);
});

test('compareItem: the same ACL entries in another order are the same ACL; a different protected flag is not', () => {
  const item = (sddl: string) => ({ type: 'RegistryAcl', hive: 'CurrentUser', subKey: 'x', sddl });
  const same = call('compareItem', {
    expected: item('D:(A;CI;KA;;;SY)(A;CI;KA;;;S-1-5-21-1-2-3-1000)(A;CI;KR;;;BU)'),
    actual: item('O:BAG:SYD:(A;CI;KA;;;SY)(A;CI;KR;;;BU)(A;CI;KA;;;S-1-5-21-1-2-3-1000)'),
  }).result;
  assert.equal(same.equal, true);
  const protectedFlag = call('compareItem', {
    expected: item('D:P(A;CI;KA;;;SY)'),
    actual: item('D:(A;CI;KA;;;SY)'),
  }).result;
  assert.equal(protectedFlag.equal, false);
  const missing = call('compareItem', {
    expected: item('D:(A;CI;KA;;;SY)(A;CI;KR;;;BU)'),
    actual: item('D:(A;CI;KA;;;SY)'),
  }).result;
  assert.equal(missing.equal, false);
});
