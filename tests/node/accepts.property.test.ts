// Property test for the schema acceptor (src/core/accepts.ts): for every committed case and sample,
// and for mutations of them, the acceptor says yes exactly when valibot's safeParse succeeds - on
// the snapshot schema of every family, on each command's request schema, and on the backup schema.
// The acceptor is the engine's fast path; valibot stays the definition.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import { backupSchema } from '../../src/act/backup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptor, compile } from '../../src/core/accepts';
import { acceptSnapshot } from '../../src/snapshot/acceptSnapshot.generated';
import { FAMILIES, PLANNED_FAMILIES } from '../../src/families';
import { commandTable } from '../../src/index';
import { sectionsSchema } from '../../src/snapshot/validate';
import { SNAPSHOT_ACCEPTOR_PATH, snapshotAcceptorSource } from './acceptorSource';
import { loadSeeds, mutate, mutationOf } from './mutations';

const TABLE = commandTable(FAMILIES, PLANNED_FAMILIES);
const SNAPSHOT = sectionsSchema(FAMILIES);
/** The table-driven acceptor of the snapshot schema (the engine uses the generated one for it). */
const SNAPSHOT_TABLE = compile(SNAPSHOT as never, null);
/** No case holds a backup (Pester writes them); one of each item kind, as Backup-WuRegistry writes them. */
const BACKUP = {
  kind: 'WuTrust.Backup',
  formatVersion: 1,
  computerName: 'PC-01',
  createdAt: '2026-11-27T03:00:00.0000000Z',
  items: [
    {
      type: 'RegistryAcl',
      hive: 'LocalMachine',
      subKey: 'SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate',
      sddl: 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)',
    },
    {
      type: 'RegistryValue',
      hive: 'LocalMachine',
      subKey: 'SOFTWARE\\X',
      name: 'State',
      existed: true,
      valueType: 'REG_DWORD',
      hex: '00020000',
    },
    {
      type: 'RegistryValue',
      hive: 'CurrentUser',
      subKey: 'SOFTWARE\\X',
      name: 'Gone',
      existed: false,
      valueType: null,
      hex: null,
    },
  ],
};
const seeds = [
  ...loadSeeds().filter((s) => s.request !== null),
  { command: 'validateBackup', text: JSON.stringify(BACKUP), request: BACKUP as unknown },
];

/** The schemas a seed's request (or a part of it) is read by, with the part. */
function targets(command: string, doc: unknown): { name: string; schema: v.GenericSchema; value: unknown }[] {
  const out: { name: string; schema: v.GenericSchema; value: unknown }[] = [];
  const handler = TABLE[command];
  if (handler !== undefined) out.push({ name: `${command} request`, schema: handler.request, value: doc });
  const part = (key: string) =>
    typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)[key] : undefined;
  if (command === 'diagnose') out.push({ name: 'snapshot', schema: SNAPSHOT, value: doc });
  if (command === 'diagnoseWith') out.push({ name: 'snapshot', schema: SNAPSHOT, value: part('snapshot') });
  if (command === 'validateBackup') out.push({ name: 'backup', schema: backupSchema, value: doc });
  if (command === 'restorePlan' || command === 'verifyRestore')
    out.push({ name: 'backup', schema: backupSchema, value: part('backup') });
  return out;
}

function assertSame(name: string, schema: v.GenericSchema, value: unknown): boolean {
  const byValibot = v.safeParse(schema, value, { abortEarly: true }).success;
  const shown = () => JSON.stringify(value)?.substring(0, 3000);
  assert.equal(acceptor(schema)(value), byValibot, `${name}: valibot says ${byValibot} for ${shown()}`);
  if (schema === SNAPSHOT) {
    assert.equal(acceptSnapshot(value), byValibot, `${name} (generated): valibot says ${byValibot} for ${shown()}`);
    assert.equal(SNAPSHOT_TABLE(value), byValibot, `${name} (table): valibot says ${byValibot} for ${shown()}`);
  }
  return byValibot;
}

test('the committed snapshot acceptor equals the generator output (build.ps1 -Task Acceptors writes it)', () => {
  const committed = readFileSync(join(__dirname, '..', '..', SNAPSHOT_ACCEPTOR_PATH), 'utf8');
  assert.equal(committed, snapshotAcceptorSource());
  // The engine reads the families' snapshot schema with it.
  assert.equal(acceptor(SNAPSHOT), acceptSnapshot);
});

test('the acceptor agrees with valibot on every case and sample as committed', () => {
  let checked = 0;
  for (const seed of seeds) {
    for (const t of targets(seed.command, seed.request)) {
      assertSame(`${seed.command} ${t.name}`, t.schema, t.value);
      checked++;
    }
  }
  assert.ok(checked > seeds.length, `${checked} documents checked`);
});

/** Replacement values near what the schemas test: types, picklist members, bounds, hex, SIDs, lengths. */
const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(
    '',
    'zz',
    'abc',
    '0A0B',
    'S-1-5-18',
    'S-1-5-x',
    'REG_SZ',
    'REG_BINARY',
    'Ok',
    'NotFound',
    'https',
    'Leaf',
    'A',
    'NOERROR',
    'Tls',
    0,
    -1,
    1,
    1.5,
    99,
    100,
    999,
    1000,
    65535,
    65536,
    true,
    false,
    null,
    [],
    {},
    'x'.repeat(257),
    'x'.repeat(1025),
    'x'.repeat(4097),
    'x'.repeat(65537),
  ),
);

let mutated = 0;
let refused = 0;
test('the acceptor agrees with valibot on 20,000 mutated cases and samples', () => {
  fc.assert(
    fc.property(fc.nat(), fc.array(mutationOf(values), { minLength: 1, maxLength: 3 }), (pick, mutations) => {
      const seed = seeds[pick % seeds.length] as (typeof seeds)[number];
      const doc = mutate(seed.request, mutations);
      for (const t of targets(seed.command, doc)) {
        if (!assertSame(`${seed.command} ${t.name}`, t.schema, t.value)) refused++;
        mutated++;
      }
    }),
    { numRuns: 20000, seed: 20261127 },
  );
  // The mutations reach both answers often: the comparison is not one-sided.
  assert.ok(refused > mutated / 10 && refused < mutated * 0.9, `${refused} of ${mutated} refused`);
});

test('the snapshot schema is read by the acceptor, not handed back to valibot', () => {
  const fallbacks: string[] = [];
  compile(SNAPSHOT as never, fallbacks);
  assert.deepEqual(fallbacks, []);
  const backup: string[] = [];
  compile(backupSchema as never, backup);
  // The backup's items are variants, valibot's own (a backup is read once per restore).
  assert.deepEqual([...new Set(backup)].sort(), ['variant']);
});

test('the acceptor follows valibot on edge values of each kind it reads', () => {
  const schemas: [string, v.GenericSchema, unknown[]][] = [
    ['number', v.number(), [0, -0, NaN, Infinity, '1', null]],
    ['literal NaN', v.literal(NaN as never), [NaN, 0, 'NaN']],
    ['picklist', v.picklist(['a', 'b']), ['a', 'c', undefined, ['a']]],
    [
      'object',
      v.object({ a: v.string(), b: v.optional(v.number()) }),
      [{ a: 'x' }, { b: 1 }, [], 'a', null, { a: 'x', b: null }],
    ],
    [
      'record',
      v.record(v.string(), v.number()),
      [{}, { constructor: 'x' }, { prototype: 'x' }, JSON.parse('{"__proto__":"x"}'), { a: 'x' }, []],
    ],
    ['array', v.pipe(v.array(v.number()), v.minLength(1), v.maxLength(2)), [[], [1], [1, 2, 3], ['1'], {}]],
    ['integer range', v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)), [0, 1, 2.5, 3, 4, NaN]],
    ['regex', v.pipe(v.string(), v.regex(/^a+$/)), ['a', 'aa', 'b', '', 1]],
    [
      'object of leaves',
      v.object({ n: v.number(), s: v.nullish(v.string()), b: v.optional(v.boolean()) }),
      [
        { n: 1, s: null },
        { n: NaN },
        { n: 1, s: 1 },
        { n: 1, b: null },
        { n: 1, b: undefined },
        { n: undefined },
        { s: 'a' },
      ],
    ],
    ['union', v.union([v.number(), v.string()]), [1, 'a', null, true]],
  ];
  for (const [name, schema, inputs] of schemas) for (const input of inputs) assertSame(name, schema, input);
  // Values JSON cannot carry, in a snapshot: NaN where a number belongs, undefined where a string does.
  const sample = seeds.find((s) => s.command === 'diagnose' && v.safeParse(SNAPSHOT, s.request).success);
  const snapshot = JSON.parse(JSON.stringify(sample?.request)) as { machine: Record<string, unknown> };
  assert.ok(assertSame('snapshot', SNAPSHOT, snapshot));
  snapshot.machine['osBuild'] = NaN;
  assert.equal(assertSame('snapshot with NaN', SNAPSHOT, snapshot), false);
  snapshot.machine['osBuild'] = undefined;
  assert.ok(assertSame('snapshot with undefined', SNAPSHOT, snapshot));
});
