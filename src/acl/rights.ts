import { type Table, table } from '../core/table';

/**
 * Access rights for registry keys (FACTS.md 3.3; MicrosoftDocs win32
 * registry-key-security-and-access-rights.md, ace-strings.md).
 */
export const KEY_QUERY_VALUE = 0x0001;
export const KEY_SET_VALUE = 0x0002;
export const KEY_CREATE_SUB_KEY = 0x0004;
export const KEY_ENUMERATE_SUB_KEYS = 0x0008;
export const KEY_NOTIFY = 0x0010;
export const KEY_CREATE_LINK = 0x0020;
export const DELETE = 0x00010000;
export const READ_CONTROL = 0x00020000;
export const WRITE_DAC = 0x00040000;
export const WRITE_OWNER = 0x00080000;
export const KEY_READ = 0x20019;
export const KEY_WRITE = 0x20006;
export const KEY_EXECUTE = 0x20019;
export const KEY_ALL_ACCESS = 0xf003f;
export const GENERIC_ALL = 0x10000000;
export const GENERIC_EXECUTE = 0x20000000;
export const GENERIC_WRITE = 0x40000000;
export const GENERIC_READ = 0x80000000;

/** SDDL right aliases and their masks (ace-strings.md). */
export const RIGHT_ALIASES: Table<number> = table({
  GA: GENERIC_ALL,
  GR: GENERIC_READ,
  GW: GENERIC_WRITE,
  GX: GENERIC_EXECUTE,
  RC: READ_CONTROL,
  SD: DELETE,
  WD: WRITE_DAC,
  WO: WRITE_OWNER,
  RP: 0x10,
  WP: 0x20,
  CC: 0x1,
  DC: 0x2,
  LC: 0x4,
  SW: 0x8,
  LO: 0x80,
  DT: 0x40,
  CR: 0x100,
  FA: 0x1f01ff,
  FR: 0x120089,
  FW: 0x120116,
  FX: 0x1200a0,
  KA: KEY_ALL_ACCESS,
  KR: KEY_READ,
  KW: KEY_WRITE,
  KX: KEY_EXECUTE,
  NR: 0x1,
  NW: 0x2,
  NX: 0x4,
});

/** Masks printed as a single alias in canonical form; otherwise hex. KR is preferred over KX. */
const CANONICAL_ALIASES: readonly [string, number][] = [
  ['GA', GENERIC_ALL],
  ['GR', GENERIC_READ],
  ['GW', GENERIC_WRITE],
  ['GX', GENERIC_EXECUTE],
  ['KA', KEY_ALL_ACCESS],
  ['KR', KEY_READ],
  ['KW', KEY_WRITE],
];

export function formatRights(mask: number): string {
  for (const [alias, value] of CANONICAL_ALIASES) {
    if (mask === value) return alias;
  }
  return '0x' + (mask >>> 0).toString(16);
}

/** Generic rights mapped through the registry key generic mapping (KEY_READ/WRITE/EXECUTE/ALL_ACCESS). */
export function mapGenericKeyRights(mask: number): number {
  let out = mask & 0x0fffffff;
  if (mask & GENERIC_READ) out |= KEY_READ;
  if (mask & GENERIC_WRITE) out |= KEY_WRITE;
  if (mask & GENERIC_EXECUTE) out |= KEY_EXECUTE;
  if (mask & GENERIC_ALL) out |= KEY_ALL_ACCESS;
  return out >>> 0;
}

const RIGHT_NAMES: readonly [string, number][] = [
  ['KEY_QUERY_VALUE', KEY_QUERY_VALUE],
  ['KEY_SET_VALUE', KEY_SET_VALUE],
  ['KEY_CREATE_SUB_KEY', KEY_CREATE_SUB_KEY],
  ['KEY_ENUMERATE_SUB_KEYS', KEY_ENUMERATE_SUB_KEYS],
  ['KEY_NOTIFY', KEY_NOTIFY],
  ['KEY_CREATE_LINK', KEY_CREATE_LINK],
  ['DELETE', DELETE],
  ['READ_CONTROL', READ_CONTROL],
  ['WRITE_DAC', WRITE_DAC],
  ['WRITE_OWNER', WRITE_OWNER],
];

/** The names of the key rights in a mask; KEY_ALL_ACCESS when all are there. */
export function describeKeyRights(mask: number): string[] {
  if ((mask & KEY_ALL_ACCESS) === KEY_ALL_ACCESS) return ['KEY_ALL_ACCESS'];
  const names = RIGHT_NAMES.filter(([, bit]) => (mask & bit) === bit).map(([name]) => name);
  return names;
}

export { formatHex32Padded as hexMask } from '../core/hex';
