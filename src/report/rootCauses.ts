/**
 * Root causes that span families: rules over the signals families raise, in one place. A rule
 * names the signals it needs as "<family id>.<signal>"; a family never reads another's results.
 */
import type { Signal } from '../core/family';
import { type Finding, catalogueEntry, catalogueOf, makeFinding } from '../core/findings';
import type { RemedyValue } from '../core/remedy';

const REF_SEED_000 = 'https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000)';
const REF_AUTHROOT_KEYS =
  'A published engineering report (Windows 11 25H2): AuthRoot\\CRLs and CTLs protected without CryptSvc, EncodedCtl stale';
const REF_WU_SECURITY =
  'https://learn.microsoft.com/windows/deployment/update/windows-update-security (metadata connections are pinned)';
const REF_SEED_002 =
  'Seed 002: .NET 4 updates KB2656351/KB2656368 failing with 0x800B010E / 0x800B010B / 0x80070643, State 0xC9';
const REF_SETREG = 'https://learn.microsoft.com/windows/win32/seccrypto/setreg';
const REF_CONFIGURE =
  'https://learn.microsoft.com/windows-server/identity/ad-cs/configure-trusted-roots-disallowed-certificates';

export const ROOT_CAUSE_CATALOGUE = catalogueOf([
  {
    id: 'WUT-CTL-100',
    severity: 'Critical',
    title: 'Root cause: CryptSvc cannot write the AutoUpdate key, so the disallowed CTL stopped syncing',
    remedy: {
      command: 'Repair-WuAutoUpdateAcl',
      parameters: { Strategy: 'Auto', Resync: true },
      description:
        "Elevated: backs up the key's ACL, repairs it, verifies CryptSvc's access (rolling back if that fails) and waits for the disallowed CTL to sync again. Try it first with -WhatIf.",
    },
    references: [REF_SEED_000],
  },
  {
    id: 'WUT-CTL-101',
    severity: 'Critical',
    title: 'Root cause: a policy turns off the disallowed-CTL updater, so the disallowed CTL went stale',
    remedy: {
      command: 'gpresult.exe',
      arguments: ['/scope', 'computer', '/h', 'gpresult.html'],
      description:
        'Writes the computer policy report to gpresult.html; find the GPO that sets EnableDisallowedCertAutoUpdate = 0 ' +
        '(Computer Configuration > Windows Settings > Security Settings > Public Key Policies > Certificate Path ' +
        'Validation Settings) and turn the updater back on there; a local edit is overwritten at the next refresh.',
    },
    references: [REF_CONFIGURE],
  },
  {
    id: 'WUT-ACL-100',
    severity: 'Critical',
    title: 'Root cause: CryptSvc cannot write AuthRoot\\{keys}, and a CTL is stale',
    remedy: {
      command: 'Repair-WuAutoUpdateAcl',
      parameters: { Key: '{key}', Strategy: 'Auto', WhatIf: true },
      description:
        'Shows the repair of AuthRoot\\{key}; without -WhatIf, elevated, it backs up the ACL, repairs it, verifies ' +
        "CryptSvc's access and rolls back if that fails. Repeat for each key named ({keys}).",
    },
    references: [REF_AUTHROOT_KEYS],
  },
  {
    id: 'WUT-NET-100',
    severity: 'Critical',
    title: 'Root cause: the disallowed CTL is stale because {host} cannot be fetched{via}',
    remedy: {
      command: 'Test-WuUpdateEndpoint',
      parameters: { Name: '{host}', Proxy: '{proxyArg}' },
      description:
        'Allow plain HTTP (port 80) to {host}{via} on the proxy or firewall, re-run this probe until it answers, then let ' +
        'CryptSvc sync (Repair-WuAutoUpdateAcl -Resync waits for it, or restart CryptSvc).',
    },
    references: [REF_SEED_000, REF_CONFIGURE],
  },
  {
    id: 'WUT-NET-101',
    severity: 'Critical',
    title: 'Root cause: {product} intercepts TLS to {count} Windows Update endpoint(s){via}',
    remedy: {
      command: 'Test-WuUpdateEndpoint',
      parameters: { Proxy: '{proxyArg}' },
      description:
        'On {product}{via}, exempt these names from TLS inspection: {names} (in practice *.update.microsoft.com, ' +
        '*.delivery.mp.microsoft.com and *.windowsupdate.com). Then re-run the probes: every verdict turns Genuine.',
    },
    references: [REF_WU_SECURITY],
  },
  {
    id: 'WUT-WTR-100',
    severity: 'Critical',
    title: 'Root cause: Software Publishing State {hex} ({scope}) makes the setups run there fail with {codes}',
    remedy: {
      command: 'Set-WinTrustState',
      parameters: { Default: true },
      description:
        'Sets the Windows default option bits (0x23C00) in that hive, keeping bits without public meaning; backs up the ' +
        'old value first and verifies the new one. Then run the update again.',
    },
    references: [REF_SEED_002, REF_SETREG],
  },
]);

interface RootCauseRule {
  id: string;
  family: string;
  /**
   * Joins signals per subject: every required signal must be stated for the same subject
   * ("<signal>#<subject>", e.g. the SID of a profile), and one root cause is made per subject.
   */
  keyed?: boolean;
  /** Every one of these signals must be present. */
  requires: readonly string[];
  /** And, when given, at least one of these (the corroborating evidence). */
  anyOf?: readonly string[];
  /** Signals that, when present, add their evidence and the findings they stated (the update logs' view of the cause). */
  supporting?: readonly string[];
  detail: string;
}

const RULES: readonly RootCauseRule[] = [
  {
    // Seed 000 in one finding: the disallowed CTL is stale and CryptSvc cannot write AutoUpdate, so
    // the staleness will not heal by itself. Both pieces of evidence are carried.
    id: 'WUT-CTL-100',
    family: 'CtlSync',
    requires: ['CtlSync.disallowedCtlStale', 'AclAutoUpdate.cryptSvcBlocked'],
    supporting: ['UpdateLogs.tlsFailureLogged'],
    detail:
      'The disallowed-certificate CTL is stale and NT SERVICE\\CryptSvc lacks the access it needs on ' +
      'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate, so its sync fails with ACCESS DENIED and ' +
      'DisallowedCertLastSyncTime stays old. crypt32 then reports revocation as offline (0x80092013) for the Windows ' +
      'Update chain, and Windows Update fails with 0x80072F8F. Writing a new sync time by hand only helps for a day; ' +
      'giving CryptSvc its access back (re-enabling inheritance, as in seed 000) fixes it for good.',
  },
  {
    // A policy that disables the updater explains the stale CTL as surely as the ACL does (D6).
    id: 'WUT-CTL-101',
    family: 'CtlSync',
    requires: ['CtlSync.disallowedCtlStale', 'CtlSync.disallowedUpdaterOff'],
    supporting: ['UpdateLogs.tlsFailureLogged'],
    detail:
      'EnableDisallowedCertAutoUpdate = 0 in the AuthRoot policy key turns off the disallowed-certificate CTL ' +
      'updater, and the CTL is now older than its window. crypt32 then reports revocation as offline (0x80092013) for ' +
      'the Windows Update chain, and Windows Update fails with 0x80072F8F. Repairing ACLs or writing a sync time by ' +
      'hand does not help while the policy stays.',
  },
  {
    // The AuthRoot keys besides AutoUpdate (#9): Critical only with a stale CTL to corroborate it.
    id: 'WUT-ACL-100',
    family: 'AclAutoUpdate',
    requires: ['AclAutoUpdate.authRootKeyBlocked'],
    anyOf: ['CtlSync.trustedRootCtlStale', 'CtlSync.disallowedCtlStale'],
    detail:
      'NT SERVICE\\CryptSvc lacks the access it needs on AuthRoot keys where crypt32 stores what it fetches, and a ' +
      'CTL on this machine is stale: the updater runs but cannot record its result, as a published measurement on ' +
      'Windows 11 25H2 showed for CRLs and CTLs (chains to a newer root then fail with 0x800B0109, CERT_E_UNTRUSTEDROOT). ' +
      'That CryptSvc writes these keys is UNVERIFIED beyond that report; the stale CTL is what makes this the likely cause.',
  },
  {
    // Seed 000 meets seed 001: crypt32 cannot fetch the CTL through the path the machine has.
    id: 'WUT-NET-100',
    family: 'NetworkTrust',
    requires: ['CtlSync.disallowedCtlStale', 'NetworkTrust.ctlHostUnreachable'],
    supporting: ['UpdateLogs.tlsFailureLogged'],
    detail:
      'The disallowed-certificate CTL is stale and its host cannot be fetched over plain HTTP from this machine along ' +
      'the path probed, so crypt32 cannot refresh it: revocation for the Windows Update chain is then reported offline ' +
      '(0x80092013) and Windows Update fails with 0x80072F8F. Writing a sync time by hand only hides it for a day.',
  },
  {
    // One product behind every intercepted endpoint is one cause, counted once (D19). The logs
    // family (#12) will corroborate it with the update client's own 0x80072F8F lines.
    id: 'WUT-NET-101',
    family: 'NetworkTrust',
    requires: ['NetworkTrust.tlsIntercepted'],
    supporting: ['UpdateLogs.tlsFailureLogged'],
    detail:
      'Windows Update certificate-pins its metadata connections: a chain re-signed by a TLS-inspecting proxy, firewall ' +
      'or security product is rejected, and scans fail with codes that rarely say "certificate" (0x80072F8F, ' +
      '0x8024402C, 0x80072EE2, 0x8024401C: seed 001). The probes saw the re-signed chain on the endpoints listed as ' +
      'evidence; the issuer names the product.',
  },
  {
    // Seed 002 in one finding: a setup reads the State of the account that runs it (FACTS.md 1.2),
    // so a State and a setup-log failure join only for the same profile (D3).
    id: 'WUT-WTR-100',
    family: 'WinTrustPolicy',
    keyed: true,
    requires: ['WinTrustPolicy.stateBreaksUpdates', 'UpdateLogs.setupSignatureFailure'],
    detail:
      "The setup logs in this profile's TEMP folder report a signature check that failed (0x800B010E " +
      'CERT_E_REVOCATION_FAILURE: the revocation check could not complete; 0x800B010B TRUST_E_FAIL), and the Software ' +
      'Publishing State of the same profile rejects a signature whenever revocation cannot be checked online. A setup ' +
      'reads the State of the account that runs it, so the package fails (and the update reports 0x80070643) as in ' +
      'seed 002; a State with the Windows default accepts an offline revocation check for commercial signatures.',
  },
];

/** The subjects for which a keyed rule's required signals are all stated, in the order stated. */
function subjectsOf(rule: RootCauseRule, signals: ReadonlyMap<string, Signal>): string[] {
  const first = `${rule.requires[0] ?? ''}#`;
  const out: string[] = [];
  for (const name of signals.keys()) {
    if (!name.startsWith(first)) continue;
    const subject = name.substring(first.length);
    if (rule.requires.every((r) => signals.has(`${r}#${subject}`))) out.push(subject);
  }
  return out;
}

/**
 * The root-cause findings whose signals are all present, each listed first in the report. The
 * findings that stated those signals are marked as explained by it (D19: one cause, one count);
 * a finding two root causes explain names the first.
 */
export function rootCauses(signals: ReadonlyMap<string, Signal>, findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const subjects = rule.keyed === true ? subjectsOf(rule, signals) : [null];
    for (const subject of subjects) {
      const named = (name: string) => signals.get(subject === null ? name : `${name}#${subject}`);
      const required = rule.requires.map(named);
      if (required.some((s) => s === undefined)) continue;
      const corroborating = (rule.anyOf ?? []).map(named).filter((s) => s !== undefined);
      if (rule.anyOf !== undefined && corroborating.length === 0) continue;
      const supporting = (rule.supporting ?? []).map(named).filter((s) => s !== undefined);
      out.push(makeRootCause(rule, [...required, ...corroborating, ...supporting] as Signal[], findings));
    }
  }
  return out;
}

function makeRootCause(rule: RootCauseRule, present: readonly Signal[], findings: readonly Finding[]): Finding {
  const evidence = present.flatMap((s) => s.evidence);
  const explains = [...new Set(present.flatMap((s) => s.findings ?? []))];
  const params: Record<string, string> = {};
  const remedyParameters: Record<string, RemedyValue> = {};
  for (const s of present) {
    Object.assign(params, s.params ?? {});
    Object.assign(remedyParameters, s.remedyParameters ?? {});
  }
  const made = makeFinding(rule.family, catalogueEntry(ROOT_CAUSE_CATALOGUE, rule.id), {
    detail: rule.detail,
    evidence,
    params,
    remedyParameters,
  });
  // A signal stated per subject names its own findings; the others explain every finding of their IDs.
  const instances = present.flatMap((s) => s.instances ?? []);
  const byId = present.filter((s) => s.instances === undefined).flatMap((s) => s.findings ?? []);
  for (const f of findings) {
    if (f.explainedBy === undefined && (instances.includes(f) || byId.includes(f.id))) f.explainedBy = rule.id;
  }
  const { id, severity, family, ...rest } = made;
  return { id, severity, family, rootCause: true, explains, ...rest };
}
