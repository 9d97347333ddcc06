// Property test for the strict JSON reader (src/core/json.ts): its fast path (JSON.parse, one walk
// of the value, one native count of quote-colon pairs) gives the same verdict as the exact token
// scan on every text: the same value, or the same fault (kind, path, message). Texts come from
// random JSON with keys repeated, whitespace before colons, escaped quotes before colons in strings,
// brackets in strings, nesting around the 64-level bound, and damage.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  JsonFault,
  MAX_JSON_DEPTH,
  hasRepeat,
  keyEndCount,
  keyEndsByColons,
  keyEndsBySplit,
  maxDepth,
  parseStrictJson,
  scanStructure,
} from '../../src/core/json';

type Verdict = { value: unknown } | { kind: string; path: string; message: string };

function verdictOf(read: (text: string) => unknown, text: string): Verdict {
  try {
    return { value: read(text) };
  } catch (e) {
    if (!(e instanceof JsonFault)) throw e;
    return { kind: e.kind, path: JSON.stringify(e.path), message: e.message };
  }
}

/** The definition: JSON.parse for syntax and values, the token scan for repeats and depth. */
function reference(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const brackets = text.replace(/"[^"\\]*(?:\\.[^"\\]*)*"/g, '').replace(/[^{}[\]]/g, '');
    if (maxDepth(brackets) > MAX_JSON_DEPTH) scanStructure(text);
    throw new JsonFault('Syntax', [], 'not valid JSON');
  }
  scanStructure(text);
  return value;
}

function same(text: string): void {
  assert.deepEqual(verdictOf(parseStrictJson, text), verdictOf(reference, text), text.substring(0, 300));
}

/** Text edits that make the cases the fast path must not miss. */
const edit = fc.oneof(
  // a key repeated: the first "k": in the text inserted again after the object's opening brace
  fc.constant((t: string) => t.replace(/\{("[^"\\]*":[^,{}[\]]*),/, '{$1,$1,')),
  fc.constant((t: string) => t.replace(/\{("[^"\\]*":[^,{}[\]]*)\}/, '{$1,$1}')),
  // whitespace between a key and its colon: every key's, or one key's
  fc.constantFrom(' \n\t', '\r\n', ' ', '\n', '\t', '\r').map((ws) => (t: string) => t.replace(/":/g, `"${ws}:`)),
  fc.nat(20).map((n) => (t: string) => {
    let seen = 0;
    return t.replace(/":/g, (m) => (seen++ === n ? '" :' : m));
  }),
  // an escaped quote before a colon inside a string (raises the quote-colon count above the keys)
  fc.constant((t: string) => t.replace(/:"/, ':"a\\": \\"b\\":')),
  // a key ending in an escaped backslash; a string holding an escaped backslash and quote before a colon
  fc.nat(20).map((n) => (t: string) => {
    let seen = 0;
    return t.replace(/":/g, (m) => (seen++ === n ? '\\\\":' : m));
  }),
  fc.constant((t: string) => t.replace(/:"/, ':"\\\\\\": ')),
  // brackets inside strings
  fc.constant((t: string) => t.replace(/:"/g, ':"]]}{[')),
  // damage
  fc.integer({ min: 0, max: 400 }).map((n) => (t: string) => t.substring(0, n)),
  fc.constant((t: string) => t),
);

const nest = (levels: number, inner: string): string => (levels === 0 ? inner : `[{"a":1},${nest(levels - 1, inner)}]`);

test('the strict reader gives the exact scan verdict on random JSON, edited', () => {
  fc.assert(
    fc.property(fc.json({ maxDepth: 5 }), fc.array(edit, { maxLength: 3 }), (json, edits) => {
      let text = json;
      for (const e of edits) text = e(text);
      same(text);
    }),
    { numRuns: 20000, seed: 27 },
  );
});

/** The definition of the key-end count: two look-behind patterns (allowed in a test, not in the engine), counted. */
function keyEndsByPattern(text: string): number {
  return (text.match(/(?<!\\)"[ \t\n\r]*:/g)?.length ?? 0) + (text.match(/\\\\"[ \t\n\r]*:/g)?.length ?? 0);
}

test('both ways to the key-end count equal the two look-behind patterns, with and without escaped quotes', () => {
  const texts = fc.tuple(fc.json(), edit, edit).map(([t, a, b]) => b(a(t)));
  let split = 0;
  fc.assert(
    fc.property(texts, (text) => {
      if (!text.includes('\\"')) split++;
      const expected = keyEndsByPattern(text);
      assert.equal(keyEndsBySplit(text), expected, `split: ${text.substring(0, 300)}`);
      assert.equal(keyEndsByColons(text), expected, `colons: ${text.substring(0, 300)}`);
    }),
    { numRuns: 20000, seed: 1127 },
  );
  assert.ok(split > 5000, `only ${split} texts took the split`);
  const fixed = ['', ':', '"":', '" \t\r\n:', '\\":', 'a\\\\":"', '"\\":', '{"a" :1,"b":"x\\":"}', '":":', '"" :'];
  for (const text of fixed) {
    assert.equal(keyEndsBySplit(text), keyEndsByPattern(text), text);
    assert.equal(keyEndsByColons(text), keyEndsByPattern(text), text);
  }
  // Node is V8, which has Error.captureStackTrace: the engine takes the colon walk here.
  assert.equal(keyEndCount, keyEndsByColons);
});

test('the strict reader gives the exact scan verdict around the depth bound, with repeats before and after it', () => {
  for (let levels = MAX_JSON_DEPTH - 3; levels <= MAX_JSON_DEPTH + 3; levels++) {
    for (const inner of ['1', '{}', '[]', '{"k":1,"k":2}', '"]]]"', '{"a":"\\":"}']) {
      same(nest(levels, inner));
      same(`{"k":1,"k":2,"x":${nest(levels, inner)}}`);
      same(`{"x":${nest(levels, inner)},"k":1,"k":2}`);
      same(nest(levels, inner).substring(0, levels * 4));
    }
  }
  // Deeper than Jint's own parser goes (128 levels) and a text no parser takes.
  same('['.repeat(200) + ']'.repeat(200));
  same('['.repeat(200));
});

test('the strict reader gives the exact scan verdict on every sample and case, and on each with one key repeated', () => {
  const root = join(__dirname, '..', '..');
  const files = [
    ...readdirSync(join(root, 'samples')).map((f) => join(root, 'samples', f)),
    ...readdirSync(join(root, 'tests', 'cases'), { recursive: true }).map((f) =>
      join(root, 'tests', 'cases', String(f)),
    ),
  ].filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 20, `${files.length} files`);
  let repeated = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    same(text);
    const twice = text.replace(/("status":\s*"[^"]*")/, '$1,$1');
    if (twice !== text) {
      repeated++;
      same(twice);
      assert.throws(
        () => parseStrictJson(twice),
        (e: unknown) => e instanceof JsonFault && e.kind === 'DuplicateKey',
      );
    }
  }
  assert.ok(repeated > 10, `${repeated} files with a key repeated`);
});

// Node keeps one value of a repeated key, so the walk above never meets one; Jint (4.18) can keep
// both, and then this check is what finds it. Every size and every pair of positions.
test('a repeated key is found among 2 to 9 keys at every pair of positions, and distinct keys pass', () => {
  for (let n = 2; n <= 9; n++) {
    const keys = Array.from({ length: n }, (_, i) => `k${i}`);
    assert.equal(hasRepeat(keys, n), false, keys.join());
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const twice = keys.slice();
        twice[j] = twice[i] as string;
        assert.equal(hasRepeat(twice, n), true, twice.join());
      }
    }
  }
});
