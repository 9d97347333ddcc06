/**
 * Backups and the verdicts of the one change transaction (module/Private/Act/Invoke-WuChange.ps1):
 * the backup file's schema, and whether a registry item reads back as intended. Every backup file
 * is validated here, by schema, before anything is restored from it.
 */
import * as v from 'valibot';
import { tryParseSddl } from '../acl/sddl';
import { controllableDacl } from '../acl/autoUpdateAcl';
import { firstIssue } from '../core/accepts';
import { EngineError } from '../core/errors';
import { command } from '../core/family';
import { requestObject } from '../core/request';
import { describeIssue } from '../snapshot/validate';
import { expected, hexBytes } from '../snapshot/schema';

export const BACKUP_KIND = 'WuTrust.Backup';
export const BACKUP_FORMAT_VERSION = 1;

const HIVES = ['LocalMachine', 'CurrentUser', 'Users'] as const;
/** The value types Write-WuRegistryValue can write back. */
const WRITABLE_TYPES = ['REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_SZ', 'REG_EXPAND_SZ'] as const;

const nonEmpty = (what: string) => v.pipe(v.string(expected(what)), v.minLength(1, expected(what)));
const hive = v.picklist(HIVES, expected(`one of ${HIVES.join(', ')}`));
const sddl = v.pipe(
  nonEmpty('an SDDL string'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const parsed = tryParseSddl(dataset.value);
    if (!parsed.ok) addIssue({ message: `expected an SDDL WuTrust can parse: ${parsed.message}` });
  }),
);

const aclItem = v.object({
  type: v.literal('RegistryAcl', expected('an item whose "type" is RegistryAcl or RegistryValue')),
  hive,
  subKey: nonEmpty('a registry sub key'),
  path: v.optional(v.string(expected('a string'))),
  sddl,
});
/** What a value item names, whether or not the value existed. */
const valueFields = {
  type: v.literal('RegistryValue', expected('an item whose "type" is RegistryAcl or RegistryValue')),
  hive,
  subKey: nonEmpty('a registry sub key'),
  path: v.optional(v.string(expected('a string'))),
  name: nonEmpty('a value name'),
};
const presentValue = v.object({
  ...valueFields,
  existed: v.literal(true, expected('"existed" as true or false')),
  valueType: v.picklist(WRITABLE_TYPES, expected(`a type WuTrust can write back (${WRITABLE_TYPES.join(', ')})`)),
  hex: hexBytes,
});
const absentValue = v.object({
  ...valueFields,
  existed: v.literal(false, expected('"existed" as true or false')),
  valueType: v.nullish(v.string()),
  hex: v.nullish(v.string()),
});
const valueItem = v.variant('existed', [presentValue, absentValue], expected('"existed" as true or false'));
const item = v.variant('type', [aclItem, valueItem], expected('an item whose "type" is RegistryAcl or RegistryValue'));

export const backupSchema = v.object(
  {
    kind: v.literal(BACKUP_KIND, expected(`"${BACKUP_KIND}" (this is not a WuTrust backup)`)),
    formatVersion: v.pipe(
      v.number(expected('a number')),
      v.check(
        (n) => n <= BACKUP_FORMAT_VERSION,
        `expected ${BACKUP_FORMAT_VERSION} or lower: use the WuTrust version that wrote it`,
      ),
    ),
    computerName: nonEmpty('the computer the backup was taken on'),
    createdAt: v.optional(v.string(expected('a string'))),
    moduleVersion: v.optional(v.string(expected('a string'))),
    reason: v.optional(v.string(expected('a string'))),
    items: v.pipe(v.array(item, expected('a list of items')), v.minLength(1, 'expected at least one item')),
  },
  expected('a backup object'),
);
export type Backup = v.InferOutput<typeof backupSchema>;
type ValueItem = v.InferOutput<typeof valueItem>;

export function validateBackup(value: unknown): Backup {
  const issue = firstIssue(backupSchema, value);
  if (issue !== null) throw new EngineError('InvalidBackup', describeIssue(backupSchema, issue));
  return value as Backup;
}

/** Two registry value items agree: both absent, or the same type and bytes. */
function sameValue(expectedItem: ValueItem, actual: ValueItem): boolean {
  if (!expectedItem.existed) return !actual.existed;
  return (
    actual.existed &&
    actual.valueType === expectedItem.valueType &&
    actual.hex.toUpperCase() === expectedItem.hex.toUpperCase()
  );
}

export const ACT_COMMANDS = {
  /** A backup document -> the same document once it is proven well-formed (InvalidBackup otherwise). */
  validateBackup: command(v.unknown(), (r) => validateBackup(r)),
  /**
   * { expected, actual } (two backup items of one type) -> whether the state a write controls
   * agrees: for an ACL the protected flag and explicit entries, for a value its presence, type and bytes.
   */
  compareItem: command(
    requestObject('compareItem', {
      expected: item,
      actual: item,
    }),
    (r) => {
      if (r.expected.type !== r.actual.type) {
        throw new EngineError(
          'InvalidRequest',
          `"compareItem" compares items of one type; got ${r.expected.type} and ${r.actual.type}.`,
        );
      }
      if (r.expected.type === 'RegistryAcl' && r.actual.type === 'RegistryAcl') {
        const e = tryParseSddl(r.expected.sddl);
        const a = tryParseSddl(r.actual.sddl);
        const expectedDacl = e.ok ? controllableDacl(e.sd) : null;
        const actualDacl = a.ok ? controllableDacl(a.sd) : null;
        // The same flag and the same entries, in any order: the DACL read back through .NET comes
        // in canonical order, which need not be the order a backup or a plan wrote (seen in the
        // Windows-API lane: (SY)(user)(BU) read back as (SY)(BU)(user)).
        const same = expectedDacl !== null && actualDacl !== null && unordered(expectedDacl) === unordered(actualDacl);
        return {
          equal: same,
          expected: expectedDacl,
          actual: actualDacl,
        };
      }
      const equal = sameValue(r.expected as ValueItem, r.actual as ValueItem);
      return { equal, expected: describeValue(r.expected as ValueItem), actual: describeValue(r.actual as ValueItem) };
    },
  ),
};

/** A controllable DACL (controllableDacl's text) with its entries sorted: the flags, then the entry set. */
function unordered(dacl: string): string {
  const at = dacl.indexOf('(');
  if (at < 0) return dacl;
  return dacl.substring(0, at) + (dacl.substring(at).match(/\([^()]*\)/g) ?? []).sort().join('');
}

function describeValue(i: ValueItem): string {
  return i.existed ? `${i.valueType} ${i.hex.toUpperCase()}` : 'absent';
}
