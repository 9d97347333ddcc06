/**
 * The Intune / ConfigMgr contract (#13): a detection line and the repairs a remediation script may
 * apply unattended. Only repairs that never lower trust: the AutoUpdate/AuthRoot ACL repair, and
 * a Software Publishing State set back to the Windows default where the current value breaks
 * updates (WUT-WTR-001, WUT-WTR-100). Nothing that needs -Force; everything else is for a person.
 */
import type { Finding } from '../core/findings';
import { type RemedyValue, remedyOf } from '../core/remedy';
import type { Report } from '../report/report';

/**
 * Intune reports a remediation script's output up to 2,048 characters (Microsoft Learn, "Use
 * Remediations": https://learn.microsoft.com/mem/intune/fundamentals/remediations, the output size
 * limit), and shows its last line; one line within the limit loses nothing.
 */
export const INTUNE_LINE_LIMIT = 2048;

/** Findings whose remedy the remediation script may run, by remedy command. */
const UNATTENDED: Readonly<Record<string, (f: Finding) => boolean>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, (f: Finding) => boolean>, {
    'Repair-WuAutoUpdateAcl': () => true,
    'Set-WinTrustState': (f: Finding) => f.id === 'WUT-WTR-001' || f.id === 'WUT-WTR-100',
  }),
);
/** Display-only switches of a remedy; the script adds -BackupPath and -Confirm:$false itself. */
const DROPPED = new Set(['WhatIf', 'Confirm']);

export interface RemediationAction {
  findingIds: string[];
  name: string;
  parameters: Record<string, RemedyValue>;
  /** The command as text, for the log. */
  command: string;
}

export interface RemediationPlan {
  status: Report['status'];
  healthy: boolean;
  /** Detection's one line (at most 2,048 characters): the cause first, then the counts. */
  line: string;
  /** 0 when healthy, 1 otherwise: Intune runs the remediation on 1. */
  exitCode: 0 | 1;
  actions: RemediationAction[];
  /**
   * True when every problem left is the update logs' record of failures (no other family finds
   * anything): after a repair, the logs keep showing the old failures until Windows Update runs
   * again and logs a success.
   */
  logsOnly: boolean;
  /** Counted problems no unattended repair covers: each for an administrator. */
  manual: { id: string; severity: string; title: string; remedy: string }[];
}

/** The action as one command text, quoted as every remedy is (core/remedy.ts). */
const commandText = (name: string, parameters: Record<string, RemedyValue>): string =>
  remedyOf(name, parameters, '').command;

/** Two parameter sets that change the same thing the same way (-Resync only waits afterwards). */
function sameTarget(a: Record<string, RemedyValue>, b: Record<string, RemedyValue>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('Resync');
  for (const k of keys) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  return true;
}

export function remediationPlan(report: Report): RemediationPlan {
  const counted = report.findings.filter((f) => f.explainedBy === undefined && f.severity !== 'Info');
  const actions: RemediationAction[] = [];
  const covered = new Set<Finding>();
  for (const f of report.findings) {
    const allowed = UNATTENDED[f.remedy.name];
    if (allowed === undefined || !allowed(f) || f.severity === 'Info') continue;
    if (Object.prototype.hasOwnProperty.call(f.remedy.parameters, 'Force')) continue;
    const parameters: Record<string, RemedyValue> = {};
    for (const [k, v] of Object.entries(f.remedy.parameters)) if (!DROPPED.has(k)) parameters[k] = v;
    // The same repair asked for twice (a root cause with -Resync, its finding without) is one action.
    const same = actions.find((x) => x.name === f.remedy.name && sameTarget(x.parameters, parameters));
    if (same !== undefined) {
      if (!same.findingIds.includes(f.id)) same.findingIds.push(f.id);
      if (parameters['Resync'] === true) same.parameters['Resync'] = true;
      same.command = commandText(same.name, same.parameters);
    } else {
      actions.push({
        findingIds: [f.id],
        name: f.remedy.name,
        parameters,
        command: commandText(f.remedy.name, parameters),
      });
    }
    covered.add(f);
  }
  // A root cause with a repair covers the findings it explains.
  const coveredIds = new Set([...covered].filter((f) => f.rootCause === true).map((f) => f.id));
  const manual = counted
    .filter((f) => !covered.has(f) && !(f.explainedBy !== undefined && coveredIds.has(f.explainedBy)))
    .map((f) => ({ id: f.id, severity: f.severity, title: f.title, remedy: f.remedy.command }));
  const critical = counted.filter((f) => f.severity === 'Critical').length;
  const warning = counted.length - critical;
  const first = counted[0];
  const cause = first === undefined ? 'no problem found' : `${first.id} ${first.title}`;
  const others = counted.slice(1).map((f) => f.id);
  let line =
    `${report.status}: ${cause}; ${critical} critical, ${warning} warning; ${report.checksNotRun.length} check(s) not run` +
    (others.length > 0 ? `; also ${[...new Set(others)].join(', ')}` : '') +
    (actions.length > 0 ? `; ${actions.length} unattended repair(s)` : '');
  line = line.replace(/[\r\n]+/g, ' ');
  if (line.length > INTUNE_LINE_LIMIT) line = `${line.substring(0, INTUNE_LINE_LIMIT - 3)}...`;
  return {
    status: report.status,
    healthy: report.healthy,
    line,
    exitCode: report.healthy ? 0 : 1,
    logsOnly: counted.length > 0 && counted.every((f) => f.family === 'UpdateLogs'),
    actions,
    manual,
  };
}
