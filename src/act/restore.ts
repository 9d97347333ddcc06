/**
 * What a restore may write, and where backups may live (#9, "Security of the act paths"). A backup
 * file is data from outside: one sent with a ticket, or planted where SYSTEM keeps its backups,
 * could otherwise set an ACL on any HKLM key or write a Run-key value. A restore writes only what
 * WuTrust itself manages, each item checked here before any write:
 *   - the ACL of the AuthRoot keys CryptSvc writes (AutoUpdate, Certificates, CRLs, CTLs; HKLM),
 *   - the Software Publishing State value of a hive Set-WinTrustState targets,
 *   - the CTL sync values Reset-WuCtlSyncTime writes (AutoUpdate in HKLM, HKCU or HKU\.DEFAULT).
 */
import * as v from 'valibot';
import { parseSddl } from '../acl/sddl';
import { EngineError } from '../core/errors';
import { command } from '../core/family';
import { requestObject } from '../core/request';
import { expected } from '../snapshot/schema';
import { type Backup, validateBackup } from './backup';

const AUTH_ROOT = 'SOFTWARE\\MICROSOFT\\SYSTEMCERTIFICATES\\AUTHROOT';
/** The AuthRoot keys whose ACL a WuTrust repair may change (UNVERIFIED beyond AutoUpdate: see src/acl). */
export const MANAGED_ACL_KEYS: readonly string[] = ['AutoUpdate', 'Certificates', 'CRLs', 'CTLs'];
const SOFTWARE_PUBLISHING =
  'SOFTWARE\\MICROSOFT\\WINDOWS\\CURRENTVERSION\\WINTRUST\\TRUST PROVIDERS\\SOFTWARE PUBLISHING';
/** The AutoUpdate values Reset-WuCtlSyncTime writes. */
export const RESETTABLE_SYNC_VALUES: readonly string[] = [
  'DisallowedCertLastSyncTime',
  'LastSyncTime',
  'PinRulesLastSyncTime',
  'DisallowedCertSyncDeltaTime',
  'SyncDeltaTime',
  'PinRulesSyncDeltaTime',
];
/** HKU roots Set-WinTrustState writes under: SYSTEM's .DEFAULT, the service accounts, user hives. */
const USERS_ROOT = /^(?:\.DEFAULT|S-1-5-18|S-1-5-19|S-1-5-20|S-1-5-21(?:-\d{1,10}){1,14})$/i;

interface ItemLike {
  type: string;
  hive: string;
  subKey: string;
  name?: string;
}

const upper = (s: string) => s.toUpperCase();

/** Splits "root\rest" for the Users hive; null when there is no separator. */
function usersRoot(subKey: string): { root: string; rest: string } | null {
  const at = subKey.indexOf('\\');
  return at < 0 ? null : { root: subKey.substring(0, at), rest: subKey.substring(at + 1) };
}

/** Why an item is outside what WuTrust manages, or null when a restore may write it. */
export function unmanagedReason(item: ItemLike): string | null {
  const key = upper(item.subKey);
  if (item.type === 'RegistryAcl') {
    const managed = item.hive === 'LocalMachine' && MANAGED_ACL_KEYS.some((k) => key === upper(`${AUTH_ROOT}\\${k}`));
    return managed
      ? null
      : `a restore sets an ACL only on HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\{${MANAGED_ACL_KEYS.join(', ')}}`;
  }
  const name = item.name ?? '';
  if (name === 'State') {
    const inUsers =
      item.hive === 'Users' &&
      (() => {
        const split = usersRoot(item.subKey);
        return split !== null && USERS_ROOT.test(split.root) && upper(split.rest) === SOFTWARE_PUBLISHING;
      })();
    const inCurrentUser = item.hive === 'CurrentUser' && key === SOFTWARE_PUBLISHING;
    if (inUsers || inCurrentUser) return null;
  }
  if (RESETTABLE_SYNC_VALUES.includes(name)) {
    const autoUpdate = upper(`${AUTH_ROOT}\\AutoUpdate`);
    const ok =
      ((item.hive === 'LocalMachine' || item.hive === 'CurrentUser') && key === autoUpdate) ||
      (item.hive === 'Users' && key === upper(`.DEFAULT\\${autoUpdate}`));
    if (ok) return null;
  }
  return (
    'a restore writes only the Software Publishing State value of a WinTrust hive and the CTL sync values of an ' +
    'AutoUpdate key (HKLM, HKCU, HKU\\.DEFAULT)'
  );
}

function describeItem(item: ItemLike): string {
  const hive = { LocalMachine: 'HKLM', CurrentUser: 'HKCU', Users: 'HKU' }[item.hive] ?? item.hive;
  return `${item.type} ${hive}\\${item.subKey}${item.name ? '\\' + item.name : ''}`;
}

/**
 * A backup a restore may apply here: well-formed, taken on this computer (or allowed explicitly),
 * and naming only what WuTrust manages. Throws before anything is written, naming the item.
 */
export function checkRestore(backup: unknown, computerName: string, allowOtherComputer: boolean): Backup {
  const valid = validateBackup(backup);
  if (!allowOtherComputer && upper(valid.computerName) !== upper(computerName)) {
    throw new EngineError(
      'RestoreRefused',
      `The backup was taken on ${JSON.stringify(valid.computerName)}, not on ${JSON.stringify(computerName)}; ` +
        'restore it here only with -AllowOtherComputer. Nothing was changed.',
    );
  }
  valid.items.forEach((item, i) => {
    const why = unmanagedReason(item);
    if (why !== null) {
      throw new EngineError(
        'RestoreRefused',
        `items[${i}] (${describeItem(item)}) is not something WuTrust manages: ${why}. Nothing was changed.`,
      );
    }
  });
  return valid;
}

/** Well-known SIDs that may write in the backup folder: Administrators, SYSTEM, TrustedInstaller, CREATOR OWNER. */
const TRUSTED_WRITERS = new Set([
  'S-1-5-32-544',
  'S-1-5-18',
  'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464',
  'S-1-3-0',
]);
const TRUSTED_OWNERS = new Set(['S-1-5-32-544', 'S-1-5-18']);
/** File rights that let a holder change what is in a folder or who may (FILE_* write bits, DELETE, WRITE_DAC/OWNER, generic). */
const WRITE_RIGHTS = 0x2 | 0x4 | 0x10 | 0x40 | 0x100 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000;

/**
 * Whether a folder may hold SYSTEM's backups: owned by Administrators or SYSTEM, and nobody else
 * granted a right to write, delete or change permissions (ProgramData lets any user create a
 * folder first and own it).
 */
export function judgeBackupFolder(sddl: string): { trusted: boolean; problems: string[] } {
  const sd = parseSddl(sddl);
  const problems: string[] = [];
  if (sd.owner === null || !TRUSTED_OWNERS.has(sd.owner)) {
    problems.push(`it is owned by ${sd.owner ?? 'nobody named'}, not by Administrators or SYSTEM`);
  }
  if (sd.dacl === null || sd.dacl.nullAcl) {
    problems.push('it has no DACL, so everyone may write in it');
  } else {
    for (const ace of sd.dacl.aces) {
      if (ace.type !== 'A' || TRUSTED_WRITERS.has(ace.sid)) continue;
      if ((ace.mask & WRITE_RIGHTS) !== 0) {
        problems.push(`${ace.sid} may write in it (access mask 0x${ace.mask.toString(16).toUpperCase()})`);
      }
    }
  }
  return { trusted: problems.length === 0, problems };
}

export const RESTORE_COMMANDS = {
  /** { backup, computerName, allowOtherComputer } -> the backup, once a restore here may apply it. */
  checkRestore: command(
    requestObject('checkRestore', {
      backup: v.unknown(),
      computerName: v.pipe(v.string(expected('a computer name')), v.minLength(1, expected('a computer name'))),
      allowOtherComputer: v.boolean(expected('true or false')),
    }),
    (r) => checkRestore(r.backup, r.computerName, r.allowOtherComputer),
  ),
  /** { sddl } of a backup folder -> { trusted, problems }. */
  judgeBackupFolder: command(requestObject('judgeBackupFolder', { sddl: v.string(expected('an SDDL string')) }), (r) =>
    judgeBackupFolder(r.sddl),
  ),
};
