// Replays every tests/cases file against the TypeScript source (Pester replays them through Jint),
// and checks that the committed case files are exactly what the generators in tests/node/cases make.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { invoke } from '../../src/index';
import { INTERCEPTION_PRODUCTS } from '../../src/network/endpoints';
import { CASES_DIR, caseFilePaths, caseMismatches, loadCases } from './caseFiles';
import { generatedCaseFiles } from './cases/compose';

const cases = loadCases();

test('there are at least 25 CTL-sync cases, 40 ACL cases and 80 network cases (#11)', () => {
  assert.ok(cases.filter((c) => c.id.startsWith('ctl/')).length >= 25);
  assert.ok(cases.filter((c) => c.id.startsWith('acl/')).length >= 40);
  assert.ok(cases.filter((c) => c.id.startsWith('network/')).length >= 80);
});

test('the network cases cover every interception product of FACTS.md 7.2 by name', () => {
  const named = new Set(
    cases
      .filter((c) => c.id.startsWith('network/chain-intercepted-'))
      .map((c) => JSON.parse(readFileSync(join(CASES_DIR, c.id), 'utf8')).expect.result.endpoints[0].product),
  );
  for (const p of INTERCEPTION_PRODUCTS) assert.ok(named.has(p.product), `no case names ${p.product}`);
});

test('committed case files equal the generators output (build.ps1 -Task Cases writes them)', () => {
  const generated = generatedCaseFiles();
  assert.deepEqual(caseFilePaths().sort(), [...generated.keys()].sort());
  for (const [path, text] of generated) {
    assert.equal(readFileSync(join(CASES_DIR, path), 'utf8'), text, `${path} differs from its generator`);
  }
});

test('a diagnose case holds only the sections that differ from the healthy base', () => {
  const body = JSON.parse(readFileSync(join(CASES_DIR, 'ctl/cryptsvc-stopped.json'), 'utf8'));
  assert.deepEqual(Object.keys(body.snapshot), ['services']);
  const seed = JSON.parse(readFileSync(join(CASES_DIR, 'wintrust/diagnose-system-0xC9.json'), 'utf8'));
  assert.deepEqual(Object.keys(seed.snapshot), ['wintrust']);
});

for (const c of cases) {
  test(`case ${c.id}: ${c.description}`, () => {
    const response = JSON.parse(invoke(c.command, c.requestText));
    assert.deepEqual(caseMismatches(c, response), []);
  });
}
