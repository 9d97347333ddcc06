// Replays every tests/cases file against the TypeScript source (Pester replays them through Jint).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invoke } from '../../src/index';
import { caseMismatches, loadCases } from './caseFiles';

const cases = loadCases();

test('there are at least 25 CTL-sync cases and 40 ACL cases', () => {
  assert.ok(cases.filter((c) => c.id.startsWith('ctl/')).length >= 25);
  assert.ok(cases.filter((c) => c.id.startsWith('acl/')).length >= 40);
});

for (const c of cases) {
  test(`case ${c.id}: ${c.description}`, () => {
    const response = JSON.parse(invoke(c.command, c.requestText));
    assert.deepEqual(caseMismatches(c, response), []);
  });
}
