// Property tests for the SDDL parser: parsing never throws anything but an EngineError and always
// ends; format(parse(x)) is a fixed point for every valid x generated from the SDDL grammar.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatSddl, parseSddl, scan } from '../../src/acl/sddl';
import { EngineError } from '../../src/core/errors';

const sidAlias = fc.constantFrom('SY', 'BA', 'BU', 'WD', 'AU', 'NS', 'LS', 'SU', 'CO', 'OW', 'DA', 'DU', 'AC', 'IU');
const literalSid = fc
  .tuple(fc.integer({ min: 0, max: 18 }), fc.array(fc.nat({ max: 4294967295 }), { minLength: 0, maxLength: 6 }))
  .map(([authority, subs]) => ['S-1', authority, ...subs].join('-'));
const sid = fc.oneof(sidAlias, literalSid);
const aceFlags = fc
  .subarray(['OI', 'CI', 'NP', 'IO', 'ID', 'SA', 'FA'])
  .chain((flags) => fc.shuffledSubarray(flags, { minLength: flags.length, maxLength: flags.length }));
const rights = fc.oneof(
  fc.constantFrom('GA', 'GR', 'GW', 'GX', 'KA', 'KR', 'KW', 'KX', 'RC', 'WD', 'WO', 'SD', 'RCWD', 'KRKW', 'FA'),
  fc.nat({ max: 0xffffffff }).map((n) => '0x' + n.toString(16)),
  fc.nat({ max: 0xffffffff }).map((n) => String(n)),
);
const guid = fc.oneof(fc.constant(''), fc.uuid());
const evaluatedAce = fc
  .tuple(fc.constantFrom('A', 'D'), aceFlags, rights, guid, guid, sid)
  .map(([type, flags, r, g1, g2, s]) => `(${type};${flags.join('')};${r};${g1};${g2};${s})`);
const keptAce = fc.oneof(
  fc
    .tuple(fc.constantFrom('OA', 'OD', 'AU'), aceFlags, rights, guid, sid)
    .map(([t, f, r, g, s]) => `(${t};${f.join('')};${r};${g};;${s})`),
  fc
    .tuple(fc.constantFrom('XA', 'XD'), rights, sid, fc.constantFrom('(@User.Title == "PM")', '(Member_of {SID(BA)})'))
    .map(([t, r, s, c]) => `(${t};;${r};;;${s};${c})`),
  fc.constantFrom('(ZZ;x;;;;)', '(QQ;;;;;)'),
);
const ace = fc.oneof({ weight: 4, arbitrary: evaluatedAce }, { weight: 1, arbitrary: keptAce });
const daclFlags = fc
  .subarray(['P', 'AI', 'AR'])
  .chain((f) => fc.shuffledSubarray(f, { minLength: f.length, maxLength: f.length }));
const dacl = fc.oneof(
  fc.tuple(daclFlags, fc.array(ace, { maxLength: 6 })).map(([f, aces]) => 'D:' + f.join('') + aces.join('')),
  fc.constant('D:NO_ACCESS_CONTROL'),
);
const sacl = fc
  .array(fc.constantFrom('(AU;SA;KA;;;WD)', '(ML;;NW;;;LW)', '(AU;FA;GA;;;BA)'), { maxLength: 2 })
  .map((a) => 'S:' + a.join(''));
const sddl = fc
  .tuple(fc.option(sid.map((s) => 'O:' + s)), fc.option(sid.map((s) => 'G:' + s)), fc.option(dacl), fc.option(sacl))
  .chain((parts) =>
    fc.shuffledSubarray(
      parts.filter((p): p is string => p !== null),
      { minLength: 0 },
    ),
  )
  .filter((parts) => parts.length > 0)
  .map((parts) => parts.join(''));

function parsesOrRefuses(text: string): void {
  try {
    parseSddl(text);
  } catch (e) {
    if (!(e instanceof EngineError) || e.code !== 'InvalidSddl') throw e;
  }
}

test('format(parse(x)) is a fixed point for every valid SDDL generated', { timeout: 60000 }, () => {
  fc.assert(
    fc.property(sddl, (text) => {
      const once = formatSddl(parseSddl(text));
      const twice = formatSddl(parseSddl(once));
      assert.equal(twice, once);
    }),
    { numRuns: 2000, seed: 20261125 },
  );
});

test('parsing random text never throws anything but InvalidSddl', { timeout: 60000 }, () => {
  const alphabet = fc.constantFrom(...'OGDS:;()PAIRNO_CXZ0123456789-xaKWDSYBU" '.split(''));
  fc.assert(
    fc.property(fc.string({ unit: alphabet, maxLength: 120 }), (text) => parsesOrRefuses(text)),
    { numRuns: 3000, seed: 1 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => parsesOrRefuses(text)),
    { numRuns: 2000, seed: 2 },
  );
});

test('mutated valid SDDL never throws anything but InvalidSddl', { timeout: 60000 }, () => {
  const mutated = fc
    .tuple(sddl, fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 4 }))
    .map(([text, at, cut, insert]) => {
      const i = at % (text.length + 1);
      return text.substring(0, i) + insert + text.substring(Math.min(text.length, i + cut));
    });
  fc.assert(
    fc.property(mutated, (text) => parsesOrRefuses(text)),
    { numRuns: 3000, seed: 3 },
  );
});

test('parsing a very long descriptor stays linear (no hang)', () => {
  const big = 'O:SYG:SYD:PAI' + '(A;CI;KA;;;SY)'.repeat(20000);
  const started = Date.now();
  const parsed = parseSddl(big);
  assert.equal(parsed.dacl?.aces.length, 20000);
  assert.ok(Date.now() - started < 5000);
  const deep = 'D:' + '('.repeat(50000);
  assert.throws(() => parseSddl(deep), EngineError);
});

/** The scan as it was first written: one step per character (the reference the fast scan must equal). */
function scanByCharacter(text: string, from: number, to: number, stop: 'tag' | ';' | ')'): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) quoted = false;
      continue;
    }
    if (c === 34) {
      quoted = true;
      continue;
    }
    if (c === 40) depth++;
    else if (c === 41) depth--;
    if (depth !== 0) continue;
    if (stop === 'tag') {
      if ((c === 79 || c === 71 || c === 68 || c === 83) && text.charCodeAt(i + 1) === 58) return i;
    } else if (c === (stop === ';' ? 59 : 41)) {
      return i;
    }
  }
  return -1;
}

test('the scan that jumps between the characters that matter equals the scan of every character', () => {
  const alphabet = fc.constantFrom(...'OGDS:;()"A1'.split(''));
  const stop = fc.constantFrom<'tag' | ';' | ')'>('tag', ';', ')');
  fc.assert(
    fc.property(fc.string({ unit: alphabet, maxLength: 60 }), fc.nat(), fc.nat(), stop, (text, a, b, s) => {
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      assert.equal(scan(text, from, to, s), scanByCharacter(text, from, to, s), JSON.stringify({ text, from, to, s }));
    }),
    { numRuns: 20000, seed: 4 },
  );
  fc.assert(
    fc.property(sddl, stop, (text, s) => {
      assert.equal(scan(text, 0, text.length, s), scanByCharacter(text, 0, text.length, s));
    }),
    { numRuns: 2000, seed: 5 },
  );
});
