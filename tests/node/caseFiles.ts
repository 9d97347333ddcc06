// Loads tests/cases/**/*.json (diagnose cases composed over the one healthy base) and checks a
// response against a case's expectations. Pester needs no matcher of its own: it requires the
// Jint response to equal this runner's byte for byte.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { composeSnapshot } from './cases/compose';

export interface CaseFile {
  /** Path relative to tests/cases, with forward slashes: the case's identity in both runners. */
  id: string;
  description: string;
  command: string;
  requestText: string;
  expect: {
    ok: boolean;
    error?: { code: string };
    findingIds?: string[];
    checks?: Record<string, string>;
    result?: unknown;
  };
}

export const CASES_DIR = join(__dirname, '..', '..', 'tests', 'cases');

export function caseFilePaths(root: string = CASES_DIR): string[] {
  return walk(root).map((file) => relative(root, file).split('\\').join('/'));
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.json') ? [full] : [];
    });
}

export function loadCases(root: string = CASES_DIR): CaseFile[] {
  return walk(root).map((file) => {
    const body = JSON.parse(readFileSync(file, 'utf8'));
    const requestText =
      typeof body.requestText === 'string'
        ? body.requestText
        : body.snapshot !== undefined
          ? JSON.stringify(composeSnapshot(body.snapshot, body.omit))
          : JSON.stringify(body.request);
    return {
      id: relative(root, file).split('\\').join('/'),
      description: body.description,
      command: body.command,
      requestText,
      expect: body.expect,
    };
  });
}

/**
 * Partial match: every key of `expected` must match; arrays of objects match by index as a prefix,
 * arrays of plain values (and `[]`) must match exactly.
 */
export function partialMismatch(expected: unknown, actual: unknown, path = '$'): string | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    const plain = expected.every((e) => typeof e !== 'object' || e === null);
    if (plain && JSON.stringify(expected) !== JSON.stringify(actual)) {
      return `${path}: expected exactly ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    }
    if (expected.length === 0 && actual.length !== 0)
      return `${path}: expected an empty array, got ${actual.length} items`;
    if (actual.length < expected.length)
      return `${path}: expected at least ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = partialMismatch(expected[i], actual[i], `${path}[${i}]`);
      if (m !== null) return m;
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      return `${path}: expected an object, got ${JSON.stringify(actual)}`;
    }
    for (const [key, value] of Object.entries(expected)) {
      const m = partialMismatch(value, (actual as Record<string, unknown>)[key], `${path}.${key}`);
      if (m !== null) return m;
    }
    return null;
  }
  return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

interface CheckLike {
  id: string;
  outcome: string;
}

/** All mismatches between a case's expectations and an engine response (empty = the case holds). */
export function caseMismatches(c: CaseFile, response: { ok: boolean; result?: any; error?: any }): string[] {
  const problems: string[] = [];
  if (response.ok !== c.expect.ok) {
    problems.push(`ok: expected ${c.expect.ok}, got ${response.ok} (${JSON.stringify(response.error ?? null)})`);
    return problems;
  }
  if (c.expect.error) {
    const m = partialMismatch(c.expect.error, response.error, '$.error');
    if (m) problems.push(m);
  }
  if (c.expect.findingIds) {
    const actual = (response.result.findings as { id: string }[]).map((f) => f.id).sort();
    const expected = [...c.expect.findingIds].sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`findingIds: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  if (c.expect.checks) {
    const all: CheckLike[] = [...response.result.checksRun, ...response.result.checksNotRun];
    for (const [id, outcome] of Object.entries(c.expect.checks)) {
      const found = all.find((x) => x.id === id);
      if (!found || found.outcome !== outcome) {
        problems.push(`check ${id}: expected ${outcome}, got ${found ? found.outcome : 'no such check'}`);
      }
    }
  }
  if (c.expect.result !== undefined) {
    const m = partialMismatch(c.expect.result, response.result, '$.result');
    if (m) problems.push(m);
  }
  return problems;
}
