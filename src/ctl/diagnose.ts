import { TICKS_PER_SECOND, describeDuration, describeSeconds, formatTicks } from '../core/time';
import type { CheckResult, Evidence, FamilyResult, Finding, Severity } from '../report/findings';
import type { RegistryKeyFact, RegistryValueFact, ServiceFact } from '../snapshot/types';
import type { ValidSnapshot } from '../snapshot/validate';
import { type Decoded, type FiletimeValue, decodeDword, decodeFiletime, decodeString, describeBlob } from './registryFacts';

export const AUTO_UPDATE_PATH = 'SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate';
export const POLICY_PATH = 'SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot';

/** crypt32's default DisallowedCertSyncDeltaTime when absent or 0 (FACTS.md 2.3, decompilation). */
export const DEFAULT_DISALLOWED_SYNC_DELTA_SECONDS = 57600;
/**
 * Default delta assumed for the trusted-root and pin-rules CTLs. UNVERIFIED: no source gives
 * crypt32's default for SyncDeltaTime/PinRulesSyncDeltaTime; an unofficial support wiki says the
 * trusted list is refreshed every 7 days (FACTS.md 2.3), so a 24 h window would flag healthy
 * machines. We assume 7 days and say so in the evidence.
 */
export const DEFAULT_TRUSTED_SYNC_DELTA_SECONDS = 604800;
/** crypt32 keeps delta + delta/2 and never less than 15 s (FACTS.md 2.3, decompilation). */
export const MIN_VALIDITY_WINDOW_SECONDS = 15;

const REF_GYOJIR = 'https://blog.gyojir.com/posts/4NiiPGx9e/ (seed 000: stale DisallowedCertLastSyncTime, AutoUpdate ACL)';
const REF_CERT_TRUST = 'https://learn.microsoft.com/windows-server/identity/ad-cs/certificate-trust';
const REF_CONFIGURE =
  'https://learn.microsoft.com/windows-server/identity/ad-cs/configure-trusted-roots-disallowed-certificates';

const ACL_REMEDY = {
  command: 'Repair-WuAutoUpdateAcl -Strategy Auto -WhatIf',
  description:
    'Shows whether the AutoUpdate key keeps NT SERVICE\\CryptSvc from recording the sync (in seed 000 re-enabling ' +
    'inheritance fixed it for good). Writing a current time into the value by hand only helps for a day. If the ACL ' +
    'is fine, make sure ctldl.windowsupdate.com is reachable over HTTP through the WinHTTP proxy.',
};

/** The three CTLs crypt32 keeps in the AutoUpdate key (FACTS.md 2.1). */
interface CtlKind {
  checkId: string;
  label: string;
  syncValue: string;
  deltaValue: string;
  defaultDeltaSeconds: number;
  ctlValue: string;
  staleId: string;
  staleSeverity: Severity;
  staleDetail: string;
  missingId: string;
  missingSeverity: Severity;
}

const CTL_KINDS: readonly CtlKind[] = [
  {
    checkId: 'CTL.DisallowedSync',
    label: 'disallowed-certificate CTL',
    syncValue: 'DisallowedCertLastSyncTime',
    deltaValue: 'DisallowedCertSyncDeltaTime',
    defaultDeltaSeconds: DEFAULT_DISALLOWED_SYNC_DELTA_SECONDS,
    ctlValue: 'DisallowedCertEncodedCtl',
    staleId: 'WUT-CTL-001',
    staleSeverity: 'Critical',
    staleDetail:
      'crypt32 then treats the disallowed-certificate CTL as unusable, so revocation checks of the Windows Update ' +
      'TLS chain end in CRYPT_E_REVOCATION_OFFLINE (0x80092013), which Windows Update and the Store report as ' +
      '0x80072F8F (ERROR_WINHTTP_SECURE_FAILURE). The usual root cause is that CryptSvc can no longer write the ' +
      'AutoUpdate key (inheritance disabled, the NT SERVICE\\CryptSvc permission gone), so the sync never records.',
    missingId: 'WUT-CTL-002',
    missingSeverity: 'Warning',
  },
  {
    checkId: 'CTL.TrustedRootSync',
    label: 'trusted-root CTL',
    syncValue: 'LastSyncTime',
    deltaValue: 'SyncDeltaTime',
    defaultDeltaSeconds: DEFAULT_TRUSTED_SYNC_DELTA_SECONDS,
    ctlValue: 'EncodedCtl',
    staleId: 'WUT-CTL-004',
    staleSeverity: 'Warning',
    staleDetail:
      'Roots that Microsoft added since the last sync are unknown to this machine until the updater succeeds, so ' +
      'chains to them fail as untrusted. The default interval for this list (7 days) is an assumption (UNVERIFIED).',
    missingId: 'WUT-CTL-005',
    missingSeverity: 'Info',
  },
  {
    checkId: 'CTL.PinRulesSync',
    label: 'pin-rules CTL',
    syncValue: 'PinRulesLastSyncTime',
    deltaValue: 'PinRulesSyncDeltaTime',
    defaultDeltaSeconds: DEFAULT_TRUSTED_SYNC_DELTA_SECONDS,
    ctlValue: 'PinRulesEncodedCtl',
    staleId: 'WUT-CTL-006',
    staleSeverity: 'Info',
    staleDetail:
      'The pin-rules list has not been refreshed within its window. What crypt32 does with a stale pin-rules CTL ' +
      'is not publicly documented (UNVERIFIED), so this is information, not a diagnosis.',
    missingId: 'WUT-CTL-007',
    missingSeverity: 'Info',
  },
];

interface Context {
  nowTicks: bigint;
  hklm: RegistryKeyFact | undefined;
  hkcu: RegistryKeyFact | undefined;
  findings: Finding[];
  checks: CheckResult[];
  reportedMalformed: Set<string>;
}

function finding(
  id: string,
  severity: Severity,
  title: string,
  detail: string,
  evidence: Evidence[],
  remedy: Finding['remedy'],
  references: string[],
): Finding {
  return { id, severity, family: 'CtlSync', title, detail, evidence, remedy, references };
}

function check(ctx: Context, id: string, title: string, outcome: CheckResult['outcome'], reason: string): void {
  ctx.checks.push({ id, family: 'CtlSync', title, outcome, reason });
}

function valueEvidence(hive: string, path: string, name: string, decoded: Decoded<unknown>, shown?: string): Evidence {
  const item = `${hive} ${name}`;
  const fullPath = `${hive}\\${path}`;
  switch (decoded.kind) {
    case 'Ok':
      return withRaw({ item, value: shown ?? String(decoded.value), path: fullPath }, decoded.fact);
    case 'Malformed':
      return withRaw({ item, value: `malformed: ${decoded.why}`, path: fullPath }, decoded.fact);
    default:
      return { item, value: `${decoded.kind === 'Absent' ? 'absent' : 'unknown'}: ${decoded.why}`, path: fullPath };
  }
}

function withRaw(evidence: Evidence, fact: RegistryValueFact): Evidence {
  if (typeof fact.type === 'string') evidence.type = fact.type;
  evidence.raw = typeof fact.hex === 'string' ? fact.hex.toUpperCase() : '(no data)';
  return evidence;
}

/** One WUT-CTL-003 per malformed value, whichever check meets it first. */
function reportMalformed(ctx: Context, hive: string, path: string, name: string, decoded: Decoded<unknown>, effect: string): void {
  if (decoded.kind !== 'Malformed' || ctx.reportedMalformed.has(`${hive}\\${name}`)) {
    return;
  }
  ctx.reportedMalformed.add(`${hive}\\${name}`);
  ctx.findings.push(
    finding(
      'WUT-CTL-003',
      'Warning',
      `Malformed registry value ${hive}\\...\\${name}`,
      `${hive}\\${path}\\${name} is not in the form Windows accepts: ${decoded.why}. ${effect}`,
      [valueEvidence(hive, path, name, decoded)],
      {
        command: `Get-ItemProperty -Path '${hive}:\\${path}' -Name '${name}'`,
        description: 'Look at the value; a value crypt32 rejects can be deleted so that the updater writes it anew.',
      },
      [REF_CERT_TRUST],
    ),
  );
}

function windowFor(ctx: Context, kind: CtlKind): { seconds: number; source: string } {
  const delta = decodeDword(ctx.hklm, kind.deltaValue);
  reportMalformed(ctx, 'HKLM', AUTO_UPDATE_PATH, kind.deltaValue, delta, 'crypt32 then uses its default interval.');
  const configured = delta.kind === 'Ok' && delta.value !== 0;
  const deltaSeconds = configured ? delta.value : kind.defaultDeltaSeconds;
  const seconds = Math.max(MIN_VALIDITY_WINDOW_SECONDS, deltaSeconds + Math.floor(deltaSeconds / 2));
  const source = configured
    ? `${kind.deltaValue} = ${deltaSeconds} s, x 1.5`
    : `default ${kind.defaultDeltaSeconds} s${kind.defaultDeltaSeconds === DEFAULT_DISALLOWED_SYNC_DELTA_SECONDS ? '' : ' (assumed)'} (${kind.deltaValue} ${delta.kind === 'Ok' ? 'is 0' : delta.kind === 'Malformed' ? 'malformed' : 'absent'}), x 1.5`;
  if (configured) {
    ctx.findings.push(
      finding(
        'WUT-CTL-008',
        'Info',
        `Custom sync interval for the ${kind.label}`,
        `HKLM\\${AUTO_UPDATE_PATH}\\${kind.deltaValue} is ${deltaSeconds} s, so crypt32 accepts a ${kind.label} for ` +
          `${describeSeconds(seconds)} after its last sync instead of the default ` +
          `${describeSeconds(kind.defaultDeltaSeconds + Math.floor(kind.defaultDeltaSeconds / 2))}.`,
        [valueEvidence('HKLM', AUTO_UPDATE_PATH, kind.deltaValue, delta)],
        {
          command: `Remove-ItemProperty -Path 'HKLM:\\${AUTO_UPDATE_PATH}' -Name '${kind.deltaValue}' -WhatIf`,
          description: 'Only if the interval was not set on purpose: removing the value restores the default.',
        },
        [REF_CERT_TRUST],
      ),
    );
  }
  return { seconds, source };
}

/** Freshness of one CTL the way crypt32 judges it: newest of HKLM and HKCU within the window. */
function judgeSync(ctx: Context, kind: CtlKind): 'Fresh' | 'Stale' | 'Missing' | 'NotRun' {
  const title = `The ${kind.label} was synced within its validity window`;
  if (ctx.hklm === undefined && ctx.hkcu === undefined) {
    check(ctx, kind.checkId, title, 'NotRun', 'the AutoUpdate keys were not collected');
    return 'NotRun';
  }
  const hklm = decodeFiletime(ctx.hklm, kind.syncValue, ctx.nowTicks);
  const hkcu = decodeFiletime(ctx.hkcu, kind.syncValue, ctx.nowTicks);
  const effect = 'crypt32 ignores it, so it cannot count as a sync.';
  reportMalformed(ctx, 'HKLM', AUTO_UPDATE_PATH, kind.syncValue, hklm, effect);
  reportMalformed(ctx, 'HKCU', AUTO_UPDATE_PATH, kind.syncValue, hkcu, effect);
  if (hklm.kind === 'Unavailable') {
    check(ctx, kind.checkId, title, 'NotRun', `HKLM ${kind.syncValue}: ${hklm.why}`);
    return 'NotRun';
  }
  const window = windowFor(ctx, kind);
  const windowTicks = BigInt(window.seconds) * TICKS_PER_SECOND;
  const candidates: { hive: string; time: FiletimeValue }[] = [];
  if (hklm.kind === 'Ok') candidates.push({ hive: 'HKLM', time: hklm.value });
  if (hkcu.kind === 'Ok') candidates.push({ hive: 'HKCU', time: hkcu.value });
  // crypt32 uses the newer of the two (FACTS.md 2.3); on a tie HKLM is named.
  const newest = candidates.reduce<(typeof candidates)[number] | null>(
    (best, c) => (best === null || c.time.ticks > best.time.ticks ? c : best),
    null,
  );
  const evidence: Evidence[] = [
    valueEvidence('HKLM', AUTO_UPDATE_PATH, kind.syncValue, hklm, hklm.kind === 'Ok' ? hklm.value.utc : undefined),
    valueEvidence('HKCU', AUTO_UPDATE_PATH, kind.syncValue, hkcu, hkcu.kind === 'Ok' ? hkcu.value.utc : undefined),
    { item: 'Validity window', value: `${describeSeconds(window.seconds)} (${window.seconds} s: ${window.source})` },
    { item: 'Collection time', value: formatTicks(ctx.nowTicks) },
    { item: `HKLM ${kind.ctlValue}`, value: describeBlob(ctx.hklm, kind.ctlValue) },
  ];
  if (newest === null) {
    if (hkcu.kind === 'Unavailable') {
      check(ctx, kind.checkId, title, 'NotRun', `HKLM has no usable ${kind.syncValue} and HKCU ${kind.syncValue}: ${hkcu.why}`);
      return 'NotRun';
    }
    ctx.findings.push(
      finding(
        kind.missingId,
        kind.missingSeverity,
        `No usable ${kind.syncValue}: the ${kind.label} has no recorded sync`,
        `Neither HKLM nor HKCU holds a valid ${kind.syncValue}, so crypt32 has no time of a successful sync for the ` +
          `${kind.label} and cannot treat a cached copy as current. Either the updater never succeeded on this ` +
          'machine, or the value was removed or damaged. What crypt32 does in this state exactly is UNVERIFIED.',
        evidence,
        ACL_REMEDY,
        [REF_CERT_TRUST, REF_GYOJIR],
      ),
    );
    check(ctx, kind.checkId, title, 'Fail', `no valid ${kind.syncValue} in HKLM or HKCU`);
    return 'Missing';
  }
  const ageTicks = ctx.nowTicks - newest.time.ticks;
  evidence.splice(2, 0, {
    item: 'Effective sync time',
    value: `${newest.time.utc} (${newest.hive}, the newer hive), ${describeDuration(ageTicks)} before collection`,
  });
  if (ageTicks <= windowTicks) {
    check(ctx, kind.checkId, title, 'Pass', `synced ${describeDuration(ageTicks)} before collection (${newest.hive}); window ${describeSeconds(window.seconds)}`);
    return 'Fresh';
  }
  if (hkcu.kind === 'Unavailable') {
    // HKCU might hold a newer time that would win; without it nothing can be concluded.
    check(ctx, kind.checkId, title, 'NotRun', `HKLM is stale and HKCU ${kind.syncValue}: ${hkcu.why}`);
    return 'NotRun';
  }
  ctx.findings.push(
    finding(
      kind.staleId,
      kind.staleSeverity,
      `The ${kind.label} is stale: last synced ${describeDuration(ageTicks)} ago`,
      `The newest ${kind.syncValue} (${newest.hive}) is ${newest.time.utc}, ${describeDuration(ageTicks)} before the ` +
        `collection time, beyond the ${describeSeconds(window.seconds)} window. ${kind.staleDetail}`,
      evidence,
      ACL_REMEDY,
      [REF_GYOJIR, REF_CERT_TRUST],
    ),
  );
  check(ctx, kind.checkId, title, 'Fail', `last sync ${describeDuration(ageTicks)} before collection; window ${describeSeconds(window.seconds)}`);
  return 'Stale';
}

function judgePolicy(ctx: Context, policy: RegistryKeyFact | undefined, disallowedStale: boolean): void {
  const title = 'No policy switches off a CTL updater';
  if (policy === undefined) {
    check(ctx, 'CTL.Policy', title, 'NotRun', 'the policy key was not collected');
    return;
  }
  if (policy.status === 'NotFound') {
    check(ctx, 'CTL.Policy', title, 'Pass', 'no AuthRoot policy key');
    return;
  }
  if (policy.status !== 'Ok') {
    check(ctx, 'CTL.Policy', title, 'NotRun', `the policy key could not be read (${policy.status}${policy.message ? ': ' + policy.message : ''})`);
    return;
  }
  const before = ctx.findings.length;
  const policyRemedy = (name: string) => ({
    command: 'gpresult /h "$env:TEMP\\gpresult.html"',
    description: `Find the Group Policy that sets ${name} (Computer Configuration > Windows Settings > Security Settings > Public Key Policies > Certificate Path Validation Settings) and change it there; a local edit is overwritten at the next refresh.`,
  });
  const read = (name: string) => {
    const decoded = decodeDword(policy, name);
    reportMalformed(ctx, 'HKLM', POLICY_PATH, name, decoded, 'How Windows interprets it is unknown.');
    return decoded;
  };
  const disableRoot = read('DisableRootAutoUpdate');
  if (disableRoot.kind === 'Ok' && disableRoot.value !== 0) {
    ctx.findings.push(
      finding(
        'WUT-CTL-020',
        'Warning',
        'Policy turns off the trusted-root CTL updater',
        'DisableRootAutoUpdate is set, so Windows does not download the trusted-root CTL or new roots on demand. ' +
          'Chains to roots this machine does not already hold fail as untrusted.',
        [valueEvidence('HKLM', POLICY_PATH, 'DisableRootAutoUpdate', disableRoot)],
        policyRemedy('DisableRootAutoUpdate'),
        [REF_CONFIGURE],
      ),
    );
  }
  const enableDisallowed = read('EnableDisallowedCertAutoUpdate');
  if (enableDisallowed.kind === 'Ok' && enableDisallowed.value === 0) {
    ctx.findings.push(
      finding(
        'WUT-CTL-021',
        disallowedStale ? 'Critical' : 'Warning',
        'Policy turns off the disallowed-certificate CTL updater',
        'EnableDisallowedCertAutoUpdate is 0, so the untrusted CTL is not refreshed; once its sync time is older than ' +
          'the window, revocation checks fail with 0x80092013 and Windows Update with 0x80072F8F.' +
          (disallowedStale ? ' The disallowed CTL is already stale on this machine.' : ''),
        [valueEvidence('HKLM', POLICY_PATH, 'EnableDisallowedCertAutoUpdate', enableDisallowed)],
        policyRemedy('EnableDisallowedCertAutoUpdate'),
        [REF_CONFIGURE],
      ),
    );
  }
  const disablePin = read('DisablePinRulesAutoUpdate');
  if (disablePin.kind === 'Ok' && disablePin.value !== 0) {
    ctx.findings.push(
      finding(
        'WUT-CTL-022',
        'Info',
        'Policy turns off the pin-rules CTL updater',
        'DisablePinRulesAutoUpdate is set (an SDK-defined value; its exact effect is UNVERIFIED).',
        [valueEvidence('HKLM', POLICY_PATH, 'DisablePinRulesAutoUpdate', disablePin)],
        policyRemedy('DisablePinRulesAutoUpdate'),
        [REF_CONFIGURE],
      ),
    );
  }
  const found = ctx.findings.length - before;
  check(ctx, 'CTL.Policy', title, found > 0 ? 'Fail' : 'Pass', found > 0 ? `${found} policy finding(s)` : 'no updater is switched off');
}

function judgeSource(ctx: Context, anyStale: boolean): void {
  const title = 'CTLs come from the default Windows Update location';
  const url = decodeString(ctx.hklm, 'RootDirUrl');
  reportMalformed(ctx, 'HKLM', AUTO_UPDATE_PATH, 'RootDirUrl', url, 'crypt32 may not be able to use it.');
  if (url.kind === 'Unavailable') {
    check(ctx, 'CTL.Source', title, 'NotRun', `HKLM RootDirUrl: ${url.why}`);
    return;
  }
  if (url.kind !== 'Ok' || url.value.trim() === '') {
    check(ctx, 'CTL.Source', title, url.kind === 'Malformed' ? 'Fail' : 'Pass', url.kind === 'Malformed' ? 'RootDirUrl is malformed' : 'no RootDirUrl redirect');
    return;
  }
  ctx.findings.push(
    finding(
      'WUT-CTL-023',
      anyStale ? 'Warning' : 'Info',
      'CTLs are fetched from a redirected location (RootDirUrl)',
      `RootDirUrl is "${url.value}", so crypt32 fetches the CTLs there instead of ctldl.windowsupdate.com. That ` +
        'location must be kept current (certutil -syncWithWU) and be reachable from this machine.' +
        (anyStale ? ' A CTL on this machine is stale, which is what a stale or unreachable redirect causes.' : ''),
      [valueEvidence('HKLM', AUTO_UPDATE_PATH, 'RootDirUrl', url)],
      {
        command: `certutil -syncWithWU '${url.value}'`,
        description: 'Run where the redirect location is maintained, to refresh its CTLs from Windows Update (needs access to it and to ctldl.windowsupdate.com).',
      },
      [REF_CONFIGURE],
    ),
  );
  check(ctx, 'CTL.Source', title, 'Fail', `RootDirUrl = ${url.value}`);
}

function isNetworkService(account: string): boolean {
  const normalized = account.toLowerCase().replace(/\s+/g, '');
  return normalized === 'ntauthority\\networkservice' || normalized === 'networkservice' || normalized === 's-1-5-20';
}

/** CryptSvc writes the sync times (FACTS.md 3.2: Start=2, NetworkService, service SID unrestricted). */
function judgeCryptSvc(ctx: Context, services: Record<string, ServiceFact> | undefined): void {
  const title = 'CryptSvc is present, enabled, running as NetworkService';
  const svc = services?.['CryptSvc'];
  if (svc === undefined || svc === null) {
    check(ctx, 'CTL.CryptSvc', title, 'NotRun', 'the CryptSvc service was not collected');
    return;
  }
  const remedy = {
    command: 'Set-Service -Name CryptSvc -StartupType Automatic; Start-Service -Name CryptSvc',
    description: 'CryptSvc (Cryptographic Services) must run for the CTL updater to record its syncs.',
  };
  if (svc.status === 'NotFound') {
    ctx.findings.push(
      finding('WUT-CTL-030', 'Critical', 'The CryptSvc service does not exist',
        'Cryptographic Services is missing, so nothing updates the CTLs and their sync times.',
        [{ item: 'Service CryptSvc', value: 'not found' }], remedy, [REF_GYOJIR]),
    );
    check(ctx, 'CTL.CryptSvc', title, 'Fail', 'CryptSvc not found');
    return;
  }
  if (svc.status !== 'Ok') {
    check(ctx, 'CTL.CryptSvc', title, 'NotRun', `CryptSvc could not be read (${svc.status}${svc.message ? ': ' + svc.message : ''})`);
    return;
  }
  const evidence: Evidence[] = [
    { item: 'CryptSvc state', value: svc.state ?? 'unknown' },
    { item: 'CryptSvc start type', value: svc.startType ?? 'unknown' },
    { item: 'CryptSvc account', value: svc.account ?? 'unknown' },
  ];
  const before = ctx.findings.length;
  if (svc.startType === 'Disabled') {
    ctx.findings.push(
      finding('WUT-CTL-031', 'Critical', 'The CryptSvc service is disabled',
        'Cryptographic Services cannot start, so the CTL updater never runs and the disallowed CTL goes stale within a day.',
        evidence, remedy, [REF_GYOJIR]),
    );
  } else if (svc.state !== undefined && svc.state !== 'Running') {
    ctx.findings.push(
      finding('WUT-CTL-032', 'Warning', `The CryptSvc service is ${svc.state}`,
        'Cryptographic Services normally runs all the time (automatic start); while it is not running the CTL updater does not record syncs.',
        evidence, remedy, [REF_GYOJIR]),
    );
  }
  if (typeof svc.account === 'string' && svc.account !== '' && !isNetworkService(svc.account)) {
    ctx.findings.push(
      finding('WUT-CTL-033', 'Warning', 'CryptSvc does not run as NetworkService',
        `CryptSvc runs as "${svc.account}" instead of NT AUTHORITY\\NetworkService. Its access to the AutoUpdate key and its network path differ from a standard installation.`,
        evidence,
        { command: "sc.exe config CryptSvc obj= 'NT AUTHORITY\\NetworkService' password= ''", description: 'Restore the standard account, then restart the service.' },
        [REF_GYOJIR]),
    );
  }
  const found = ctx.findings.length - before;
  check(ctx, 'CTL.CryptSvc', title, found > 0 ? 'Fail' : 'Pass', `state ${svc.state ?? 'unknown'}, start ${svc.startType ?? 'unknown'}, account ${svc.account ?? 'unknown'}`);
}

/** The CTL-sync family (seed 000; FACTS.md section 2). */
export function diagnoseCtl(valid: ValidSnapshot): FamilyResult {
  const ctl = valid.snapshot.ctl ?? undefined;
  const ctx: Context = {
    nowTicks: valid.nowTicks,
    hklm: ctl?.autoUpdate?.HKLM ?? undefined,
    hkcu: ctl?.autoUpdate?.HKCU ?? undefined,
    findings: [],
    checks: [],
    reportedMalformed: new Set<string>(),
  };
  const outcomes = CTL_KINDS.map((kind) => judgeSync(ctx, kind));
  const disallowedStale = outcomes[0] === 'Stale' || outcomes[0] === 'Missing';
  judgePolicy(ctx, ctl?.policy ?? undefined, disallowedStale);
  judgeSource(ctx, outcomes[0] === 'Stale' || outcomes[1] === 'Stale');
  judgeCryptSvc(ctx, valid.snapshot.services ?? undefined);
  return { findings: ctx.findings, checks: ctx.checks };
}
