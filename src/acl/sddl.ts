import { remember } from '../core/remember';
import { EngineError } from '../core/errors';
import { lookup } from '../core/table';
import { RIGHT_ALIASES, formatRights } from './rights';
import { formatSid, normalizeSid } from './sid';

/**
 * SDDL as registry keys carry it (MicrosoftDocs win32 security-descriptor-string-format.md,
 * ace-strings.md; FACTS.md 3.3). The owner, group and DACL are parsed; the SACL is kept verbatim.
 * A and D ACEs are evaluated; every other ACE type is parsed for structure and kept verbatim.
 */
export interface Ace {
  type: string;
  /** ACE flags in canonical order (OI CI NP IO ID SA FA TP CR). */
  flags: string[];
  mask: number;
  objectGuid: string;
  inheritObjectGuid: string;
  /** Canonical literal SID, or a domain-relative alias. */
  sid: string;
  /** The seventh field (condition or resource attribute), verbatim. */
  extra?: string;
  /** For ACE types the engine does not evaluate: the ACE text exactly as given. */
  verbatim?: string;
}

export interface Acl {
  protected: boolean;
  autoInheritReq: boolean;
  autoInherited: boolean;
  /** NO_ACCESS_CONTROL: a NULL DACL, which grants everyone everything. */
  nullAcl: boolean;
  aces: Ace[];
}

export interface SecurityDescriptor {
  owner: string | null;
  group: string | null;
  /** null when the SDDL has no D: component (no DACL at all: everyone has full access). */
  dacl: Acl | null;
  /** The text after S:, verbatim; null when absent. */
  sacl: string | null;
}

/** ACE flags with their canonical order. */
export const ACE_FLAG_ORDER = ['OI', 'CI', 'NP', 'IO', 'ID', 'SA', 'FA', 'TP', 'CR'] as const;
export const EVALUATED_ACE_TYPES: ReadonlySet<string> = new Set(['A', 'D']);
/** ACE types the engine knows the shape of; they are parsed and kept verbatim. */
const KNOWN_VERBATIM_TYPES: ReadonlySet<string> = new Set([
  'OA',
  'OD',
  'AU',
  'AL',
  'OU',
  'OL',
  'ML',
  'XA',
  'XD',
  'XU',
  'ZA',
  'SP',
  'RA',
]);
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function fail(position: number, expected: string, found: string): never {
  throw new EngineError(
    'InvalidSddl',
    `Malformed SDDL at character ${position + 1}: expected ${expected}, found ${found === '' ? 'the end of the string' : JSON.stringify(found)}.`,
  );
}

function preview(text: string, at: number): string {
  return text.substring(at, at + 12);
}

/** What a scan stops at: a component tag (O: G: D: S:), a ';' or a ')'. */
type Stop = 'tag' | ';' | ')';

/** The characters a scan must look at, by what it stops at: quotes, parentheses and the stop. */
const INTERESTING: Readonly<Record<Stop, RegExp>> = {
  tag: /["()]|[OGDS]:/g,
  ';': /["();]/g,
  ')': /["()]/g,
};

/**
 * Walks text[from, to) outside double-quoted strings, tracking parenthesis depth (after the
 * character is counted), and returns the first index at depth 0 where `stop` is found, or -1.
 * Under Jint every script step is interpreted: a loop over each character cost about 9 steps per
 * character (the SDDL scans were 30% of a fleet batch's steps), so a native regular expression
 * jumps from one character that matters to the next, and a quoted string is skipped with indexOf.
 * The same answer as the plain loop (tests/node/sddl.property.test.ts compares them).
 */
export function scan(text: string, from: number, to: number, stop: Stop): number {
  const next = INTERESTING[stop];
  let depth = 0;
  let i = from;
  while (i < to) {
    next.lastIndex = i;
    const m = next.exec(text);
    if (m === null || m.index >= to) return -1;
    i = m.index;
    const c = text.charCodeAt(i);
    if (c === 34) {
      const close = text.indexOf('"', i + 1);
      if (close < 0 || close >= to) return -1;
      i = close + 1;
      continue;
    }
    if (c === 40) depth++;
    else if (c === 41) depth--;
    // At depth 0: a tag (the letter of a match before ':'), a ';' or a ')' ends the scan.
    if (depth === 0 && (stop === 'tag' ? c !== 40 && c !== 41 : c === (stop === ';' ? 59 : 41))) return i;
    i++;
  }
  return -1;
}

/** Index of the next component tag (O: G: D: S:) at nesting depth 0, or the end. */
function nextComponent(text: string, from: number): number {
  const at = scan(text, from, text.length, 'tag');
  return at < 0 ? text.length : at;
}

/** Splits "a;b;(c;d);"e;f"" into fields at depth 0 outside quotes. */
function splitFields(content: string): string[] {
  // Without quotes or parentheses every ';' is at depth 0 (the usual ACE).
  if (!/["()]/.test(content)) return content.split(';');
  const fields: string[] = [];
  let start = 0;
  // A ';' at depth 0 outside quotes leaves no state behind, so each field is scanned afresh.
  for (let at = scan(content, 0, content.length, ';'); at >= 0; at = scan(content, start, content.length, ';')) {
    fields.push(content.substring(start, at));
    start = at + 1;
  }
  fields.push(content.substring(start));
  return fields;
}

function parseRights(field: string, at: number): number {
  if (/^0[xX][0-9a-fA-F]{1,8}$/.test(field)) return parseInt(field.substring(2), 16) >>> 0;
  if (/^\d{1,10}$/.test(field)) {
    const value = Number(field);
    if (value > 0xffffffff) fail(at, 'a 32-bit access mask', field);
    return value >>> 0;
  }
  if (field.length % 2 !== 0) fail(at, 'rights as 0x-hex or two-letter aliases (GA, KA, KR, ...)', field);
  let mask = 0;
  for (let i = 0; i < field.length; i += 2) {
    const alias = field.substring(i, i + 2);
    const value = lookup(RIGHT_ALIASES, alias);
    if (value === undefined) fail(at + i, 'a right alias such as GA, GR, KA, KR, RC, WD', alias);
    mask = (mask | value) >>> 0;
  }
  return mask;
}

function parseAceFlags(field: string, at: number): string[] {
  if (field.length % 2 !== 0) fail(at, 'ACE flags as two-letter codes (OI, CI, NP, IO, ID, SA, FA)', field);
  const seen = new Set<string>();
  for (let i = 0; i < field.length; i += 2) {
    const flag = field.substring(i, i + 2);
    if (!(ACE_FLAG_ORDER as readonly string[]).includes(flag))
      fail(at + i, 'an ACE flag (OI, CI, NP, IO, ID, SA, FA)', flag);
    seen.add(flag);
  }
  return ACE_FLAG_ORDER.filter((f) => seen.has(f));
}

function parseAce(text: string, open: number, close: number): Ace {
  const content = text.substring(open + 1, close);
  const fields = splitFields(content);
  if (fields.length < 6)
    fail(
      close,
      `6 ACE fields separated by ';' (type;flags;rights;object;inherit-object;sid), got ${fields.length}`,
      ')',
    );
  if (fields.length > 7) fail(open, 'at most 7 ACE fields', `${fields.length} fields`);
  // Each field by index: array destructuring walks an iterator, which costs under Jint.
  const type = fields[0] as string;
  const flagText = fields[1] as string;
  const rightsText = fields[2] as string;
  const objectGuid = fields[3] as string;
  const inheritGuid = fields[4] as string;
  const sidText = fields[5] as string;
  const offsets: number[] = [];
  let offset = open + 1;
  for (const f of fields) {
    offsets.push(offset);
    offset += f.length + 1;
  }
  if (!/^[A-Z]{1,2}$/.test(type)) fail(offsets[0] as number, 'an ACE type such as A or D', type);
  const verbatimOnly = !EVALUATED_ACE_TYPES.has(type);
  if (verbatimOnly && !KNOWN_VERBATIM_TYPES.has(type)) {
    // Unknown type: kept exactly as given; only its outer structure was checked.
    return {
      type,
      flags: [],
      mask: 0,
      objectGuid: '',
      inheritObjectGuid: '',
      sid: '',
      verbatim: text.substring(open, close + 1),
    };
  }
  const flags = parseAceFlags(flagText, offsets[1] as number);
  const mask = parseRights(rightsText, offsets[2] as number);
  for (const [guid, at] of [
    [objectGuid, offsets[3]],
    [inheritGuid, offsets[4]],
  ] as [string, number][]) {
    if (guid !== '' && !GUID.test(guid))
      fail(at, 'an empty field or a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)', guid);
  }
  const sid = normalizeSid(sidText);
  if (sid === null) fail(offsets[5] as number, 'a SID (S-1-...) or a SID alias (SY, BA, WD, ...)', sidText);
  if ((type === 'XA' || type === 'XD' || type === 'XU' || type === 'ZA') && fields.length !== 7) {
    fail(close, `a condition as the 7th field of a ${type} ACE`, ')');
  }
  if (type === 'RA' && fields.length !== 7) fail(close, 'a resource attribute as the 7th field of an RA ACE', ')');
  if ((type === 'A' || type === 'D') && fields.length === 7)
    fail(offsets[6] as number, `no 7th field in a ${type} ACE`, fields[6] as string);
  const ace: Ace = {
    type,
    flags,
    mask,
    objectGuid: objectGuid.toLowerCase(),
    inheritObjectGuid: inheritGuid.toLowerCase(),
    sid,
  };
  if (fields.length === 7) ace.extra = fields[6] as string;
  if (verbatimOnly) ace.verbatim = text.substring(open, close + 1);
  return ace;
}

/** Index of the ')' that closes the '(' at `open`, honouring nested parentheses and quotes. */
function closingParen(text: string, open: number, limit: number, quotes: boolean): number {
  // The usual ACE: no quote in the text and no '(' before the first ')': that ')' closes it.
  if (!quotes) {
    const close = text.indexOf(')', open + 1);
    if (close >= 0 && close < limit) {
      const inner = text.indexOf('(', open + 1);
      if (inner < 0 || inner > close) return close;
    }
  }
  const at = scan(text, open, limit, ')');
  return at >= 0 ? at : fail(limit, "')' to close the ACE opened at character " + (open + 1), preview(text, limit));
}

function parseDacl(text: string, start: number, end: number): Acl {
  const acl: Acl = { protected: false, autoInheritReq: false, autoInherited: false, nullAcl: false, aces: [] };
  let i = start;
  for (;;) {
    if (text.startsWith('NO_ACCESS_CONTROL', i)) {
      acl.nullAcl = true;
      i += 17;
    } else if (text.startsWith('AI', i)) {
      acl.autoInherited = true;
      i += 2;
    } else if (text.startsWith('AR', i)) {
      acl.autoInheritReq = true;
      i += 2;
    } else if (text[i] === 'P') {
      acl.protected = true;
      i += 1;
    } else break;
  }
  const quotes = text.indexOf('"') >= 0;
  while (i < end) {
    if (text[i] !== '(')
      fail(i, "'(' to start an ACE, or a DACL flag (P, AI, AR, NO_ACCESS_CONTROL)", preview(text, i));
    const close = closingParen(text, i, end, quotes);
    acl.aces.push(parseAce(text, i, close));
    i = close + 1;
  }
  if (acl.nullAcl && acl.aces.length > 0)
    fail(start, 'no ACEs after NO_ACCESS_CONTROL (a NULL DACL has none)', preview(text, start));
  return acl;
}

/** Parses SDDL; throws EngineError('InvalidSddl') naming the position and what was expected. */
export function parseSddl(input: string): SecurityDescriptor {
  if (typeof input !== 'string') throw new EngineError('InvalidSddl', 'The SDDL must be a string.');
  const text = input.trim();
  if (text === '') fail(0, 'a security descriptor such as O:SYG:SYD:(A;CI;KA;;;SY)', '');
  const sd: SecurityDescriptor = { owner: null, group: null, dacl: null, sacl: null };
  const seen = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const tag = text[i] as string;
    if (text[i + 1] !== ':' || !'OGDS'.includes(tag)) fail(i, 'a component O:, G:, D: or S:', preview(text, i));
    if (seen.has(tag)) fail(i, `each component once; ${tag}: appears again`, preview(text, i));
    seen.add(tag);
    const start = i + 2;
    const end = nextComponent(text, start);
    const body = text.substring(start, end);
    if (tag === 'O' || tag === 'G') {
      const sid = normalizeSid(body);
      if (sid === null) fail(start, `a SID (S-1-...) or a SID alias as the ${tag === 'O' ? 'owner' : 'group'}`, body);
      if (tag === 'O') sd.owner = sid;
      else sd.group = sid;
    } else if (tag === 'D') {
      sd.dacl = parseDacl(text, start, end);
    } else {
      sd.sacl = body;
    }
    i = end;
  }
  return sd;
}

/** Errors as values: a malformed SDDL from a snapshot is data (a finding), not an exception. */
export type SddlParse = { ok: true; sd: SecurityDescriptor } | { ok: false; message: string };

export function tryParseSddl(input: string): SddlParse {
  try {
    return { ok: true, sd: parseSddl(input) };
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * tryParseSddl for the descriptors a diagnosis reads: each text parsed once per engine (up to 1,024
 * texts kept). A fleet's machines mostly carry the same descriptors for the same keys (the
 * operating system's defaults), so a fleet report parses each of them once, not once per machine.
 * The result is frozen, all the way down: a caller that tried to change a shared descriptor would
 * throw (the bundle is strict) rather than change another machine's verdict.
 */
export const parseSddlOnce: (input: string) => SddlParse = remember((input) => {
  const parsed = tryParseSddl(input);
  if (parsed.ok) freezeDescriptor(parsed.sd);
  return Object.freeze(parsed);
}, 1024);

function freezeDescriptor(sd: SecurityDescriptor): void {
  if (sd.dacl !== null) {
    for (const ace of sd.dacl.aces) {
      Object.freeze(ace.flags);
      Object.freeze(ace);
    }
    Object.freeze(sd.dacl.aces);
    Object.freeze(sd.dacl);
  }
  Object.freeze(sd);
}

export function formatAce(ace: Ace): string {
  if (ace.verbatim !== undefined) return ace.verbatim;
  const fields = [
    ace.type,
    ace.flags.join(''),
    formatRights(ace.mask),
    ace.objectGuid,
    ace.inheritObjectGuid,
    formatSid(ace.sid),
  ];
  if (ace.extra !== undefined) fields.push(ace.extra);
  return '(' + fields.join(';') + ')';
}

export function formatDacl(acl: Acl): string {
  return (
    (acl.protected ? 'P' : '') +
    (acl.autoInheritReq ? 'AR' : '') +
    (acl.autoInherited ? 'AI' : '') +
    (acl.nullAcl ? 'NO_ACCESS_CONTROL' : '') +
    acl.aces.map(formatAce).join('')
  );
}

/** Canonical SDDL: components in the order O G D S, aliases where SDDL has them, flags in a fixed order. */
export function formatSddl(sd: SecurityDescriptor): string {
  let out = '';
  if (sd.owner !== null) out += 'O:' + formatSid(sd.owner);
  if (sd.group !== null) out += 'G:' + formatSid(sd.group);
  if (sd.dacl !== null) out += 'D:' + formatDacl(sd.dacl);
  if (sd.sacl !== null) out += 'S:' + sd.sacl;
  return out;
}
