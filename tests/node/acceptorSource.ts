// Writes the snapshot acceptor as straight-line TypeScript from the snapshot schema of every family
// (src/snapshot/acceptSnapshot.generated.ts; build.ps1 -Task Acceptors writes it, and the test
// 'the committed snapshot acceptor equals the generator's output' fails until it has been run after
// a schema changed). Under Jint a field checked in place costs about half of one checked by the
// table-driven acceptor of src/core/accepts.ts (a call and table lookups per field); the answers are
// the same, and tests/node/accepts.property.test.ts holds both equal to valibot.
import type { SchemaNode } from '../../src/core/accepts';
import { FAMILIES } from '../../src/families';
import { sectionsSchema } from '../../src/snapshot/validate';

type Node = SchemaNode;

class Writer {
  private readonly objects = new Map<Node, string>();
  private readonly byBody = new Map<string, string>();
  private readonly regexes = new Map<string, string>();
  private readonly bodies: string[] = [];
  private names = 0;

  /** The name of the function that accepts an object schema (written once per schema object). */
  objectFunction(node: Node): string {
    let name = this.objects.get(node);
    if (name !== undefined) return name;
    const lines = ["  if (!x || typeof x !== 'object') return false;", '  let v: any;'];
    for (const [key, entry] of Object.entries(node.entries ?? {})) {
      if (entry.default !== undefined || entry.fallback !== undefined || entry.type === 'exact_optional')
        throw new Error(`${key}: a default, fallback or exact_optional is not written by this generator`);
      const k = JSON.stringify(key);
      const read = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `x.${key}` : `x[${k}]`;
      if (entry.type === 'optional' || entry.type === 'nullish') {
        // Absent reads as undefined, which the optional schema accepts: no "in" needed.
        lines.push(`  v = ${read};`, ...this.check(entry, 'v').map((l) => '  ' + l));
      } else {
        lines.push(
          `  if (!(${k} in x)) return false;`,
          `  v = ${read};`,
          ...this.check(entry, 'v').map((l) => '  ' + l),
        );
      }
    }
    lines.push('  return true;', '}');
    // Schemas built alike by separate calls (the same fact shape in two families) share a function.
    const body = lines.join('\n');
    name = this.byBody.get(body);
    if (name === undefined) {
      name = `o${this.byBody.size}`;
      this.byBody.set(body, name);
      this.bodies.push(`function ${name}(x: any): boolean {\n${body}`);
    }
    this.objects.set(node, name);
    return name;
  }

  private regex(re: RegExp): string {
    const literal = re.toString();
    let name = this.regexes.get(literal);
    if (name === undefined) {
      name = `r${this.regexes.size}`;
      this.regexes.set(literal, name);
    }
    return name;
  }

  private local(prefix: string): string {
    return `${prefix}${this.names++}`;
  }

  /** Statements that return false when `v` (a variable) is not accepted by `node`. */
  check(node: Node, v: string): string[] {
    if (node.default !== undefined || node.fallback !== undefined)
      throw new Error(`${node.type}: a default or fallback is not written by this generator`);
    if (Array.isArray(node.pipe)) {
      const [first, ...actions] = node.pipe;
      if (first === undefined || first.kind !== 'schema') throw new Error('a pipe that does not start with a schema');
      return [...this.check(first, v), ...actions.flatMap((a) => this.action(a, v))];
    }
    switch (node.type) {
      case 'string':
        return [`if (typeof ${v} !== 'string') return false;`];
      case 'number':
        return [`if (typeof ${v} !== 'number' || ${v} !== ${v}) return false;`];
      case 'boolean':
        return [`if (typeof ${v} !== 'boolean') return false;`];
      case 'unknown':
        return [];
      case 'literal':
        if (typeof node.literal === 'number' && Number.isNaN(node.literal)) throw new Error('a NaN literal');
        return [`if (${v} !== ${JSON.stringify(node.literal)}) return false;`];
      case 'picklist': {
        const options = node.options as unknown[];
        if (options.some((o) => typeof o === 'number' && Number.isNaN(o))) throw new Error('a NaN option');
        return [`if (${options.map((o) => `${v} !== ${JSON.stringify(o)}`).join(' && ')}) return false;`];
      }
      case 'optional':
        return [`if (${v} !== undefined) {`, ...this.check(node.wrapped as Node, v).map((l) => '  ' + l), '}'];
      case 'nullish':
        return [
          `if (${v} !== undefined && ${v} !== null) {`,
          ...this.check(node.wrapped as Node, v).map((l) => '  ' + l),
          '}',
        ];
      case 'object':
        return [`if (!${this.objectFunction(node)}(${v})) return false;`];
      case 'array': {
        const i = this.local('i');
        const e = this.local('e');
        return [
          `if (!Array.isArray(${v})) return false;`,
          `for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`,
          `  const ${e}: any = ${v}[${i}];`,
          ...this.check(node.item as Node, e).map((l) => '  ' + l),
          '}',
        ];
      }
      case 'record': {
        const k = this.local('k');
        const e = this.local('e');
        return [
          `if (!${v} || typeof ${v} !== 'object') return false;`,
          `for (const ${k} in ${v}) {`,
          // valibot skips inherited keys and these three (its _isValidObjectKey).
          `  if (!hasOwn.call(${v}, ${k}) || ${k} === '__proto__' || ${k} === 'prototype' || ${k} === 'constructor') continue;`,
          ...this.check(node.key as Node, k).map((l) => '  ' + l),
          `  const ${e}: any = ${v}[${k}];`,
          ...this.check(node.value as Node, e).map((l) => '  ' + l),
          '}',
        ];
      }
      default:
        throw new Error(`schema type ${String(node.type)} is not written by this generator`);
    }
  }

  private action(action: Node, v: string): string[] {
    if (action.kind === 'metadata') return [];
    const r = action.requirement;
    const bound = (): string => {
      // A Date or bigint bound would need more than a literal: refuse rather than write it wrong.
      if (typeof r !== 'number' || !Number.isFinite(r)) throw new Error(`${action.type}: a bound that is not a number`);
      return String(r);
    };
    switch (action.type) {
      case 'regex': {
        const re = r as RegExp;
        if (re.global || re.sticky) throw new Error(`a global or sticky expression: ${re}`);
        return [`if (!${this.regex(re)}.test(${v})) return false;`];
      }
      case 'integer':
        return [`if (!Number.isInteger(${v})) return false;`];
      case 'min_value':
        return [`if (!(${v} >= ${bound()})) return false;`];
      case 'max_value':
        return [`if (!(${v} <= ${bound()})) return false;`];
      case 'min_length':
        return [`if (${v}.length < ${bound()}) return false;`];
      case 'max_length':
        return [`if (${v}.length > ${bound()}) return false;`];
      default:
        // A check with a function of its own cannot be written out: use a serialisable action.
        throw new Error(`validation ${String(action.type)} is not written by this generator`);
    }
  }

  text(root: string): string {
    const regexes = [...this.regexes].map(([literal, name]) => `const ${name} = ${literal};`);
    return [
      '// Generated by tests/node/acceptorSource.ts from the snapshot schema of src/families.ts',
      '// (build.ps1 -Task Acceptors); do not edit. It answers as src/core/accepts.ts and valibot do.',
      '/* eslint-disable */',
      'const hasOwn = Object.prototype.hasOwnProperty;',
      ...regexes,
      '',
      ...this.bodies.flatMap((b) => [b, '']),
      '/** True exactly when valibot accepts `x` by the snapshot schema of every family (sectionsSchema). */',
      `export const acceptSnapshot = (x: unknown): boolean => ${root}(x);`,
      '',
    ].join('\n');
  }
}

/** The file's text, from the schema as it is now. */
export function snapshotAcceptorSource(): string {
  const writer = new Writer();
  const root = writer.objectFunction(sectionsSchema(FAMILIES) as unknown as Node);
  return writer.text(root);
}

export const SNAPSHOT_ACCEPTOR_PATH = 'src/snapshot/acceptSnapshot.generated.ts';
