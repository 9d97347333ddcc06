/**
 * Schemas of the facts a snapshot carries (ARCHITECTURE.md "The snapshot"), with valibot.
 * Why valibot: it runs under Jint as the module configures it (strict mode, no CLR, the
 * statement and memory limits), its discriminated unions give one message per fault, and it was
 * the faster of the two libraries that run there (bench/README.md "Schema validation"). Each
 * family composes its own section from these parts; the TypeScript types are inferred from the
 * schemas, so a type is what was proven, not hoped. Objects are v.object, not v.looseObject: both
 * accept unknown keys (a snapshot's unknown fields are kept and ignored), but v.object does not
 * copy them into its output, which the engine never uses - half the cost per fact under Jint.
 */
import * as v from 'valibot';

/** What an input was, in a few words, for "expected X, got Y" messages. Never the whole input. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return input.length > 40 ? `${JSON.stringify(input.substring(0, 40))}...` : JSON.stringify(input);
    case 'number':
    case 'boolean':
      return String(input);
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

/** A message for a schema: "expected <what>, got <the input>". */
export const expected =
  (what: string) =>
  (issue: { input: unknown }): string =>
    `expected ${what}, got ${describeInput(issue.input)}`;

export const text = () => v.string(expected('a string'));
export const optionalText = () => v.optional(text());
export const nullableText = () => v.nullish(text());

export const FACT_STATUSES = [
  'Ok',
  'NotFound',
  'AccessDenied',
  'NotSupportedOnThisOS',
  'Timeout',
  'Malformed',
  'Error',
] as const;
export const factStatus = v.picklist(FACT_STATUSES, expected(`one of ${FACT_STATUSES.join(', ')}`));

/** Registry value types as Windows names them; REG_UNKNOWN is what the collector writes for others. */
export const REGISTRY_TYPES = [
  'REG_NONE',
  'REG_SZ',
  'REG_EXPAND_SZ',
  'REG_BINARY',
  'REG_DWORD',
  'REG_DWORD_BIG_ENDIAN',
  'REG_LINK',
  'REG_MULTI_SZ',
  'REG_QWORD',
  'REG_UNKNOWN',
] as const;

const HEX_DIGITS = /^[0-9a-fA-F]*$/;

/**
 * Raw bytes as hex without separators: whole bytes only. One regex for both rules (each schema
 * step costs about 5 us under Jint, and a snapshot holds dozens of these); the message says which
 * rule the text broke.
 */
export const hexBytes = v.pipe(
  v.string(expected('hex digits as a string')),
  v.regex(/^(?:[0-9a-fA-F]{2})*$/, (issue) =>
    HEX_DIGITS.test(issue.input as string)
      ? 'expected an even number of hex digits'
      : expected('hex digits (0-9, A-F) only')(issue),
  ),
);

const count = v.pipe(
  v.number(expected('a number')),
  v.integer(expected('a whole number')),
  v.minValue(0, expected('a number of 0 or more')),
);

/**
 * One registry value. `hex` holds the raw data: binary as stored, DWORD/QWORD little-endian,
 * strings as UTF-16LE without the terminating NUL. Large blobs (encoded CTLs) carry only `size`.
 * A value of the wrong type or length is a fact about the machine (a finding), not a damaged file.
 */
export const registryValueFact = v.object(
  {
    status: factStatus,
    type: v.optional(v.picklist(REGISTRY_TYPES, expected(`a registry type (${REGISTRY_TYPES.join(', ')})`))),
    hex: v.optional(hexBytes),
    size: v.optional(count),
    text: optionalText(),
    message: optionalText(),
  },
  expected('a registry value fact (an object with a status)'),
);
export type RegistryValueFact = v.InferOutput<typeof registryValueFact>;

export const registryKeyFact = v.object(
  {
    path: optionalText(),
    status: factStatus,
    message: optionalText(),
    values: v.optional(v.record(v.string(), registryValueFact, expected('an object of registry values by name'))),
  },
  expected('a registry key fact (an object with a status)'),
);
export type RegistryKeyFact = v.InferOutput<typeof registryKeyFact>;

export const serviceFact = v.object(
  {
    status: factStatus,
    message: optionalText(),
    state: optionalText(),
    startType: optionalText(),
    account: optionalText(),
  },
  expected('a service fact (an object with a status)'),
);
export type ServiceFact = v.InferOutput<typeof serviceFact>;

/** A key's security descriptor as SDDL (owner, group, DACL; the SACL is not read). */
/**
 * Bounds that keep one snapshot within what the engine may process (admin-trial D4): a text past
 * them is a damaged or hostile file, refused with its path, never a Jint limit mid-judgement.
 */
export const MAX_SDDL_CHARS = 65536;
// Length bounds as valibot's maxLength (a number, not a function), so the generated snapshot
// acceptor (tests/node/acceptorSource.ts) can write them out; the messages are WuTrust's own.
export const maxChars = (what: string, max: number) =>
  v.maxLength<string, number, (issue: v.MaxLengthIssue<string, number>) => string>(
    max,
    (issue) => `expected ${what} of at most ${max} characters, got ${issue.input.length}`,
  );
export const maxItems = <T>(what: string, max: number) =>
  v.maxLength<T[], number, (issue: v.MaxLengthIssue<T[], number>) => string>(
    max,
    (issue) => `expected ${what} of at most ${max} items, got ${issue.input.length}`,
  );

export const sddlFact = v.object(
  {
    path: optionalText(),
    status: factStatus,
    sddl: v.optional(
      v.pipe(text(), maxChars("an SDDL (a registry key's security descriptor is far smaller)", MAX_SDDL_CHARS)),
    ),
    message: optionalText(),
  },
  expected('a security descriptor fact (an object with a status)'),
);
export type SddlFact = v.InferOutput<typeof sddlFact>;

/** A literal SID: S-1-<authority>-<sub-authorities>, nothing else (no aliases, no names). */
export const SID_PATTERN = /^S-1-\d{1,15}(?:-\d{1,10}){0,15}$/;
export const literalSid = v.pipe(
  text(),
  v.regex(SID_PATTERN, expected('a SID such as S-1-5-21-1004336348-1177238915-682003330-1001')),
);

export const machineFacts = v.object(
  {
    computerName: nullableText(),
    osVersion: nullableText(),
    osBuild: v.nullish(v.number(expected('a number'))),
    osProductName: nullableText(),
    psEdition: nullableText(),
    psVersion: nullableText(),
    isElevated: v.nullish(v.boolean(expected('true, false or null'))),
    /** The account that ran the collector (admin-trial D5): its HKCU is the one collected as HKCU. */
    collectedBy: v.nullish(
      v.object({ name: nullableText(), sid: v.nullish(literalSid) }, expected('an object with name and sid')),
    ),
  },
  expected('an object'),
);
export type MachineFacts = v.InferOutput<typeof machineFacts>;
