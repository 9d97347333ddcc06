// Seeds and mutations shared by the fuzz campaign and the acceptor property test: every committed
// case and sample as a request, and structure-aware mutations of such a request (a value replaced,
// a key deleted, a value wrapped in a list, deep nesting, a string put in its place).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadCases } from './caseFiles';

export interface Seed {
  command: string;
  text: string;
  /** The request as a value; null when the case's text is not JSON on purpose. */
  request: unknown;
}

const SAMPLES = join(__dirname, '..', '..', 'samples');

/** Every case (but those nested 10,000 deep on purpose, a text-level seed only) and every sample. */
export function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const c of loadCases()) {
    if (c.requestText.includes('[[[[[[[[[[')) continue;
    try {
      seeds.push({ command: c.command, text: c.requestText, request: JSON.parse(c.requestText) });
    } catch {
      seeds.push({ command: c.command, text: c.requestText, request: null });
    }
  }
  for (const name of readdirSync(SAMPLES).filter((n) => n.endsWith('.json'))) {
    const text = readFileSync(join(SAMPLES, name), 'utf8');
    seeds.push({ command: 'diagnose', text, request: JSON.parse(text) });
  }
  return seeds;
}

type Path = (string | number)[];
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** Stands for 200 levels of nesting, spliced into the text (building it as a value would nest it again). */
export const NEST = '\u0000nest\u0000';

export type Mutation = {
  at: number;
  action: 'replace' | 'delete' | 'wrap' | 'nest' | 'string';
  value: unknown;
  text: string;
};

/** Mutations whose replacement values come from `values`. */
export function mutationOf(values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return fc.record({
    at: fc.nat(),
    action: fc.constantFrom('replace', 'delete', 'wrap', 'nest', 'string'),
    value: values,
    text: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        'toString',
        '__proto__',
        'constructor',
        'O:toString',
        "'; Remove-Item C:\\ -Recurse; '",
        '$(calc)',
        'S-1-5-18',
        'ZZ',
        '0',
      ),
    ),
  });
}

/** A copy of `request` with the mutations applied in turn, each at a path of the document as it then is. */
export function mutate(request: unknown, mutations: Mutation[]): unknown {
  let doc: unknown = JSON.parse(JSON.stringify(request));
  for (const m of mutations) {
    const all = paths(doc);
    const path = all[m.at % all.length] as Path;
    const value = JSON.parse(JSON.stringify(m.value)) as unknown;
    const replacement =
      m.action === 'replace' ? value : m.action === 'wrap' ? [value] : m.action === 'nest' ? NEST : m.text;
    if (path.length === 0) {
      doc = m.action === 'delete' ? {} : replacement;
      continue;
    }
    let parent: any = doc;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const last = path[path.length - 1] as string | number;
    if (m.action === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      parent[last] = replacement;
    }
  }
  return doc;
}
