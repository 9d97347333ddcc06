/**
 * A strict JSON reader for documents from outside (snapshots, backups, requests). Unlike
 * JSON.parse alone it refuses a key repeated in one object, so a verdict never depends on which
 * of two values an engine keeps, and it refuses nesting deeper than MAX_JSON_DEPTH, so no later
 * walk of the value can exhaust the stack.
 *
 * Under Jint every script step is interpreted, so the common case avoids a step per character
 * or token: the engine's own JSON.parse makes the values, a walk counts the keys it kept and the
 * levels, and one native match bounds the number of keys in the text. Only a repeated key makes
 * the counts differ; then (and for too deep a value) a token scan runs to name the path. Measured
 * under Jint on a 7.5 KB snapshot: a reader in script 8.7 ms, a token scan 5.1 ms, this about 1 ms
 * (bench/README.md). A text JSON.parse refuses has its depth checked from the text, so the verdict
 * does not depend on the host's own parser limits (Jint's stops at 128 levels).
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
export function scanStructure(text: string): void {
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
 * The shape of a parsed value, walked level by level (no call per value, no depth kept per value:
 * calls are what cost under Jint): the number of keys, or TOO_DEEP when it nests more than
 * MAX_JSON_DEPTH levels, or NaN when an object holds one key twice. Engines differ on a repeated
 * key: Node keeps one (so the count falls short of the text's), while Jint 4.18's JSON.parse, once
 * its session has done enough before, keeps both as own properties (Object.keys, for-in and
 * JSON.stringify all list the key twice) - measured here: always after the engine bundle has been
 * loaded, and in a bare engine after about 56 JSON.parse calls of one-key objects with different
 * keys. So the count cannot be taken natively from JSON.stringify's output, and a verdict could
 * depend on what ran before.
 */
function shapeKeys(root: unknown): number {
  if (typeof root !== 'object' || root === null) return 0;
  let level: object[] = [root];
  let depth = 0;
  let count = 0;
  while (level.length > 0) {
    if (++depth > MAX_JSON_DEPTH) return TOO_DEEP;
    const next: object[] = [];
    for (const value of level) {
      if (Array.isArray(value)) {
        for (const item of value) if (typeof item === 'object' && item !== null) next.push(item);
        continue;
      }
      const keys = Object.keys(value);
      const n = keys.length;
      if (n > 1 && hasRepeat(keys, n)) return NaN;
      count += n;
      for (const key of keys) {
        const child = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) next.push(child);
      }
    }
    level = next;
  }
  return count;
}
const TOO_DEEP = -1;

/**
 * True when one of n keys occurs twice: two or three compared directly, a Set beyond (under Jint a
 * comparison loop cost 1.3 microseconds for three keys, the Set 0.8, the direct comparison 0.2; a
 * Set is built natively, where twelve keys compared pairwise were 66 interpreted steps).
 */
export function hasRepeat(keys: readonly string[], n: number): boolean {
  if (n === 2) return keys[0] === keys[1];
  if (n === 3) return keys[0] === keys[1] || keys[0] === keys[2] || keys[1] === keys[2];
  return new Set(keys).size !== n;
}

/** A quote, white space, then a colon: a key's end when the quote is one (see keyEndCount). */
const QUOTE_SPACES_COLON = /"[ \t\n\r]+:/g;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/**
 * The key ends in a text: quotes followed by a colon (white space between allowed), each quote
 * after a character other than a backslash, or after two backslashes. A key's closing quote is
 * always one of these (its string ends in a character, or in an escaped backslash, or is empty),
 * and inside a string a quote is escaped, so it follows one backslash, or three, or more: the count
 * is never below the number of keys in the text. Nor far above it: the snapshots inside a fleet
 * request (\"key\": in a string) are not counted, where a count of every quote-colon counted each
 * of their keys. No look-behind (ARCHITECTURE.md: Jint limits).
 *
 * Two ways to the same count, each cheap in one kind of engine (a property test holds both to the
 * definition): keyEndsByColons walks the colons, one step each, which V8 compiles to machine code
 * (the count cost a tenth of what the split and the pattern cost in Node); keyEndsBySplit takes
 * native calls only where it can, which is what counts under Jint, where every script step is
 * interpreted (the colon walk took 2-3 x the split's time there). The engine takes the walk where
 * Error.captureStackTrace exists (V8 has it; Jint 4.18 has not, measured): only the time
 * depends on it, never the answer.
 */
export const keyEndCount: (text: string) => number =
  typeof (Error as unknown as { captureStackTrace?: unknown }).captureStackTrace === 'function'
    ? keyEndsByColons
    : keyEndsBySplit;

/** The key-end count by a walk over the text's colons, looking back over white space to a quote. */
export function keyEndsByColons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let quote = at - 1;
    let c = text.charCodeAt(quote);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = text.charCodeAt(--quote);
    if (c === QUOTE && (text.charCodeAt(quote - 1) !== BACKSLASH || text.charCodeAt(quote - 2) === BACKSLASH)) count++;
  }
  return count;
}

/**
 * The key-end count by native calls: a text with no backslash before a quote (a snapshot's own
 * text, as a rule) has its quote-colons counted by one split, which under Jint cost a quarter of a
 * look-behind pattern's matches on the bench fleet's texts; any other text (a fleet request) by an
 * indexOf walk over its quote-colons. The rarer quote-space-colons are found by one pattern, and in
 * that second kind of text each is checked for the backslash before it.
 */
export function keyEndsBySplit(text: string): number {
  const plain = text.indexOf('\\"') < 0;
  let count = 0;
  if (plain) count = text.split('":').length - 1;
  else {
    for (let at = text.indexOf('":'); at >= 0; at = text.indexOf('":', at + 2)) {
      if (text.charCodeAt(at - 1) !== BACKSLASH || text.charCodeAt(at - 2) === BACKSLASH) count++;
    }
  }
  QUOTE_SPACES_COLON.lastIndex = 0;
  for (let m = QUOTE_SPACES_COLON.exec(text); m !== null; m = QUOTE_SPACES_COLON.exec(text)) {
    if (plain || text.charCodeAt(m.index - 1) !== BACKSLASH || text.charCodeAt(m.index - 2) === BACKSLASH) count++;
  }
  return count;
}

/** The exact number of keys in a text: its strings marked first, then the marks followed by ':'. */
function keysInText(text: string): number {
  return text.replace(STRING, '\u0001').match(KEY_MARK)?.length ?? 0;
}

/**
 * Parses JSON text strictly; throws JsonFault. The engine's own JSON.parse makes the value, one
 * walk counts its keys and levels, and the count of key ends (keyEndCount) bounds the text's keys
 * from above: equal counts prove no key was repeated (in Node a quarter of the old read's cost,
 * which stripped the strings and the brackets from the text first). A repeated key, too deep a
 * nesting, or a string holding an escaped quote before a colon, takes the slower exact paths; the
 * token scan names the path. Text JSON.parse refuses has its depth checked first, as before: too
 * deep a text is TooDeep whatever the host's parser limits, else it is a syntax fault.
 */
export function parseStrictJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const brackets = text.replace(STRING, '\u0001').replace(NOT_BRACKET, '');
    if (depthBound(brackets) > MAX_JSON_DEPTH && maxDepth(brackets) > MAX_JSON_DEPTH) scanStructure(text);
    throw new JsonFault('Syntax', [], 'not valid JSON');
  }
  const keys = shapeKeys(value);
  if (keys === TOO_DEEP) scanStructure(text); // throws: TooDeep, or a repeated key before it
  const upper = keyEndCount(text);
  if (keys !== upper && keys !== keysInText(text)) scanStructure(text);
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
