import { EngineError } from '../core/errors';
import { evaluateAccess } from './access';
import { daclWithInheritance } from './inherit';
import {
  KEY_ALL_ACCESS,
  KEY_CREATE_SUB_KEY,
  KEY_QUERY_VALUE,
  KEY_SET_VALUE,
  describeKeyRights,
  hexMask,
} from './rights';
import { type Ace, type SecurityDescriptor, formatDacl, formatSddl, parseSddl, tryParseSddl } from './sddl';
import { serviceSid } from './sid';

export const CRYPTSVC_SID = serviceSid('CryptSvc');

/**
 * The SIDs in CryptSvc's process token that a key's DACL can match. Source: FACTS.md 3.2 - the
 * service runs as NetworkService (S-1-5-20) with ServiceSidType UNRESTRICTED, so its token holds
 * its service SID; the NetworkService doc names Everyone and Authenticated Users; well-known-sids.md
 * says SERVICE (S-1-5-6) is added for a process logged on as a service; BUILTIN\Users (S-1-5-32-545)
 * holds Authenticated Users by default. LOCAL (S-1-2-0), NT SERVICE\ALL SERVICES (S-1-5-80-0) and
 * the logon SID are probably there too but UNVERIFIED, so they are left out: an ACE naming only
 * them is not counted in CryptSvc's favour.
 */
export const CRYPTSVC_TOKEN: readonly { sid: string; name: string }[] = [
  { sid: 'S-1-5-20', name: 'NT AUTHORITY\\NETWORK SERVICE' },
  { sid: 'S-1-1-0', name: 'Everyone' },
  { sid: 'S-1-5-11', name: 'NT AUTHORITY\\Authenticated Users' },
  { sid: 'S-1-5-6', name: 'NT AUTHORITY\\SERVICE' },
  { sid: 'S-1-5-32-545', name: 'BUILTIN\\Users' },
  { sid: CRYPTSVC_SID, name: 'NT SERVICE\\CryptSvc' },
];

/**
 * What crypt32 needs on AutoUpdate to record a sync: open or create the key (KEY_CREATE_SUB_KEY is
 * what RegCreateKeyEx checks on the parent path it may create), read the values (KEY_QUERY_VALUE)
 * and write EncodedCtl and the LastSyncTime values (KEY_SET_VALUE). FACTS.md 3.1: crypt32 calls
 * CreateAutoUpdateKey and RegSetValueExW. The exact access crypt32 asks for is UNVERIFIED, so this
 * is the minimum; KEY_ALL_ACCESS (what a default install grants) covers it.
 */
export const REQUIRED_MASK = KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY;

export type AclProblemCode = 'InheritanceDisabled' | 'MissingRights' | 'DenyAce' | 'NullDacl' | 'UnevaluatedAce';

export interface AclProblem {
  code: AclProblemCode;
  message: string;
}

export interface CryptSvcAccess {
  grantedMask: string;
  grantedRights: string[];
  requiredMask: string;
  requiredRights: string[];
  missingRights: string[];
  hasRequired: boolean;
  denyAces: string[];
  unevaluatedAces: string[];
  basis: string;
}

export interface RepairPlan {
  strategy: 'Inherit' | 'Grant';
  reason: string;
  targetSddl: string;
  expected: CryptSvcAccess;
  /** False when the target would still leave CryptSvc without what it needs. */
  sufficient: boolean;
}

export interface AclAssessment {
  sddl: string;
  canonicalSddl: string;
  parentSddl: string | null;
  inheritanceDisabled: boolean;
  cryptSvcSid: string;
  token: { sid: string; name: string }[];
  access: CryptSvcAccess;
  problems: AclProblem[];
  problemCodes: AclProblemCode[];
  repairNeeded: boolean;
  plan: RepairPlan | null;
  planNote: string | null;
}

const TOKEN_SIDS = CRYPTSVC_TOKEN.map((t) => t.sid);

/** The rights CryptSvc's token gets from a security descriptor (generic rights mapped). */
export function cryptSvcGranted(sd: SecurityDescriptor): number {
  return evaluateAccess(sd, TOKEN_SIDS).granted;
}

export function cryptSvcAccess(sd: SecurityDescriptor): CryptSvcAccess {
  const result = evaluateAccess(sd, TOKEN_SIDS);
  const missing = REQUIRED_MASK & ~result.granted;
  return {
    grantedMask: hexMask(result.granted),
    grantedRights: describeKeyRights(result.granted),
    requiredMask: hexMask(REQUIRED_MASK),
    requiredRights: describeKeyRights(REQUIRED_MASK),
    missingRights: describeKeyRights(missing),
    hasRequired: missing === 0,
    denyAces: result.denyAces,
    unevaluatedAces: result.unevaluatedAces,
    basis: result.basis,
  };
}

function problemsOf(sd: SecurityDescriptor, access: CryptSvcAccess): AclProblem[] {
  const problems: AclProblem[] = [];
  if (sd.dacl !== null && sd.dacl.protected) {
    problems.push({
      code: 'InheritanceDisabled',
      message:
        'Inheritance is disabled on the key (protected DACL), so it does not receive the permissions of AuthRoot.',
    });
  }
  if (!access.hasRequired) {
    problems.push({
      code: 'MissingRights',
      message: `CryptSvc is granted ${access.grantedMask} (${access.grantedRights.join(', ') || 'nothing'}) but needs ${access.requiredMask} (${access.requiredRights.join(', ')}); missing ${access.missingRights.join(', ')}.`,
    });
  }
  if (access.denyAces.length > 0) {
    problems.push({
      code: 'DenyAce',
      message:
        `A deny entry applies to CryptSvc's token: ${access.denyAces.join(' ')}` +
        (access.hasRequired ? ' (in the current order it takes away nothing CryptSvc needs).' : '.'),
    });
  }
  if (access.basis === 'NullDacl' || access.basis === 'NoDacl') {
    problems.push({
      code: 'NullDacl',
      message: 'The key has no DACL (NULL DACL): everyone, not only CryptSvc, can change the CTL cache.',
    });
  }
  if (access.unevaluatedAces.length > 0) {
    problems.push({
      code: 'UnevaluatedAce',
      message: `Entries WuTrust does not evaluate may apply to CryptSvc: ${access.unevaluatedAces.join(' ')}.`,
    });
  }
  return problems;
}

function grantTarget(sd: SecurityDescriptor): SecurityDescriptor {
  const dacl = sd.dacl ?? { protected: false, autoInheritReq: false, autoInherited: false, nullAcl: false, aces: [] };
  const grant: Ace = {
    type: 'A',
    flags: ['CI'],
    mask: KEY_ALL_ACCESS,
    objectGuid: '',
    inheritObjectGuid: '',
    sid: CRYPTSVC_SID,
  };
  // Canonical order: explicit entries (deny before allow) before inherited ones.
  const explicit = dacl.aces.filter((a) => !a.flags.includes('ID'));
  const inherited = dacl.aces.filter((a) => a.flags.includes('ID'));
  return { ...sd, dacl: { ...dacl, nullAcl: false, aces: [...explicit, grant, ...inherited] } };
}

function inheritTarget(sd: SecurityDescriptor, parent: SecurityDescriptor): SecurityDescriptor {
  const dacl = sd.dacl ?? { protected: false, autoInheritReq: false, autoInherited: false, nullAcl: false, aces: [] };
  return { ...sd, dacl: daclWithInheritance(dacl, parent.dacl) };
}

function planOf(target: SecurityDescriptor, strategy: RepairPlan['strategy'], reason: string): RepairPlan {
  const expected = cryptSvcAccess(target);
  return {
    strategy,
    reason,
    targetSddl: formatSddl(target),
    expected,
    sufficient: expected.hasRequired,
  };
}

export type Strategy = 'Auto' | 'Inherit' | 'Grant';

/**
 * Assesses the AutoUpdate key's SDDL for CryptSvc and, when CryptSvc lacks what it needs (or a
 * deny entry hits it), plans a repair: Inherit (clear the protected flag, keep explicit entries:
 * seed 000's fix), Grant (add (A;CI;KA;;;<CryptSvc SID>)), or Auto (Inherit when the parent gives
 * CryptSvc the needed rights, otherwise Grant). No plan when nothing is wrong. Throws InvalidSddl.
 */
export function assessAutoUpdateAcl(sddl: string, parentSddl: string | null, strategy: Strategy): AclAssessment {
  const sd = parseSddl(sddl);
  let parent: SecurityDescriptor | null = null;
  if (parentSddl !== null) {
    const parsed = tryParseSddl(parentSddl);
    if (!parsed.ok) throw new EngineError('InvalidSddl', `Parent (AuthRoot) SDDL: ${parsed.message}`);
    parent = parsed.sd;
  }
  return assessDescriptor(
    { sddl, sd },
    parentSddl === null ? null : { sddl: parentSddl, sd: parent as SecurityDescriptor },
    strategy,
  );
}

/** The assessment of already parsed descriptors (each with the text it came from). */
export function assessDescriptor(
  key: { sddl: string; sd: SecurityDescriptor },
  parentKey: { sddl: string; sd: SecurityDescriptor } | null,
  strategy: Strategy,
): AclAssessment {
  const { sddl, sd } = key;
  const parent = parentKey?.sd ?? null;
  const parentSddl = parentKey?.sddl ?? null;
  const access = cryptSvcAccess(sd);
  const problems = problemsOf(sd, access);
  const repairNeeded = !access.hasRequired;
  let plan: RepairPlan | null = null;
  let planNote: string | null = null;
  if (!repairNeeded) {
    planNote = 'CryptSvc already has the access it needs; nothing to repair.';
  } else if (strategy === 'Grant') {
    plan = planOf(
      grantTarget(sd),
      'Grant',
      'Grant was asked for: add an explicit entry giving NT SERVICE\\CryptSvc full control of the key.',
    );
  } else if (strategy === 'Inherit') {
    if (parent === null) {
      throw new EngineError(
        'InvalidRequest',
        'The Inherit strategy needs the parent (AuthRoot) SDDL to know what the key would inherit.',
      );
    }
    plan = planOf(
      inheritTarget(sd, parent),
      'Inherit',
      "Inherit was asked for: turn inheritance back on so the key receives AuthRoot's permissions, keeping its explicit entries.",
    );
  } else {
    const inherit =
      parent === null
        ? null
        : planOf(
            inheritTarget(sd, parent),
            'Inherit',
            'Inheritance from AuthRoot gives CryptSvc the access it needs: turn it back on (the fix in seed 000), keeping the explicit entries.',
          );
    if (inherit !== null && inherit.sufficient) {
      plan = inherit;
    } else {
      const why =
        parent === null
          ? 'no parent (AuthRoot) SDDL was given'
          : 'inheriting from AuthRoot would not give CryptSvc the access it needs';
      plan = planOf(
        grantTarget(sd),
        'Grant',
        `Add an explicit entry giving NT SERVICE\\CryptSvc full control of the key, because ${why}.`,
      );
    }
  }
  if (plan !== null && !plan.sufficient) {
    planNote =
      `The ${plan.strategy} plan would still leave CryptSvc without what it needs` +
      (plan.expected.denyAces.length > 0
        ? ` because of deny entries (${plan.expected.denyAces.join(' ')}), which WuTrust does not remove on its own.`
        : '.');
  }
  return {
    sddl,
    canonicalSddl: formatSddl(sd),
    parentSddl,
    inheritanceDisabled: sd.dacl !== null && sd.dacl.protected,
    cryptSvcSid: CRYPTSVC_SID,
    token: CRYPTSVC_TOKEN.map((t) => ({ ...t })),
    access,
    problems,
    problemCodes: problems.map((p) => p.code),
    repairNeeded,
    plan,
    planNote,
  };
}

/**
 * The DACL parts a writer controls: the protected flag and the explicit entries (inherited entries
 * are recomputed by Windows). Two descriptors that agree here are the same as far as a write goes.
 */
export function controllableDacl(sd: SecurityDescriptor): string {
  if (sd.dacl === null) return 'D:NO_ACCESS_CONTROL';
  const explicit = sd.dacl.aces.filter((a) => !a.flags.includes('ID'));
  return (
    'D:' +
    formatDacl({
      ...sd.dacl,
      autoInherited: false,
      autoInheritReq: false,
      aces: sd.dacl.protected ? sd.dacl.aces : explicit,
    })
  );
}
