import { diagnoseCtl } from '../ctl/diagnose';
import type { ValidSnapshot } from '../snapshot/validate';
import { SNAPSHOT_SCHEMA_VERSION } from '../snapshot/types';
import { type CheckResult, type Finding, sortFindings } from './findings';

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

/** Runs every failure family over a validated snapshot. */
export function buildReport(valid: ValidSnapshot): Report {
  const families = [diagnoseCtl(valid)];
  const findings = sortFindings(families.flatMap((f) => f.findings));
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
