/**
 * A strict JSON reader for documents from outside (snapshots, backups, requests). Unlike
 * JSON.parse alone it refuses a key repeated in one object, so a verdict never depends on which
 * of two values an engine keeps, and it refuses nesting deeper than MAX_JSON_DEPTH, so no later
 * walk of the value can exhaust the stack.
 *
 * Under Jint every script step is interpreted, so the common case avoids a step per character
 * or token: two native string replacements give the number of keys in the text and the nesting
 * depth, the engine's own JSON.parse makes the values, and a walk counts the keys it kept. Only
 * a repeated key makes the two counts differ; then (and for too deep a text) a token scan runs to
 * name the path. Measured under Jint on a 7.5 KB snapshot: a reader in script 8.7 ms, a token
 * scan 5.1 ms, this about 1 ms (bench/README.md). Depth is checked before JSON.parse, so the
 * verdict does not depend on the host's own parser limits.
 */
import { EngineError, type EngineErrorCode } from './errors';
export const MAX_JSON_DEPTH = 64;

export type JsonPath = readonly (string | number)[];

/** Where and why a text is not acceptable JSON; the facade maps it to the command's error code. */
export class JsonFault extends Error {
  constructor(
    readonly kind: 'Syntax' | 'DuplicateKey' | 'TooDeep',
    readonly path: JsonPath,
    message: string,
  ) {
    super(message);
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON path as messages show it: ctl.autoUpdate.HKLM.values.X.hex, wintrust.hives[0].scope. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += (out === '' ? '' : '.') + part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(the document)' : out;
}

/** A string token (escapes included) or one structural character. */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\]:,]/g;

interface Level {
  /** The keys seen in an object; null for an array. */
  keys: Set<string> | null;
  /** The key or index that the path shows for the value being read at this level. */
  at: string | number;
}

function pathOf(stack: readonly Level[]): (string | number)[] {
  return stack.map((level) => level.at);
}

/** Checks nesting depth and repeated keys; throws JsonFault. Syntax is JSON.parse's business. */
function scanStructure(text: string): void {
  const stack: Level[] = [];
  let pendingKey: string | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0];
    const top = stack[stack.length - 1];
    switch (token) {
      case '{':
      case '[':
        if (stack.length >= MAX_JSON_DEPTH) {
          throw new JsonFault('TooDeep', pathOf(stack), `nested more than ${MAX_JSON_DEPTH} levels deep`);
        }
        stack.push({ keys: token === '{' ? new Set<string>() : null, at: token === '{' ? '' : 0 });
        pendingKey = null;
        break;
      case '}':
      case ']':
        stack.pop();
        pendingKey = null;
        break;
      case ',':
        if (top !== undefined && top.keys === null) top.at = (top.at as number) + 1;
        pendingKey = null;
        break;
      case ':':
        if (top !== undefined && top.keys !== null && pendingKey !== null) {
          top.at = pendingKey;
          if (top.keys.has(pendingKey)) {
            throw new JsonFault(
              'DuplicateKey',
              pathOf(stack),
              `the key ${JSON.stringify(pendingKey)} appears more than once`,
            );
          }
          top.keys.add(pendingKey);
        }
        pendingKey = null;
        break;
      default:
        // A string: a key when the next token is ':' (escapes decoded only where there are any).
        pendingKey = token.indexOf('\\') < 0 ? token.substring(1, token.length - 1) : decodeKey(token);
    }
  }
}

function decodeKey(token: string): string | null {
  try {
    return JSON.parse(token) as string;
  } catch {
    return null; // a bad escape: JSON.parse will refuse the document
  }
}

/** Every JSON string (escapes included); in valid JSON a key is a string followed by ':'. */
const STRING = /"[^"\\]*(?:\\.[^"\\]*)*"/g;
/** U+0001 cannot stand unescaped in JSON text, so it marks where a string was. */
const KEY_MARK = /\u0001\s*:/g;
/** Runs of anything but a bracket (one match per run, not per character: 10 x cheaper in V8). */
const NOT_BRACKET = /[^{}[\]]+/g;

/** The deepest nesting of brackets in a text whose strings have been taken out. */
export function maxDepth(brackets: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < brackets.length; i++) {
    const c = brackets.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (depth > 0) {
      depth--;
    }
  }
  return max;
}

/** An opening bracket followed at once by a closing one: a pair with nothing nested in it. */
const INNERMOST_PAIR = /[{[][}\]]/g;

/**
 * An upper bound of maxDepth(brackets) from a short loop: each native pass that removes the
 * innermost pairs lowers the depth by at most one, so the depth of what is left plus the number of
 * passes bounds the depth. A snapshot nests about eight deep, so after eight passes little is left
 * for the loop (under Jint the loop over every bracket was 5% of a snapshot's script steps).
 */
export function depthBound(brackets: string): number {
  let rest = brackets;
  let passes = 0;
  while (passes < 16 && rest !== '') {
    const next = rest.replace(INNERMOST_PAIR, '');
    if (next.length === rest.length) break;
    rest = next;
    passes++;
  }
  return passes + maxDepth(rest);
}

/**
 * The number of keys in a parsed value (nesting already bounded by the depth check), or NaN when
 * an object holds one key twice. Engines differ on a repeated key: Node keeps one (so the count
 * falls short of the text's), while Jint 4.18's JSON.parse, once its session has done enough
 * before, keeps both as own properties (Object.keys, for-in and JSON.stringify all list the key
 * twice) - measured here: always after the engine bundle has been loaded, and in a bare engine
 * after about 56 JSON.parse calls of one-key objects with different keys. So the count cannot be
 * taken natively from JSON.stringify's output, and a verdict could depend on what ran before.
 */
function countKeys(root: unknown): number {
  if (typeof root !== 'object' || root === null) return 0;
  // A loop over a stack of objects and arrays, not a call per value: calls are what cost under Jint
  // (a quarter less than the recursive walk there). Only objects and arrays are ever pushed.
  const stack: object[] = [root];
  let count = 0;
  while (stack.length > 0) {
    const value = stack.pop() as object;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > 1 && hasRepeat(keys)) return NaN;
    count += keys.length;
    for (const key of keys) {
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return count;
}

/**
 * True when a key occurs twice: a direct comparison for up to four keys, a Set beyond (under Jint
 * the Set is built natively, where twelve keys compared pairwise were 66 interpreted steps).
 */
function hasRepeat(keys: readonly string[]): boolean {
  if (keys.length > 4) return new Set(keys).size !== keys.length;
  for (let i = 1; i < keys.length; i++) {
    for (let j = 0; j < i; j++) if (keys[i] === keys[j]) return true;
  }
  return false;
}

/** Parses JSON text strictly; throws JsonFault. */
export function parseStrictJson(text: string): unknown {
  const marked = text.replace(STRING, '\u0001');
  const brackets = marked.replace(NOT_BRACKET, '');
  if (depthBound(brackets) > MAX_JSON_DEPTH && maxDepth(brackets) > MAX_JSON_DEPTH) scanStructure(text);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new JsonFault('Syntax', [], 'not valid JSON');
  }
  const keysInText = marked.match(KEY_MARK)?.length ?? 0;
  if (countKeys(value) !== keysInText) scanStructure(text);
  return value;
}

/** A host-independent description of why a text is not JSON. */
export function describeJsonFailure(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') {
    return 'not valid JSON: it is empty.';
  }
  const first = trimmed[0] as string;
  if (first !== '{' && first !== '[' && first !== '"' && !/^(?:-|\d|true|false|null)/.test(trimmed)) {
    return `not valid JSON: it starts with ${JSON.stringify(trimmed.substring(0, 20))}.`;
  }
  return `not valid JSON (${text.length} characters; truncated or damaged).`;
}

/**
 * A document's text read strictly, or the engine error for it: InvalidJson when it is not JSON,
 * else `code` (InvalidSnapshot, InvalidRequest, ...) naming the path of a repeated key or of too
 * deep a nesting. The one mapping every reader of a document uses.
 */
export function readDocument(text: string, code: EngineErrorCode): unknown {
  try {
    return parseStrictJson(text);
  } catch (e) {
    if (!(e instanceof JsonFault)) throw e;
    if (e.kind === 'Syntax') throw new EngineError('InvalidJson', describeJsonFailure(text));
    throw new EngineError(code, `${formatPath(e.path)}: ${e.message}`);
  }
}
