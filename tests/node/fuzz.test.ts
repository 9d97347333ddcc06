// A structure-aware fuzz campaign over every engine command: mutations of the committed cases and
// samples (values replaced by arbitrary JSON, keys deleted, deep nesting, repeated keys, text
// damage) and arbitrary JSON. No input may reach an internal error, and no response may carry
// "undefined" or "[object Object]" in a title, reason or remedy. Fixed seed: a failure reproduces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { invoke } from '../../src/index';
import { NEST, loadSeeds, mutate, mutationOf } from './mutations';

/** Inputs in all; WUTRUST_FUZZ_RUNS raises it for a long lane. */
const TOTAL = Number(process.env['WUTRUST_FUZZ_RUNS'] ?? 100_000);
const COMMANDS = JSON.parse(invoke('engineInfo', '{}')).result.commands as string[];

const seeds = loadSeeds();

const NESTED = '['.repeat(200) + ']'.repeat(200);
const serialize = (doc: unknown) => JSON.stringify(doc).split(JSON.stringify(NEST)).join(NESTED);
const mutation = mutationOf(fc.jsonValue({ maxDepth: 3 }));

function textDamage(text: string, at: number, insert: string): string {
  const i = at % (text.length + 1);
  return text.substring(0, i) + insert + text.substring(i);
}

function assertClean(command: string, requestText: string): void {
  const responseText = invoke(command, requestText);
  const response = JSON.parse(responseText);
  assert.equal(typeof response.ok, 'boolean');
  if (!response.ok) {
    assert.notEqual(
      response.error.code,
      'InternalError',
      `${command}: ${response.error.message}\nrequest: ${requestText.substring(0, 2000)}`,
    );
    return;
  }
  const texts: string[] = [];
  for (const f of response.result?.findings ?? []) texts.push(f.title, f.remedy?.command, f.remedy?.description);
  for (const c of [...(response.result?.checksRun ?? []), ...(response.result?.checksNotRun ?? [])])
    texts.push(c.title, c.reason);
  for (const t of texts) {
    assert.equal(typeof t, 'string');
    assert.ok(!t.includes('[object Object]'), `"[object Object]" in ${t}`);
    if (!requestText.includes('undefined')) assert.ok(!t.includes('undefined'), `"undefined" in ${t}`);
  }
}

let done = 0;
test(`structure-aware fuzz: ${Math.round(TOTAL * 0.7)} mutated cases and samples, no internal error`, () => {
  const runs = Math.round(TOTAL * 0.7);
  fc.assert(
    fc.property(
      fc.nat(),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      (pick, mutations, sameCommand) => {
        const seed = seeds[pick % seeds.length] as (typeof seeds)[number];
        const command = sameCommand ? seed.command : (COMMANDS[pick % COMMANDS.length] as string);
        assertClean(command, serialize(mutate(seed.request, mutations)));
        done++;
      },
    ),
    { numRuns: runs, seed: 20261126 },
  );
});

test(`text-level fuzz: ${Math.round(TOTAL * 0.15)} damaged texts (repeated keys, truncation, stray characters)`, () => {
  const runs = Math.round(TOTAL * 0.15);
  fc.assert(
    fc.property(fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), fc.boolean(), (pick, at, insert, duplicate) => {
      const seed = seeds[pick % seeds.length] as (typeof seeds)[number];
      let text = seed.text;
      if (duplicate) text = text.replace(/"status":"(\w+)"/, '"status":"$1","status":"Ok"');
      else text = textDamage(text, at, insert);
      assertClean(seed.command, text);
      done++;
    }),
    { numRuns: runs, seed: 20261127 },
  );
});

test(`arbitrary JSON: ${Math.round(TOTAL * 0.15)} values to every command`, () => {
  const runs = Math.round(TOTAL * 0.15);
  fc.assert(
    fc.property(fc.constantFrom(...COMMANDS), fc.json({ maxDepth: 4 }), (command, text) => {
      assertClean(command, text);
      done++;
    }),
    { numRuns: runs, seed: 20261128 },
  );
});

test('the campaign ran the number of inputs it claims', () => {
  assert.ok(done >= TOTAL - 2, `${done} inputs run, ${TOTAL} planned`);
});
