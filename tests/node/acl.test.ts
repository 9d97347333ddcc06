import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateAccess } from '../../src/acl/access';
import { CRYPTSVC_SID, REQUIRED_MASK } from '../../src/acl/autoUpdateAcl';
import { daclWithInheritance, inheritedAces } from '../../src/acl/inherit';
import { KEY_ALL_ACCESS, KEY_READ, mapGenericKeyRights } from '../../src/acl/rights';
import { formatDacl, parseSddl, parseSddlOnce } from '../../src/acl/sddl';
import { serviceSid } from '../../src/acl/sid';
import { invoke } from '../../src/index';
import { loadCases } from './caseFiles';

test('the CryptSvc and TrustedInstaller service SIDs match FACTS.md 3.2', () => {
  assert.equal(CRYPTSVC_SID, 'S-1-5-80-242729624-280608522-2219052887-3187409060-2225943459');
  assert.equal(serviceSid('TrustedInstaller'), 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464');
});

test('the required mask is KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY', () => {
  assert.equal(REQUIRED_MASK, 0x7);
});

test('generic rights map through the key generic mapping', () => {
  assert.equal(mapGenericKeyRights(0x10000000), KEY_ALL_ACCESS);
  assert.equal(mapGenericKeyRights(0x80000000), KEY_READ);
  assert.equal(mapGenericKeyRights(0x40000000), 0x20006);
});

test('inheritance over two levels: CI keeps flowing, NP stops after one level, IO applies below only', () => {
  const grandparent = parseSddl('D:(A;CI;KA;;;SY)(A;CINP;KR;;;BU)(A;CIIO;KA;;;CO)(A;OI;KR;;;WD)').dacl!;
  const parent = daclWithInheritance(parseSddl('D:').dacl!, grandparent);
  assert.equal(formatDacl(parent), 'AI(A;CIID;KA;;;SY)(A;ID;KR;;;BU)(A;CIID;KA;;;CO)(A;OIIOID;KR;;;WD)');
  const child = daclWithInheritance(parseSddl('D:').dacl!, parent);
  assert.equal(formatDacl(child), 'AI(A;CIID;KA;;;SY)(A;CIID;KA;;;CO)(A;OIIOID;KR;;;WD)');
  assert.equal(inheritedAces(parseSddl('D:(A;;KA;;;SY)').dacl!).length, 0);
});

test('a right denied first stays denied; a right granted first is not taken away', () => {
  const denyFirst = evaluateAccess(parseSddl('D:(D;;KW;;;WD)(A;;KA;;;WD)'), ['S-1-1-0']);
  assert.equal(denyFirst.granted, KEY_ALL_ACCESS & ~0x20006);
  const allowFirst = evaluateAccess(parseSddl('D:(A;;KA;;;WD)(D;;KW;;;WD)'), ['S-1-1-0']);
  assert.equal(allowFirst.granted, KEY_ALL_ACCESS);
});

test('a descriptor parsed once is shared frozen: the same object for the same text, and nothing can change it', () => {
  const text = 'O:SYG:SYD:P(A;CI;KA;;;SY)(A;CI;KR;;;BU)';
  const first = parseSddlOnce(text);
  assert.equal(parseSddlOnce(text), first);
  assert.ok(first.ok);
  assert.deepEqual(first.sd, parseSddl(text));
  assert.throws(() => {
    (first.sd.dacl?.aces as unknown[]).push({});
  }, TypeError);
  assert.throws(() => {
    (first.sd.dacl?.aces[0] as { mask: number }).mask = 0;
  }, TypeError);
  assert.throws(() => {
    (first.sd.dacl?.aces[0]?.flags as string[]).pop();
  }, TypeError);
  const bad = parseSddlOnce('O:toString');
  assert.equal(bad.ok, false);
  assert.equal(parseSddlOnce('O:toString'), bad);
});

test('the verdicts do not depend on which descriptors were parsed before: every case answers the same in reverse order', () => {
  const cases = loadCases();
  const forward = cases.map((c) => invoke(c.command, c.requestText));
  const backward = cases
    .slice()
    .reverse()
    .map((c) => invoke(c.command, c.requestText))
    .reverse();
  assert.ok(cases.length > 400, `${cases.length} cases`);
  for (let i = 0; i < cases.length; i++) assert.equal(backward[i], forward[i], (cases[i] as { id: string }).id);
});
