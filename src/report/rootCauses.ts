/**
 * Root causes that span families: rules over the signals families raise, in one place. A rule
 * names the signals it needs as "<family id>.<signal>"; a family never reads another's results.
 */
import type { Signal } from '../core/family';
import { type Finding, catalogueEntry, catalogueOf, makeFinding } from '../core/findings';

const REF_SEED_000 = 'https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000)';

export const ROOT_CAUSE_CATALOGUE = catalogueOf([
  {
    id: 'WUT-CTL-100',
    severity: 'Critical',
    title: 'Root cause: CryptSvc cannot write the AutoUpdate key, so the disallowed CTL stopped syncing',
    remedy: {
      command: 'Repair-WuAutoUpdateAcl -Strategy Auto -Resync',
      description:
        "Elevated: backs up the key's ACL, repairs it, verifies CryptSvc's access (rolling back if that fails) and waits for the disallowed CTL to sync again. Try it first with -WhatIf.",
    },
    references: [REF_SEED_000],
  },
]);

interface RootCauseRule {
  id: string;
  family: string;
  requires: readonly string[];
  detail: string;
}

const RULES: readonly RootCauseRule[] = [
  {
    // Seed 000 in one finding: the disallowed CTL is stale and CryptSvc cannot write AutoUpdate, so
    // the staleness will not heal by itself. Both pieces of evidence are carried.
    id: 'WUT-CTL-100',
    family: 'CtlSync',
    requires: ['CtlSync.disallowedCtlStale', 'AclAutoUpdate.cryptSvcBlocked'],
    detail:
      'The disallowed-certificate CTL is stale and NT SERVICE\\CryptSvc lacks the access it needs on ' +
      'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate, so its sync fails with ACCESS DENIED and ' +
      'DisallowedCertLastSyncTime stays old. crypt32 then reports revocation as offline (0x80092013) for the Windows ' +
      'Update chain, and Windows Update fails with 0x80072F8F. Writing a new sync time by hand only helps for a day; ' +
      'giving CryptSvc its access back (re-enabling inheritance, as in seed 000) fixes it for good.',
  },
];

/** The root-cause findings whose signals are all present, each listed first in the report. */
export function rootCauses(signals: ReadonlyMap<string, Signal>): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const present = rule.requires.map((name) => signals.get(name));
    if (present.some((s) => s === undefined)) continue;
    const evidence = present.flatMap((s) => (s as Signal).evidence);
    const made = makeFinding(rule.family, catalogueEntry(ROOT_CAUSE_CATALOGUE, rule.id), {
      detail: rule.detail,
      evidence,
    });
    const { id, severity, family, ...rest } = made;
    out.push({ id, severity, family, rootCause: true, ...rest });
  }
  return out;
}
