import { type Ace, type Acl, type SecurityDescriptor, formatAce } from './sddl';
import { KEY_ALL_ACCESS, READ_CONTROL, WRITE_DAC, mapGenericKeyRights } from './rights';

const OWNER_RIGHTS_SID = 'S-1-3-4';

export interface AccessResult {
  /** The rights the token is granted on the key (generic rights mapped). */
  granted: number;
  /** Deny ACEs (not inherit-only) that name a SID in the token, as SDDL. */
  denyAces: string[];
  /** ACEs the engine does not evaluate (object, callback, ...) that name a SID in the token. */
  unevaluatedAces: string[];
  /** How the DACL decided: 'NullDacl', 'NoDacl', 'EmptyDacl' or 'Aces'. */
  basis: 'NullDacl' | 'NoDacl' | 'EmptyDacl' | 'Aces';
}

function appliesToObject(ace: Ace): boolean {
  return !ace.flags.includes('IO');
}

/**
 * The access a token gets from a DACL, as AccessCheck computes the maximum allowed: ACEs in stored
 * order, inherit-only ACEs skipped, a right denied before it is granted stays denied, generic
 * rights mapped through the key mapping. No DACL or a NULL DACL grants everything; an empty DACL
 * grants nothing. The owner gets READ_CONTROL and WRITE_DAC unless an OWNER RIGHTS ACE exists.
 * Privileges (SeBackup, SeTakeOwnership) and integrity labels are not considered.
 */
export function evaluateAccess(sd: SecurityDescriptor, token: readonly string[]): AccessResult {
  const dacl: Acl | null = sd.dacl;
  if (dacl === null) return { granted: KEY_ALL_ACCESS, denyAces: [], unevaluatedAces: [], basis: 'NoDacl' };
  if (dacl.nullAcl) return { granted: KEY_ALL_ACCESS, denyAces: [], unevaluatedAces: [], basis: 'NullDacl' };
  const inToken = new Set(token);
  let granted = 0;
  let denied = 0;
  const ownerRightsAce = dacl.aces.some((a) => a.sid === OWNER_RIGHTS_SID);
  if (sd.owner !== null && inToken.has(sd.owner) && !ownerRightsAce) {
    granted = READ_CONTROL | WRITE_DAC;
  }
  if (sd.owner !== null && inToken.has(sd.owner)) inToken.add(OWNER_RIGHTS_SID);
  const denyAces: string[] = [];
  const unevaluatedAces: string[] = [];
  for (const ace of dacl.aces) {
    if (ace.verbatim !== undefined) {
      if (ace.sid === '' || inToken.has(ace.sid)) unevaluatedAces.push(formatAce(ace));
      continue;
    }
    if (!appliesToObject(ace) || !inToken.has(ace.sid)) continue;
    const mask = mapGenericKeyRights(ace.mask);
    if (ace.type === 'A') {
      granted = (granted | (mask & ~denied)) >>> 0;
    } else {
      denied = (denied | (mask & ~granted)) >>> 0;
      denyAces.push(formatAce(ace));
    }
  }
  return {
    granted: granted & KEY_ALL_ACCESS,
    denyAces,
    unevaluatedAces,
    basis: dacl.aces.length === 0 ? 'EmptyDacl' : 'Aces',
  };
}
