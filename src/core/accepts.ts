/**
 * A yes/no reading of a valibot schema, for the common case of a valid document.
 *
 * valibot stays the one definition of what a snapshot, a request or a backup may hold, and every
 * message comes from it. What this adds is speed under Jint: valibot builds a dataset object per
 * field and calls two to five methods for it, which makes schema validation about a third of a
 * snapshot's cost in the module (bench/README.md 0h). `acceptor(schema)` reads the schema's own
 * description (its type, entries, wrapped schema, pipe actions and their requirements) once and
 * returns a function that answers only "would valibot accept this?", with one call per field and no
 * allocation. Callers use it through firstIssue: when it says yes, the document is valid; when it
 * says no, valibot runs and gives the issue. A part of a schema this reader does not know (a union, a
 * variant, a transformation, a default, ...) is answered by valibot itself for that part, so a new
 * schema kind is slower, never wrong. tests/node/accepts.property.test.ts holds them equal (and the
 * snapshot acceptor written out as code) on every case and on mutated snapshots.
 */
import * as v from 'valibot';

export type Accept = (value: unknown) => boolean;

/** The parts of a schema or action this reader looks at (valibot 1.x's own property names). */
export interface SchemaNode {
  kind?: string;
  type?: string;
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node;
  value?: Node;
  wrapped?: Node;
  options?: unknown[];
  literal?: unknown;
  pipe?: Node[];
  requirement?: unknown;
  default?: unknown;
  fallback?: unknown;
}
type Node = SchemaNode;

const ABORT_EARLY = { abortEarly: true } as const;
const cache = new WeakMap<object, Accept>();

/** The acceptor of a schema (compiled once per schema object). */
export function acceptor(schema: v.GenericSchema): Accept {
  let accept = cache.get(schema);
  if (accept === undefined) {
    accept = compile(schema as unknown as Node, null);
    cache.set(schema, accept);
  }
  return accept;
}

/**
 * Uses `accept` for `schema` from now on: the snapshot schema's acceptor written out as code
 * (src/snapshot/acceptSnapshot.generated.ts), which gives the same answers faster.
 */
export function useAcceptor(schema: v.GenericSchema, accept: Accept): void {
  cache.set(schema, accept);
}

/**
 * valibot's first issue with `value` by `schema`, or null when the value is accepted. The acceptor
 * answers first; valibot runs only for a value it refuses, and writes the issue.
 */
export function firstIssue(schema: v.GenericSchema, value: unknown): v.BaseIssue<unknown> | null {
  if (acceptor(schema)(value)) return null;
  const parsed = v.safeParse(schema, value, ABORT_EARLY);
  return parsed.success ? null : parsed.issues[0];
}

/** valibot's answer for one part: what the reader falls back to. */
function byValibot(node: Node): Accept {
  const schema = node as unknown as v.GenericSchema;
  return (value) => v.safeParse(schema, value, ABORT_EARLY).success;
}

/**
 * Compiles one schema node. `fallbacks`, when given, collects the types answered by valibot (the
 * tests use it to show that the snapshot schema is read, not handed back whole).
 */
export function compile(node: Node, fallbacks: string[] | null): Accept {
  const fall = (what: string): Accept => {
    fallbacks?.push(what);
    return byValibot(node);
  };
  if (node.default !== undefined || node.fallback !== undefined) return fall(`${node.type} with a default`);
  if (Array.isArray(node.pipe)) return compilePipe(node.pipe, fallbacks) ?? fall(`pipe of ${node.type}`);
  switch (node.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'number':
      return (x) => typeof x === 'number' && !isNaN(x);
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'unknown':
      return () => true;
    case 'literal': {
      const literal = node.literal;
      return (x) => x === literal || (x !== x && literal !== literal);
    }
    case 'picklist': {
      const options = node.options as unknown[];
      return (x) => options.includes(x);
    }
    case 'optional': {
      const wrapped = compile(node.wrapped as Node, fallbacks);
      return (x) => x === undefined || wrapped(x);
    }
    case 'nullish': {
      const wrapped = compile(node.wrapped as Node, fallbacks);
      return (x) => x === undefined || x === null || wrapped(x);
    }
    case 'array': {
      const item = compile(node.item as Node, fallbacks);
      return (x) => {
        if (!Array.isArray(x)) return false;
        for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
        return true;
      };
    }
    case 'record': {
      const key = compile(node.key as Node, fallbacks);
      const value = compile(node.value as Node, fallbacks);
      return (x) => {
        if (!x || typeof x !== 'object') return false;
        const record = x as Record<string, unknown>;
        for (const k in record) {
          // valibot skips inherited keys and these three (its _isValidObjectKey).
          if (!Object.prototype.hasOwnProperty.call(record, k) || k === '__proto__') continue;
          if (k === 'prototype' || k === 'constructor') continue;
          if (!key(k) || !value(record[k])) return false;
        }
        return true;
      };
    }
    case 'object':
      return compileObject(node.entries as Record<string, Node>, fallbacks) ?? fall('object with defaults');
    default:
      return fall(String(node.type));
  }
}

/** An object: each entry present is accepted by its schema; an absent one must be optional. */
function compileObject(entries: Record<string, Node>, fallbacks: string[] | null): Accept | null {
  const keys: string[] = [];
  const accepts: Accept[] = [];
  const optional: boolean[] = [];
  for (const key of Object.keys(entries)) {
    const entry = entries[key] as Node;
    // valibot runs a default or fallback for an absent key: not read here.
    if (entry.default !== undefined || entry.fallback !== undefined || entry.type === 'exact_optional') return null;
    keys.push(key);
    accepts.push(compile(entry, fallbacks));
    optional.push(entry.type === 'optional' || entry.type === 'nullish');
  }
  const n = keys.length;
  return (x) => {
    if (!x || typeof x !== 'object') return false;
    const input = x as Record<string, unknown>;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      if (key in input) {
        if (!(accepts[i] as Accept)(input[key])) return false;
      } else if (!optional[i]) {
        return false;
      }
    }
    return true;
  };
}

/** A pipe: its first schema, then each validation in turn; null when an item is not one of these. */
function compilePipe(pipe: Node[], fallbacks: string[] | null): Accept | null {
  const [first, ...rest] = pipe;
  if (first === undefined || first.kind !== 'schema') return null;
  const checks: Accept[] = [];
  for (const action of rest) {
    if (action.kind === 'metadata') continue;
    if (action.kind !== 'validation') return null;
    const check = compileAction(action);
    if (check === null) return null;
    checks.push(check);
  }
  const base = compile(first, fallbacks);
  const n = checks.length;
  return (x) => {
    if (!base(x)) return false;
    for (let i = 0; i < n; i++) if (!(checks[i] as Accept)(x)) return false;
    return true;
  };
}

/** A validation action's test, exactly as valibot's ~run words it; null for one not read here. */
function compileAction(action: Node): Accept | null {
  const requirement = action.requirement;
  switch (action.type) {
    case 'regex': {
      const re = requirement as RegExp;
      // A global or sticky expression keeps state between tests: leave it to valibot.
      if (!(re instanceof RegExp) || re.global || re.sticky) return null;
      return (x) => re.test(x as string);
    }
    case 'check':
    case 'integer': {
      const test = requirement as (x: unknown) => unknown;
      return typeof test === 'function' ? (x) => !!test(x) : null;
    }
    case 'min_value': {
      const min = requirement as number;
      return (x) => (x as number) >= min;
    }
    case 'max_value': {
      const max = requirement as number;
      return (x) => (x as number) <= max;
    }
    case 'min_length': {
      const min = requirement as number;
      return (x) => !((x as { length: number }).length < min);
    }
    case 'max_length': {
      const max = requirement as number;
      return (x) => !((x as { length: number }).length > max);
    }
    default:
      return null;
  }
}
