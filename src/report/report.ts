import { diagnoseAcl } from '../acl/diagnose';
import { diagnoseCtl } from '../ctl/diagnose';
import { diagnoseWinTrust } from '../wintrust/diagnose';
import type { ValidSnapshot } from '../snapshot/validate';
import { SNAPSHOT_SCHEMA_VERSION } from '../snapshot/types';
import { type CheckResult, type Evidence, type Finding, sortFindings } from './findings';

export type ReportStatus = 'Healthy' | 'Unhealthy' | 'Incomplete';

export interface Report {
  computerName: string | null;
  collectedAt: string;
  schemaVersion: number;
  /** True only when no Critical or Warning finding exists and every check ran. */
  healthy: boolean;
  status: ReportStatus;
  summary: string;
  findings: Finding[];
  checksRun: CheckResult[];
  checksNotRun: CheckResult[];
}

/**
 * Seed 000 in one finding: the disallowed CTL is stale and CryptSvc cannot write AutoUpdate, so
 * the staleness will not heal by itself. Both pieces of evidence are carried.
 */
function staleBecauseCryptSvcBlocked(findings: Finding[], blocked: boolean, aclEvidence: Evidence[]): Finding | null {
  const stale = findings.find((f) => f.id === 'WUT-CTL-001');
  if (!blocked || stale === undefined) return null;
  return {
    id: 'WUT-CTL-100',
    severity: 'Critical',
    family: 'CtlSync',
    rootCause: true,
    title: 'Root cause: CryptSvc cannot write the AutoUpdate key, so the disallowed CTL stopped syncing',
    detail:
      'The disallowed-certificate CTL is stale and NT SERVICE\\CryptSvc lacks the access it needs on ' +
      'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate, so its sync fails with ACCESS DENIED and ' +
      'DisallowedCertLastSyncTime stays old. crypt32 then reports revocation as offline (0x80092013) for the Windows ' +
      'Update chain, and Windows Update fails with 0x80072F8F. Writing a new sync time by hand only helps for a day; ' +
      'giving CryptSvc its access back (re-enabling inheritance, as in seed 000) fixes it for good.',
    evidence: [...stale.evidence, ...aclEvidence],
    remedy: {
      command: 'Repair-WuAutoUpdateAcl -Strategy Auto -Resync',
      description: 'Elevated: backs up the key\'s ACL, repairs it, verifies CryptSvc\'s access (rolling back if that fails) and waits for the disallowed CTL to sync again. Try it first with -WhatIf.',
    },
    references: ['https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000)'],
  };
}

/** Runs every failure family over a validated snapshot. */
export function buildReport(valid: ValidSnapshot): Report {
  const ctl = diagnoseCtl(valid);
  const acl = diagnoseAcl(valid);
  const families = [ctl, acl, diagnoseWinTrust(valid)];
  const joined = families.flatMap((f) => f.findings);
  const rootCause = staleBecauseCryptSvcBlocked(joined, acl.cryptSvcBlocked, acl.blockEvidence);
  if (rootCause !== null) joined.push(rootCause);
  const findings = sortFindings(joined);
  const checks = families.flatMap((f) => f.checks);
  const checksRun = checks.filter((c) => c.outcome !== 'NotRun');
  const checksNotRun = checks.filter((c) => c.outcome === 'NotRun');
  const problems = findings.filter((f) => f.severity !== 'Info');
  const status: ReportStatus =
    problems.length > 0 ? 'Unhealthy' : checksNotRun.length > 0 ? 'Incomplete' : 'Healthy';
  const critical = findings.filter((f) => f.severity === 'Critical').length;
  const warning = problems.length - critical;
  const summary =
    `${status}: ${critical} critical, ${warning} warning, ${findings.length - problems.length} info; ` +
    `${checksRun.length} checks run, ${checksNotRun.length} not run` +
    (findings.length > 0 ? `; first: ${findings[0]?.id} ${findings[0]?.title}` : '');
  const machine = valid.snapshot.machine;
  return {
    computerName: typeof machine?.computerName === 'string' ? machine.computerName : null,
    collectedAt: valid.snapshot.collectedAt,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    healthy: status === 'Healthy',
    status,
    summary,
    findings,
    checksRun,
    checksNotRun,
  };
}
