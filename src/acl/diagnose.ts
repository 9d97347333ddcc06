import type * as v from 'valibot';
import type { DiagnoseContext, FamilyResult, Signal } from '../core/family';
import { type Evidence, Reporter } from '../core/findings';
import { statusText } from '../snapshot/registry';
import type { SddlFact } from '../snapshot/schema';
import { type AclAssessment, REQUIRED_MASK, assessDescriptor, cryptSvcGranted } from './autoUpdateAcl';
import { hexMask } from './rights';
import { ACL_CATALOGUE, ACL_CHECKS, FAMILY_ID } from './catalogue';
import { KEY_CREATE_SUB_KEY } from './rights';
import { type SecurityDescriptor, parseSddlOnce } from './sddl';
import { AUTH_ROOT, AUTO_UPDATE, OTHER_AUTHROOT_KEYS, type aclSections } from './section';

export type AclSections = v.InferOutput<v.ObjectSchema<typeof aclSections, undefined>>;

function sddlEvidence(item: string, fact: SddlFact): Evidence {
  const value = fact.status === 'Ok' ? (fact.sddl ?? '') : statusText(fact);
  return { item, value, path: fact.path ?? (item.startsWith('AuthRoot') ? AUTH_ROOT : AUTO_UPDATE) };
}

function accessEvidence(assessment: AclAssessment): Evidence[] {
  const access = assessment.access;
  return [
    { item: 'CryptSvc granted', value: `${access.grantedMask} (${access.grantedRights.join(', ') || 'nothing'})` },
    { item: 'CryptSvc needs', value: `${access.requiredMask} (${access.requiredRights.join(', ')})` },
    { item: 'Inheritance', value: assessment.inheritanceDisabled ? 'disabled (protected DACL)' : 'enabled' },
    { item: 'CryptSvc token (evaluated)', value: assessment.token.map((t) => t.name).join(', ') },
  ];
}

/** The AutoUpdate key's ACL and the other AuthRoot keys' ACLs, for CryptSvc (seed 000's root cause; FACTS.md 3). */
export function diagnoseAcl(sections: AclSections, _context: DiagnoseContext): FamilyResult {
  const report = new Reporter(FAMILY_ID, ACL_CATALOGUE, ACL_CHECKS);
  const signals: Record<string, Signal> = {};
  const parent = parentOf(sections.acl?.authRoot ?? undefined);
  judgeAutoUpdate(sections, report, signals, parent);
  judgeOtherKeys(sections, report, signals, parent);
  return { findings: report.findings, checks: report.checks, signals };
}

/** AuthRoot, the parent of every key judged here: its fact, and its descriptor parsed once for all of them. */
interface Parent {
  fact: SddlFact | undefined;
  /** Why an SDDL that was read could not be parsed (WUT-ACL-005), or null. */
  unparsable: string | null;
  descriptor: { sddl: string; sd: SecurityDescriptor } | null;
}

function parentOf(fact: SddlFact | undefined): Parent {
  if (fact === undefined || fact.status !== 'Ok' || typeof fact.sddl !== 'string') {
    return { fact, unparsable: null, descriptor: null };
  }
  const parsed = parseSddlOnce(fact.sddl);
  return parsed.ok
    ? { fact, unparsable: null, descriptor: { sddl: fact.sddl, sd: parsed.sd } }
    : { fact, unparsable: parsed.message, descriptor: null };
}

/**
 * Certificates, CRLs and CTLs under AuthRoot, judged as AutoUpdate is. Which of them CryptSvc
 * writes, with which access, is UNVERIFIED beyond one published report: a missing right is a
 * Warning here, and Critical only through a root cause with corroborating evidence (a stale CTL).
 */
function judgeOtherKeys(
  sections: AclSections,
  report: Reporter,
  signals: Record<string, Signal>,
  authRoot: Parent,
): void {
  const keys = sections.acl?.authRootKeys;
  if (keys === undefined || keys === null) {
    report.check('ACL.AuthRootKeys', 'NotRun', 'the SDDL of AuthRoot\\Certificates, CRLs and CTLs was not collected');
    return;
  }
  const parentFact = authRoot.fact;
  const parent = authRoot.descriptor;
  const judged: string[] = [];
  const unread: string[] = [];
  const blocked: string[] = [];
  const evidenceAll: Evidence[] = [];
  for (const key of OTHER_AUTHROOT_KEYS) {
    const fact = keys[key];
    const path = `${AUTH_ROOT}\\${key}`;
    if (fact === undefined || fact === null) {
      unread.push(`${key}: not collected`);
      continue;
    }
    if (fact.status === 'NotFound') {
      judged.push(`${key} absent`);
      continue;
    }
    if (fact.status !== 'Ok' || typeof fact.sddl !== 'string') {
      unread.push(`${key}: ${statusText(fact)}`);
      continue;
    }
    const parsed = parseSddlOnce(fact.sddl);
    if (!parsed.ok) {
      unread.push(`${key}: the SDDL could not be parsed (${parsed.message})`);
      continue;
    }
    // The access alone first (cheap); the full assessment, with its plan, only for a key that needs one.
    const granted = cryptSvcGranted(parsed.sd);
    judged.push(`${key} granted ${hexMask(granted)}`);
    if ((granted & REQUIRED_MASK) === REQUIRED_MASK) continue;
    const assessment = assessDescriptor({ sddl: fact.sddl, sd: parsed.sd }, parent, 'Auto');
    const access = assessment.access;
    const evidence: Evidence[] = [
      { item: `AuthRoot\\${key} SDDL`, value: fact.sddl, path: fact.path ?? path },
      ...(parentFact ? [sddlEvidence('AuthRoot SDDL', parentFact)] : []),
      ...accessEvidence(assessment),
    ];
    report.finding('WUT-ACL-010', {
      params: { key, missing: access.missingRights.join(', ') },
      detail:
        `NT SERVICE\\CryptSvc is granted ${access.grantedMask} on ${path} but would need ${access.requiredMask} ` +
        `(${access.requiredRights.join(', ')}) to write it, as it needs on AutoUpdate. A published measurement on ` +
        'Windows 11 25H2 found CRLs and CTLs protected without CryptSvc: its RegCreateKey was denied (CAPI2 event 60, ' +
        'result 5), EncodedCtl stayed old and chains to a newer root failed with 0x800B0109. Which AuthRoot keys ' +
        'CryptSvc writes, and with which access, is UNVERIFIED beyond that report; a root-cause finding makes this ' +
        'Critical when a CTL is stale on this machine.' +
        (assessment.inheritanceDisabled ? ' Inheritance is disabled on the key.' : ''),
      evidence,
    });
    blocked.push(key);
    evidenceAll.push(...evidence.slice(0, 1));
  }
  if (blocked.length > 0) {
    signals['authRootKeyBlocked'] = {
      evidence: evidenceAll,
      findings: ['WUT-ACL-010'],
      params: { key: blocked[0] as string, keys: blocked.join(', ') },
    };
  }
  const reason =
    (judged.length > 0 ? judged.join('; ') : 'nothing judged') +
    (unread.length > 0 ? `; not read: ${unread.join('; ')}` : '');
  report.check(
    'ACL.AuthRootKeys',
    blocked.length > 0 ? 'Fail' : unread.length > 0 ? 'NotRun' : 'Pass',
    blocked.length > 0 ? `CryptSvc lacks rights on ${blocked.join(', ')}; ${reason}` : reason,
  );
}

/** The AutoUpdate key's ACL for CryptSvc. */
function judgeAutoUpdate(
  sections: AclSections,
  report: Reporter,
  signals: Record<string, Signal>,
  authRoot: Parent,
): void {
  const check = report.check.bind(report, 'ACL.AutoUpdate');
  const fact = sections.acl?.autoUpdate ?? undefined;
  const parentFact = authRoot.fact;
  if (fact === undefined) {
    check('NotRun', "the AutoUpdate key's security descriptor was not collected");
    return;
  }
  const parent = authRoot.descriptor;
  if (authRoot.unparsable !== null && parentFact !== undefined) {
    report.finding('WUT-ACL-005', {
      variant: 'authRoot',
      detail: `The SDDL collected for ${AUTH_ROOT} could not be parsed: ${authRoot.unparsable}`,
      evidence: [sddlEvidence('AuthRoot SDDL', parentFact)],
    });
  }
  const parentEvidence = parentFact ? [sddlEvidence('AuthRoot SDDL', parentFact)] : [];
  if (fact.status === 'NotFound') {
    const canCreate = parent === null ? null : (cryptSvcGranted(parent.sd) & KEY_CREATE_SUB_KEY) !== 0;
    report.finding('WUT-ACL-004', {
      severity: canCreate === false ? 'Critical' : 'Warning',
      detail:
        `${AUTO_UPDATE} does not exist, so no CTL sync has been recorded there. crypt32 creates it at the next sync ` +
        (canCreate === null
          ? "if CryptSvc may create subkeys of AuthRoot (not known: AuthRoot's SDDL was not available)."
          : canCreate
            ? 'and CryptSvc may create subkeys of AuthRoot.'
            : 'only if CryptSvc may create subkeys of AuthRoot, and it may not.'),
      evidence: [{ item: 'AutoUpdate key', value: 'not found', path: AUTO_UPDATE }, ...parentEvidence],
    });
    if (canCreate === false) signals['cryptSvcBlocked'] = { evidence: [], findings: ['WUT-ACL-004'] };
    check('Fail', 'the AutoUpdate key does not exist');
    return;
  }
  if (fact.status !== 'Ok' || typeof fact.sddl !== 'string') {
    check('NotRun', `the AutoUpdate key's security descriptor could not be read (${statusText(fact)})`);
    return;
  }
  const parsed = parseSddlOnce(fact.sddl);
  if (!parsed.ok) {
    report.finding('WUT-ACL-005', {
      detail: `The SDDL collected for ${AUTO_UPDATE} could not be parsed, so CryptSvc's access cannot be judged: ${parsed.message}`,
      evidence: [sddlEvidence('AutoUpdate SDDL', fact)],
    });
    check('Fail', 'the AutoUpdate SDDL is malformed');
    return;
  }
  const assessment = assessDescriptor({ sddl: fact.sddl, sd: parsed.sd }, parent, 'Auto');
  const before = report.findings.length;
  const evidence = [sddlEvidence('AutoUpdate SDDL', fact), ...parentEvidence, ...accessEvidence(assessment)];
  const access = assessment.access;
  const codes = new Set(assessment.problems.map((p) => p.code));
  const planText = assessment.plan ? ` Planned repair: ${assessment.plan.strategy} - ${assessment.plan.reason}` : '';
  const granted = `${access.grantedMask} (${access.grantedRights.join(', ') || 'nothing'})`;
  if (codes.has('MissingRights')) {
    report.finding('WUT-ACL-002', {
      params: { missing: access.missingRights.join(', ') },
      detail:
        `NT SERVICE\\CryptSvc is granted ${granted} on ${AUTO_UPDATE} but needs at least ${access.requiredMask} ` +
        `(${access.requiredRights.join(', ')}) to record a CTL sync. Its RegCreateKey fails with ACCESS DENIED, ` +
        'DisallowedCertLastSyncTime stops advancing, and after 24 h Windows Update fails with 0x80072F8F.' +
        (assessment.inheritanceDisabled
          ? ' Inheritance is disabled on the key, which is how the permission was lost in seed 000.'
          : '') +
        planText,
      evidence,
    });
  }
  if (codes.has('DenyAce')) {
    const effective = !access.hasRequired;
    report.finding('WUT-ACL-003', {
      severity: effective ? 'Critical' : 'Warning',
      detail:
        `${access.denyAces.join(' ')} names a SID in CryptSvc's token. ` +
        (effective
          ? 'A deny entry placed before the allow entries takes those rights away, so re-enabling inheritance or adding a grant does not help while it stays.'
          : 'In the current order it takes away nothing CryptSvc needs, but in canonical order (deny first) it would.') +
        ' WuTrust does not remove deny entries on its own.',
      evidence,
    });
  }
  if (codes.has('InheritanceDisabled') && !codes.has('MissingRights')) {
    report.finding('WUT-ACL-001', {
      detail: `${AUTO_UPDATE} does not inherit AuthRoot's permissions. CryptSvc still has the access it needs through an explicit entry, but the next change to that entry can break the CTL sync the way seed 000 shows.`,
      evidence,
    });
  }
  if (codes.has('NullDacl')) {
    report.finding('WUT-ACL-006', {
      detail: `${AUTO_UPDATE} has a NULL DACL: anyone can change the cached trust lists and their sync times.`,
      evidence,
    });
  }
  if (codes.has('UnevaluatedAce')) {
    report.finding('WUT-ACL-007', {
      detail: `${access.unevaluatedAces.join(' ')} may apply to CryptSvc; WuTrust evaluates only allow (A) and deny (D) entries.`,
      evidence,
    });
  }
  if (codes.has('MissingRights')) signals['cryptSvcBlocked'] = { evidence, findings: ['WUT-ACL-002'] };
  const problemsFound = report.findings.slice(before).filter((f) => f.severity !== 'Info').length;
  check(
    problemsFound > 0 ? 'Fail' : 'Pass',
    `CryptSvc granted ${access.grantedMask}, needs ${access.requiredMask}; inheritance ${assessment.inheritanceDisabled ? 'disabled' : 'enabled'}`,
  );
}
