// The family contract as structure: the shared floors and pipelines import no family, no family
// imports another, and the pipelines name no family. Adding a family touches its folder and the list.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { FAMILIES } from '../../src/families';

const SRC = join(__dirname, '..', '..', 'src');
const FAMILY_FOLDERS = ['ctl', 'acl', 'wintrust', 'network', 'logs'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}
const sources = files(SRC).map((full) => ({
  path: relative(SRC, full).split('\\').join('/'),
  text: readFileSync(full, 'utf8'),
}));
const importsOf = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
const folderOf = (path: string) => (path.includes('/') ? (path.split('/')[0] as string) : '');
/** The src folder an import of `from` (a file path) reaches, or '' for src itself / a package. */
function target(from: string, spec: string): string {
  if (!spec.startsWith('.')) return '';
  const parts = [...from.split('/').slice(0, -1)];
  for (const piece of spec.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.length > 1
    ? (parts[0] as string)
    : FAMILY_FOLDERS.includes(parts[0] as string)
      ? (parts[0] as string)
      : '';
}

test('every family folder is in the list, and the list holds every family folder', () => {
  assert.equal(FAMILIES.length, FAMILY_FOLDERS.length);
  assert.deepEqual(new Set(FAMILIES.map((f) => f.id)).size, FAMILIES.length);
});

test('core/, snapshot/ and report/ import no family; index.ts reaches families only through families.ts', () => {
  for (const s of sources.filter(
    (f) => ['core', 'snapshot', 'report'].includes(folderOf(f.path)) || f.path === 'index.ts',
  )) {
    for (const spec of importsOf(s.text)) {
      assert.ok(!FAMILY_FOLDERS.includes(target(s.path, spec)), `${s.path} imports ${spec}`);
    }
  }
});

test('no family imports another family', () => {
  for (const s of sources.filter((f) => FAMILY_FOLDERS.includes(folderOf(f.path)))) {
    for (const spec of importsOf(s.text)) {
      const to = target(s.path, spec);
      assert.ok(!FAMILY_FOLDERS.includes(to) || to === folderOf(s.path), `${s.path} imports ${spec}`);
    }
  }
});

test('the report, the snapshot validation and the command table name no family', () => {
  for (const path of ['report/report.ts', 'snapshot/validate.ts', 'index.ts']) {
    const text = (sources.find((s) => s.path === path) as { text: string }).text;
    for (const family of FAMILIES) assert.ok(!text.includes(family.id), `${path} names ${family.id}`);
  }
});

test('no finding is built outside a catalogue: diagnoses write no title, remedy or references', () => {
  for (const s of sources.filter(
    (f) => FAMILY_FOLDERS.includes(folderOf(f.path)) && !f.path.endsWith('catalogue.ts'),
  )) {
    for (const line of s.text.split('\n')) {
      assert.ok(!/^\s*(title|remedy|references):/.test(line), `${s.path}: ${line.trim()}`);
    }
  }
});

test("every finding ID a family's code names is declared in that family's catalogue", () => {
  for (const family of FAMILIES) {
    const folder = FAMILY_FOLDERS.find((f) =>
      sources.some((s) => s.path === `${f}/catalogue.ts` && s.text.includes(`'${family.id}'`)),
    );
    assert.ok(folder !== undefined, `no catalogue declares ${family.id}`);
    for (const s of sources.filter((f) => folderOf(f.path) === folder)) {
      for (const m of s.text.matchAll(/'(WUT-[A-Z]{3}-\d{3})'/g)) {
        assert.ok(
          Object.prototype.hasOwnProperty.call(family.catalogue, m[1] as string),
          `${s.path} names ${m[1]}, not in the ${family.id} catalogue`,
        );
      }
    }
  }
});
