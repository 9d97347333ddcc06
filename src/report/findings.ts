/** Shapes of the engine's conclusions (ARCHITECTURE.md "Findings"). */
export type Severity = 'Critical' | 'Warning' | 'Info';
export type Family = 'CtlSync' | 'AclAutoUpdate' | 'WinTrustPolicy';

export interface Evidence {
  /** What the item is, e.g. "HKLM DisallowedCertLastSyncTime". */
  item: string;
  /** The value in plain form (a time, a number, a state), or why there is none. */
  value: string;
  path?: string;
  type?: string;
  /** Raw registry bytes as hex, where the evidence is a registry value. */
  raw?: string;
}

export interface Remedy {
  /** A command an administrator can run. */
  command: string;
  description: string;
}

export interface Finding {
  id: string;
  severity: Severity;
  family: Family;
  title: string;
  detail: string;
  evidence: Evidence[];
  remedy: Remedy;
  references: string[];
  /** Set on the finding that names the root cause joining other findings; it is listed first. */
  rootCause?: boolean;
}

export type CheckOutcome = 'Pass' | 'Fail' | 'NotRun';

export interface CheckResult {
  id: string;
  family: Family;
  title: string;
  outcome: CheckOutcome;
  /** Why a check did not run, or a one-line summary of what it saw. */
  reason: string;
}

export interface FamilyResult {
  findings: Finding[];
  checks: CheckResult[];
}

const SEVERITY_RANK: Record<Severity, number> = { Critical: 0, Warning: 1, Info: 2 };

/** Findings ordered by severity, then ID; the order within an ID stays as produced. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        Number(b.finding.rootCause === true) - Number(a.finding.rootCause === true) ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0) ||
        a.index - b.index,
    )
    .map((entry) => entry.finding);
}
