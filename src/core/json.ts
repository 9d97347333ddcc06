/**
 * A strict JSON reader for documents from outside (snapshots, backups, requests). Unlike
 * JSON.parse it refuses a key repeated in one object, so a verdict never depends on which of two
 * values an engine keeps, and it refuses nesting deeper than MAX_JSON_DEPTH, so no later walk of
 * the value can exhaust the stack. Objects it makes have no prototype: a key such as "toString"
 * or "__proto__" in the data is an own property and nothing else.
 */
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

const CONTROL = /[\u0000-\u001f]/;

class Reader {
  private i = 0;
  private readonly path: (string | number)[] = [];

  constructor(private readonly text: string) {}

  read(): unknown {
    const value = this.value(0);
    this.space();
    if (this.i !== this.text.length) this.syntax();
    return value;
  }

  private syntax(): never {
    throw new JsonFault('Syntax', [...this.path], `unexpected text at character ${this.i + 1}`);
  }

  private space(): void {
    const t = this.text;
    let c = t.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.i);
  }

  private value(depth: number): unknown {
    this.space();
    const c = this.text.charCodeAt(this.i);
    if (c === 123 /* { */) return this.object(depth + 1);
    if (c === 91 /* [ */) return this.array(depth + 1);
    if (c === 34 /* " */) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (this.text.startsWith('true', this.i)) return (this.i += 4), true;
    if (this.text.startsWith('false', this.i)) return (this.i += 5), false;
    if (this.text.startsWith('null', this.i)) return (this.i += 4), null;
    return this.syntax();
  }

  private deeper(depth: number): void {
    if (depth > MAX_JSON_DEPTH) {
      throw new JsonFault('TooDeep', [...this.path], `nested more than ${MAX_JSON_DEPTH} levels deep`);
    }
  }

  private object(depth: number): Record<string, unknown> {
    this.deeper(depth);
    const out = Object.create(null) as Record<string, unknown>;
    this.i++;
    this.space();
    if (this.text.charCodeAt(this.i) === 125 /* } */) return this.i++, out;
    for (;;) {
      this.space();
      if (this.text.charCodeAt(this.i) !== 34) this.syntax();
      const key = this.string();
      this.space();
      if (this.text.charCodeAt(this.i) !== 58 /* : */) this.syntax();
      this.i++;
      this.path.push(key);
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        throw new JsonFault('DuplicateKey', [...this.path], `the key ${JSON.stringify(key)} appears more than once`);
      }
      const value = this.value(depth);
      this.path.pop();
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      this.space();
      const c = this.text.charCodeAt(this.i++);
      if (c === 125) return out;
      if (c !== 44 /* , */) return this.i--, this.syntax();
    }
  }

  private array(depth: number): unknown[] {
    this.deeper(depth);
    const out: unknown[] = [];
    this.i++;
    this.space();
    if (this.text.charCodeAt(this.i) === 93 /* ] */) return this.i++, out;
    for (;;) {
      this.path.push(out.length);
      out.push(this.value(depth));
      this.path.pop();
      this.space();
      const c = this.text.charCodeAt(this.i++);
      if (c === 93) return out;
      if (c !== 44) return this.i--, this.syntax();
    }
  }

  private string(): string {
    const t = this.text;
    const start = this.i + 1;
    let end = t.indexOf('"', start);
    if (end < 0) this.syntax();
    let raw = t.substring(start, end);
    if (raw.indexOf('\\') < 0) {
      if (CONTROL.test(raw)) this.syntax();
      this.i = end + 1;
      return raw;
    }
    // Escapes: find the quote that closes the string (one preceded by an even run of backslashes).
    for (;;) {
      let slashes = 0;
      for (let k = end - 1; k >= start && t.charCodeAt(k) === 92; k--) slashes++;
      if (slashes % 2 === 0) break;
      end = t.indexOf('"', end + 1);
      if (end < 0) this.syntax();
    }
    raw = t.substring(start - 1, end + 1);
    this.i = end + 1;
    try {
      return JSON.parse(raw) as string;
    } catch {
      this.i = start - 1;
      return this.syntax();
    }
  }

  private number(): number {
    const t = this.text;
    const start = this.i;
    let i = start;
    const digits = (): number => {
      const from = i;
      while (t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
      return i - from;
    };
    if (t.charCodeAt(i) === 45) i++;
    if (t.charCodeAt(i) === 48) i++;
    else if (digits() === 0) return (this.i = i), this.syntax();
    if (t.charCodeAt(i) === 46) {
      i++;
      if (digits() === 0) return (this.i = i), this.syntax();
    }
    if (t.charCodeAt(i) === 101 || t.charCodeAt(i) === 69) {
      i++;
      if (t.charCodeAt(i) === 43 || t.charCodeAt(i) === 45) i++;
      if (digits() === 0) return (this.i = i), this.syntax();
    }
    this.i = i;
    return Number(t.substring(start, i));
  }
}

/** Parses JSON text strictly; throws JsonFault. */
export function parseStrictJson(text: string): unknown {
  return new Reader(text).read();
}
