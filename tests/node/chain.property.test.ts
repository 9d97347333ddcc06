// Property test for the distinguished-name reader of the network family: the regular-expression
// reader gives the RDNs the first, character-by-character reader gave, for any text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDn } from '../../src/network/chain';

/** The reader as it was first written: one step per character (the reference). */
function parseDnByCharacter(dn: string): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  let current = '';
  let quoted = false;
  const flush = () => {
    const at = current.indexOf('=');
    if (at > 0) {
      let value = current.substring(at + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.slice(1, -1).replace(/""/g, '"');
      out.push({ key: current.substring(0, at).trim().toUpperCase(), value });
    }
    current = '';
  };
  for (const ch of dn) {
    if (ch === '"') quoted = !quoted;
    if ((ch === ',' || ch === ';' || ch === '+') && !quoted) flush();
    else current += ch;
  }
  flush();
  return out;
}

test('parseDn equals the character-by-character reader on any text', () => {
  const alphabet = fc.constantFrom(...'CNOU=,;+" ax\\'.split(''));
  fc.assert(
    fc.property(fc.string({ unit: alphabet, maxLength: 50 }), (dn) => {
      assert.deepEqual(parseDn(dn), parseDnByCharacter(dn), JSON.stringify(dn));
    }),
    { numRuns: 20000, seed: 6 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (dn) => assert.deepEqual(parseDn(dn), parseDnByCharacter(dn))),
    { numRuns: 5000, seed: 7 },
  );
  for (const dn of ['CN=Zscaler Root CA, OU="Zscaler, Inc.", O=Zscaler Inc., C=US', 'CN="a ""quoted"" name"', '']) {
    assert.deepEqual(parseDn(dn), parseDnByCharacter(dn));
  }
});
