import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENGINE_VERSION, invoke } from '../../src/index';
import { caseMismatches, partialMismatch } from './caseFiles';

test('engineInfo names the version and the commands', () => {
  const response = JSON.parse(invoke('engineInfo', '{}'));
  assert.equal(response.ok, true);
  assert.equal(response.result.engineVersion, ENGINE_VERSION);
  assert.deepEqual(response.result.commands, [
    'aggregateUpdateLog',
    'assessAcl',
    'checkRestore',
    'compareItem',
    'compareSddl',
    'decodeCertTrustStatus',
    'decodeFiletime',
    'decodeWinTrustState',
    'diagnose',
    'diagnoseWith',
    'engineInfo',
    'failureTimeline',
    'fleetReport',
    'judgeBackupFolder',
    'judgeCtlResync',
    'judgeNetwork',
    'listErrorCodes',
    'mergeFleetSummaries',
    'networkDefaults',
    'parseSddl',
    'parseSetupLog',
    'planProbes',
    'planWinTrustState',
    'proxySources',
    'readWinTrustState',
    'redactSnapshot',
    'remediationPlan',
    'resolveErrorCodes',
    'serviceSid',
    'validateBackup',
    'verifyWinTrustState',
    'winTrustTargets',
  ]);
});

test('a snapshot whose facts have the wrong shape is a damaged file naming the JSON path', () => {
  const snapshot = {
    schemaVersion: 1,
    collectedAt: '2026-01-01T00:00:00Z',
    ctl: {
      autoUpdate: {
        HKLM: { status: 'Ok', values: { DisallowedCertLastSyncTime: { status: 'Ok', type: 42, hex: 17 } } },
      },
    },
  };
  const response = JSON.parse(invoke('diagnose', JSON.stringify(snapshot)));
  assert.equal(response.error.code, 'InvalidSnapshot');
  assert.match(
    response.error.message,
    /^ctl\.autoUpdate\.HKLM\.values\.DisallowedCertLastSyncTime\.type: expected a registry type/,
  );
});

test('decodeFiletime explains a malformed value', () => {
  const response = JSON.parse(
    invoke(
      'decodeFiletime',
      JSON.stringify({
        fact: { status: 'Ok', type: 'REG_BINARY', hex: '00112233445566' },
        now: '2026-01-01T00:00:00Z',
      }),
    ),
  );
  assert.deepEqual(response.result, { kind: 'Malformed', reason: 'the data is 7 bytes, expected 8 (a FILETIME)' });
});

test('the case matcher reports mismatches (it can fail)', () => {
  assert.notEqual(partialMismatch({ a: 1 }, { a: 2 }), null);
  assert.notEqual(partialMismatch([], [1]), null);
  assert.notEqual(partialMismatch([{ a: 1 }, {}], [{ a: 1 }]), null);
  assert.equal(partialMismatch([{ a: 1 }], [{ a: 1, b: 2 }, 3]), null);
  assert.notEqual(partialMismatch(['x'], ['x', 'y']), null);
  assert.equal(partialMismatch(['x', 'y'], ['x', 'y']), null);
  const fake = {
    id: 'x',
    description: '',
    command: 'diagnose',
    requestText: '{}',
    expect: { ok: true, findingIds: ['WUT-CTL-001'] },
  };
  assert.deepEqual(
    caseMismatches(fake, { ok: true, result: { findings: [], checksRun: [], checksNotRun: [] } }).length,
    1,
  );
});
