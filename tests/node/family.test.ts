// The family contract: a throwaway family (a fixture, not in src/families.ts) is added to the list
// and shows up in the report, its checks in checksRun, its section validated, its command callable,
// without any change to the report, the snapshot validation or the command table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { type AnyFamily, command, defineFamily } from '../../src/core/family';
import { Reporter, catalogueOf, checksOf } from '../../src/core/findings';
import { FAMILIES } from '../../src/families';
import { commandTable, invokeWith } from '../../src/index';
import { composeSnapshot } from './cases/compose';

const fixture: AnyFamily = defineFamily({
  id: 'FixtureFamily',
  sections: { fixture: v.looseObject({ level: v.number('expected a number') }, 'expected an object') },
  catalogue: catalogueOf([
    {
      id: 'WUT-FIX-001',
      severity: 'Warning',
      title: 'The fixture level is {level}',
      remedy: { command: 'Get-Fixture', description: 'None.' },
      references: [],
    },
  ]),
  checks: checksOf([{ id: 'FIX.Level', title: 'The fixture level is low' }]),
  diagnose(sections, _context) {
    const report = new Reporter('FixtureFamily', this.catalogue, this.checks);
    if (sections.fixture === undefined || sections.fixture === null) {
      report.check('FIX.Level', 'NotRun', 'not collected');
    } else if (sections.fixture.level > 3) {
      report.finding('WUT-FIX-001', { params: { level: sections.fixture.level }, detail: 'High.', evidence: [] });
      report.check('FIX.Level', 'Fail', `level ${sections.fixture.level}`);
    } else {
      report.check('FIX.Level', 'Pass', `level ${sections.fixture.level}`);
    }
    return { findings: report.findings, checks: report.checks, signals: {} };
  },
  commands: { fixtureEcho: command(v.looseObject({ n: v.number('needs n') }, 'object'), (r) => ({ n: r.n })) },
});

const table = commandTable([...FAMILIES, fixture]);
const diagnose = (snapshot: unknown) => JSON.parse(invokeWith(table, 'diagnose', JSON.stringify(snapshot)));

test('a registered family shows its finding in the report and its check in checksRun', () => {
  const response = diagnose(composeSnapshot({ fixture: { level: 5 } }));
  assert.equal(response.ok, true);
  assert.deepEqual(
    response.result.findings.map((f: { id: string }) => f.id),
    ['WUT-FIX-001'],
  );
  assert.equal(response.result.findings[0].title, 'The fixture level is 5');
  assert.equal(response.result.findings[0].family, 'FixtureFamily');
  assert.ok(
    response.result.checksRun.some(
      (c: { id: string; outcome: string }) => c.id === 'FIX.Level' && c.outcome === 'Fail',
    ),
  );
});

test("a registered family's section is validated by its schema, with the JSON path", () => {
  const response = diagnose(composeSnapshot({ fixture: { level: 'high' } }));
  assert.equal(response.error.code, 'InvalidSnapshot');
  assert.equal(response.error.message, 'fixture.level: expected a number');
});

test("a registered family's section not collected is a check not run", () => {
  const response = diagnose(composeSnapshot({}));
  assert.ok(response.result.checksNotRun.some((c: { id: string }) => c.id === 'FIX.Level'));
});

test("a registered family's command is in the table", () => {
  assert.deepEqual(JSON.parse(invokeWith(table, 'fixtureEcho', '{"n":3}')), { ok: true, result: { n: 3 } });
  assert.ok(JSON.parse(invokeWith(table, 'engineInfo', '{}')).result.commands.includes('fixtureEcho'));
});

test('two families cannot claim one snapshot section', () => {
  const twin = { ...fixture, id: 'Twin', commands: {} };
  const response = JSON.parse(
    invokeWith(commandTable([...FAMILIES, fixture, twin]), 'diagnose', JSON.stringify(composeSnapshot({}))),
  );
  assert.equal(response.error.code, 'InternalError');
  assert.match(response.error.message, /"fixture" is claimed twice/);
});
