// Property test for the distinguished-name reader of the network family: the RDN texts found
// natively (rdnTexts) are those the first, character-by-character reader cut a name into, for any
// text; parseDn builds its records from them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { dnKeys, parseDn, rdnTexts } from '../../src/network/chain';

/** The cut as it was first written: one step per character (the reference). */
function rdnTextsByCharacter(dn: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of dn) {
    if (ch === '"') quoted = !quoted;
    if ((ch === ',' || ch === ';' || ch === '+') && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

test('rdnTexts equals the character-by-character cut on any text', () => {
  const alphabet = fc.constantFrom(...'CNOU=,;+" ax\\'.split(''));
  fc.assert(
    fc.property(fc.string({ unit: alphabet, maxLength: 50 }), (dn) => {
      assert.deepEqual(rdnTexts(dn), rdnTextsByCharacter(dn), JSON.stringify(dn));
    }),
    { numRuns: 20000, seed: 6 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (dn) => assert.deepEqual(rdnTexts(dn), rdnTextsByCharacter(dn))),
    { numRuns: 5000, seed: 7 },
  );
});

test('parseDn reads quoted values with commas and doubled quotes', () => {
  assert.deepEqual(parseDn('CN=Zscaler Root CA, OU="Zscaler, Inc.", O=Zscaler Inc., C=US'), [
    { key: 'CN', value: 'Zscaler Root CA' },
    { key: 'OU', value: 'Zscaler, Inc.' },
    { key: 'O', value: 'Zscaler Inc.' },
    { key: 'C', value: 'US' },
  ]);
  assert.deepEqual(parseDn('CN="a ""quoted"" name"'), [{ key: 'CN', value: 'a "quoted" name' }]);
  assert.deepEqual(parseDn(''), []);
});

test('names keep their keys when the kept keys are forgotten: a bound of 2 answers as no bound does', () => {
  const names = ['CN=A, O=X', 'O=X,CN=a', 'CN=B', 'cn=b', 'CN=C,  O=Y', 'CN=A, O=X', 'O=Y,CN=C', 'CN=B'];
  const bounded = dnKeys(2);
  const unbounded = dnKeys();
  for (const name of [...names, ...names.slice().reverse()]) assert.equal(bounded(name), unbounded(name), name);
  assert.equal(unbounded('CN=A, O=X'), unbounded('O=X,CN=a'));
  assert.notEqual(unbounded('CN=A, O=X'), unbounded('CN=B'));
});
