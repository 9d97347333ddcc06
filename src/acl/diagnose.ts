import { EngineError } from '../core/errors';
import type { CheckResult, Evidence, FamilyResult, Finding, Severity } from '../report/findings';
import type { SddlFact } from '../snapshot/types';
import type { ValidSnapshot } from '../snapshot/validate';
import { type AclAssessment, assessAutoUpdateAcl, cryptSvcGranted } from './autoUpdateAcl';
import { KEY_CREATE_SUB_KEY } from './rights';
import { parseSddl } from './sddl';

const AUTO_UPDATE = 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate';
const AUTH_ROOT = 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot';
const REF_GYOJIR = 'https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000: inheritance disabled on AutoUpdate, CryptSvc access denied)';
const REF_KEY_SECURITY = 'https://learn.microsoft.com/windows/win32/sysinfo/registry-key-security-and-access-rights';
const REPAIR = {
  command: 'Repair-WuAutoUpdateAcl -Strategy Auto -WhatIf',
  description: 'Shows the repair (re-enable inheritance, or grant NT SERVICE\\CryptSvc full control); run it again without -WhatIf, elevated, to apply it with a backup, verification and rollback. Add -Resync to wait for the next disallowed-CTL sync.',
};

export interface AclFamilyResult extends FamilyResult {
  /** True when CryptSvc lacks the rights it needs on AutoUpdate or a deny entry hits it. */
  cryptSvcBlocked: boolean;
  /** The ACL evidence behind that, for the root-cause finding. */
  blockEvidence: Evidence[];
}

function finding(id: string, severity: Severity, title: string, detail: string, evidence: Evidence[], remedy: Finding['remedy'], references: string[]): Finding {
  return { id, severity, family: 'AclAutoUpdate', title, detail, evidence, remedy, references };
}

function sddlEvidence(item: string, fact: SddlFact): Evidence {
  return { item, value: fact.status === 'Ok' ? (fact.sddl ?? '') : `${fact.status}${fact.message ? ': ' + fact.message : ''}`, path: fact.path ?? (item.startsWith('AuthRoot') ? AUTH_ROOT : AUTO_UPDATE) };
}

function accessEvidence(assessment: AclAssessment): Evidence[] {
  return [
    { item: 'CryptSvc granted', value: `${assessment.access.grantedMask} (${assessment.access.grantedRights.join(', ') || 'nothing'})` },
    { item: 'CryptSvc needs', value: `${assessment.access.requiredMask} (${assessment.access.requiredRights.join(', ')})` },
    { item: 'Inheritance', value: assessment.inheritanceDisabled ? 'disabled (protected DACL)' : 'enabled' },
    { item: 'CryptSvc token (evaluated)', value: assessment.token.map((t) => t.name).join(', ') },
  ];
}

/** The AutoUpdate key's ACL for CryptSvc (seed 000's root cause; FACTS.md section 3). */
export function diagnoseAcl(valid: ValidSnapshot): AclFamilyResult {
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];
  const title = 'CryptSvc can write the AutoUpdate key';
  const check = (outcome: CheckResult['outcome'], reason: string) => checks.push({ id: 'ACL.AutoUpdate', family: 'AclAutoUpdate', title, outcome, reason });
  const result: AclFamilyResult = { findings, checks, cryptSvcBlocked: false, blockEvidence: [] };
  const acl = valid.snapshot.acl ?? undefined;
  const fact = acl?.autoUpdate ?? undefined;
  const parentFact = acl?.authRoot ?? undefined;
  if (fact === undefined) {
    check('NotRun', 'the AutoUpdate key\'s security descriptor was not collected');
    return result;
  }
  let parentSddl: string | null = null;
  if (parentFact !== undefined && parentFact.status === 'Ok' && typeof parentFact.sddl === 'string') {
    try {
      parseSddl(parentFact.sddl);
      parentSddl = parentFact.sddl;
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      findings.push(finding('WUT-ACL-005', 'Warning', 'Malformed security descriptor on AuthRoot',
        `The SDDL collected for ${AUTH_ROOT} could not be parsed: ${e.message}`,
        [sddlEvidence('AuthRoot SDDL', parentFact)],
        { command: `(Get-Acl -Path 'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot').Sddl`, description: 'Collect the SDDL again; if it stays unreadable, compare with a healthy machine.' },
        [REF_KEY_SECURITY]));
    }
  }
  if (fact.status === 'NotFound') {
    let canCreate: boolean | null = null;
    if (parentSddl !== null) {
      canCreate = (cryptSvcGranted(parseSddl(parentSddl)) & KEY_CREATE_SUB_KEY) !== 0;
    }
    findings.push(finding('WUT-ACL-004', canCreate === false ? 'Critical' : 'Warning', 'The AutoUpdate key is missing',
      `${AUTO_UPDATE} does not exist, so no CTL sync has been recorded there. crypt32 creates it at the next sync ` +
        (canCreate === null ? 'if CryptSvc may create subkeys of AuthRoot (not known: AuthRoot\'s SDDL was not available).'
          : canCreate ? 'and CryptSvc may create subkeys of AuthRoot.' : 'only if CryptSvc may create subkeys of AuthRoot, and it may not.'),
      [{ item: 'AutoUpdate key', value: 'not found', path: AUTO_UPDATE }, ...(parentFact ? [sddlEvidence('AuthRoot SDDL', parentFact)] : [])],
      REPAIR, [REF_GYOJIR]));
    result.cryptSvcBlocked = canCreate === false;
    check('Fail', 'the AutoUpdate key does not exist');
    return result;
  }
  if (fact.status !== 'Ok' || typeof fact.sddl !== 'string') {
    check('NotRun', `the AutoUpdate key's security descriptor could not be read (${fact.status}${fact.message ? ': ' + fact.message : ''})`);
    return result;
  }
  let assessment: AclAssessment;
  try {
    assessment = assessAutoUpdateAcl(fact.sddl, parentSddl, 'Auto');
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    findings.push(finding('WUT-ACL-005', 'Warning', 'Malformed security descriptor on AutoUpdate',
      `The SDDL collected for ${AUTO_UPDATE} could not be parsed, so CryptSvc's access cannot be judged: ${e.message}`,
      [sddlEvidence('AutoUpdate SDDL', fact)],
      { command: `(Get-Acl -Path 'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate').Sddl`, description: 'Collect the SDDL again; if it stays unreadable, compare with a healthy machine.' },
      [REF_KEY_SECURITY]));
    check('Fail', 'the AutoUpdate SDDL is malformed');
    return result;
  }
  const before = findings.length;
  const evidence = [sddlEvidence('AutoUpdate SDDL', fact), ...(parentFact ? [sddlEvidence('AuthRoot SDDL', parentFact)] : []), ...accessEvidence(assessment)];
  const codes = new Set(assessment.problems.map((p) => p.code));
  const planText = assessment.plan
    ? ` Planned repair: ${assessment.plan.strategy} - ${assessment.plan.reason}`
    : '';
  if (codes.has('MissingRights')) {
    findings.push(finding('WUT-ACL-002', 'Critical', `CryptSvc lacks ${assessment.access.missingRights.join(', ')} on the AutoUpdate key`,
      `NT SERVICE\\CryptSvc is granted ${assessment.access.grantedMask} (${assessment.access.grantedRights.join(', ') || 'nothing'}) on ${AUTO_UPDATE} but needs at least ${assessment.access.requiredMask} ` +
        `(${assessment.access.requiredRights.join(', ')}) to record a CTL sync. Its RegCreateKey fails with ACCESS DENIED, DisallowedCertLastSyncTime stops advancing, and after 24 h Windows Update fails with 0x80072F8F.` +
        (assessment.inheritanceDisabled ? ' Inheritance is disabled on the key, which is how the permission was lost in seed 000.' : '') + planText,
      evidence, REPAIR, [REF_GYOJIR, REF_KEY_SECURITY]));
  }
  if (codes.has('DenyAce')) {
    const effective = !assessment.access.hasRequired;
    findings.push(finding('WUT-ACL-003', effective ? 'Critical' : 'Warning', 'A deny entry on the AutoUpdate key applies to CryptSvc',
      `${assessment.access.denyAces.join(' ')} names a SID in CryptSvc's token. ` +
        (effective
          ? 'A deny entry placed before the allow entries takes those rights away, so re-enabling inheritance or adding a grant does not help while it stays.'
          : 'In the current order it takes away nothing CryptSvc needs, but in canonical order (deny first) it would.') +
        ' WuTrust does not remove deny entries on its own.',
      evidence,
      { command: `Get-Acl -Path 'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate' | Format-List AccessToString`, description: 'Find the deny entry and remove it (regedit, Permissions, Advanced) after making sure nothing relies on it.' },
      [REF_KEY_SECURITY]));
  }
  if (codes.has('InheritanceDisabled') && !codes.has('MissingRights')) {
    findings.push(finding('WUT-ACL-001', 'Warning', 'Inheritance is disabled on the AutoUpdate key',
      `${AUTO_UPDATE} does not inherit AuthRoot's permissions. CryptSvc still has the access it needs through an explicit entry, but the next change to that entry can break the CTL sync the way seed 000 shows.`,
      evidence,
      { command: 'Repair-WuAutoUpdateAcl -Strategy Inherit -WhatIf', description: 'Optional: shows what re-enabling inheritance would change. No repair is needed while CryptSvc keeps its access.' },
      [REF_GYOJIR]));
  }
  if (codes.has('NullDacl')) {
    findings.push(finding('WUT-ACL-006', 'Warning', 'The AutoUpdate key has no DACL',
      `${AUTO_UPDATE} has a NULL DACL: anyone can change the cached trust lists and their sync times.`,
      evidence,
      { command: 'Repair-WuAutoUpdateAcl -Strategy Inherit -WhatIf', description: 'Compare with a healthy machine and restore inherited permissions.' },
      [REF_KEY_SECURITY]));
  }
  if (codes.has('UnevaluatedAce')) {
    findings.push(finding('WUT-ACL-007', 'Info', 'Entries on the AutoUpdate key that WuTrust does not evaluate',
      `${assessment.access.unevaluatedAces.join(' ')} may apply to CryptSvc; WuTrust evaluates only allow (A) and deny (D) entries.`,
      evidence, { command: `(Get-Acl -Path 'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate').Sddl`, description: 'Review these entries by hand.' }, [REF_KEY_SECURITY]));
  }
  result.cryptSvcBlocked = codes.has('MissingRights');
  result.blockEvidence = evidence;
  const problemsFound = findings.slice(before).filter((f) => f.severity !== 'Info').length;
  check(problemsFound > 0 ? 'Fail' : 'Pass', `CryptSvc granted ${assessment.access.grantedMask}, needs ${assessment.access.requiredMask}; inheritance ${assessment.inheritanceDisabled ? 'disabled' : 'enabled'}`);
  return result;
}
