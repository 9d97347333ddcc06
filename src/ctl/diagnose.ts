import type * as v from 'valibot';
import type { DiagnoseContext, FamilyResult, Signal } from '../core/family';
import { type CheckOutcome, type Evidence, Reporter, type Severity } from '../core/findings';
import { TICKS_PER_SECOND, describeDuration, describeSeconds, formatTicks } from '../core/time';
import {
  type Decoded,
  type FiletimeValue,
  decodeDword,
  decodeFiletime,
  decodeString,
  describeBlob,
  statusText,
} from '../snapshot/registry';
import type { RegistryKeyFact, RegistryValueFact, ServiceFact } from '../snapshot/schema';
import { CTL_CATALOGUE, CTL_CHECKS, FAMILY_ID } from './catalogue';
import { AUTO_UPDATE_PATH, POLICY_PATH, type ctlSections } from './section';

export type CtlSections = v.InferOutput<v.ObjectSchema<typeof ctlSections, undefined>>;

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

/** The three CTLs crypt32 keeps in the AutoUpdate key (FACTS.md 2.1). */
interface CtlKind {
  checkId: string;
  label: string;
  syncValue: string;
  deltaValue: string;
  defaultDeltaSeconds: number;
  ctlValue: string;
  staleId: string;
  staleDetail: string;
  missingId: string;
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
    staleDetail:
      'crypt32 then treats the disallowed-certificate CTL as unusable, so revocation checks of the Windows Update ' +
      'TLS chain end in CRYPT_E_REVOCATION_OFFLINE (0x80092013), which Windows Update and the Store report as ' +
      '0x80072F8F (ERROR_WINHTTP_SECURE_FAILURE). The causes WuTrust checks are the AutoUpdate key ACL (CryptSvc ' +
      'cannot record the sync), an AuthRoot policy that turns the updater off, and CryptSvc itself; a root-cause ' +
      'finding names the one that applies. If none does, the path to ctldl.windowsupdate.com is the suspect.',
    missingId: 'WUT-CTL-002',
  },
  {
    checkId: 'CTL.TrustedRootSync',
    label: 'trusted-root CTL',
    syncValue: 'LastSyncTime',
    deltaValue: 'SyncDeltaTime',
    defaultDeltaSeconds: DEFAULT_TRUSTED_SYNC_DELTA_SECONDS,
    ctlValue: 'EncodedCtl',
    staleId: 'WUT-CTL-004',
    staleDetail:
      'Roots that Microsoft added since the last sync are unknown to this machine until the updater succeeds, so ' +
      'chains to them fail as untrusted. The default interval for this list (7 days) is an assumption (UNVERIFIED).',
    missingId: 'WUT-CTL-005',
  },
  {
    checkId: 'CTL.PinRulesSync',
    label: 'pin-rules CTL',
    syncValue: 'PinRulesLastSyncTime',
    deltaValue: 'PinRulesSyncDeltaTime',
    defaultDeltaSeconds: DEFAULT_TRUSTED_SYNC_DELTA_SECONDS,
    ctlValue: 'PinRulesEncodedCtl',
    staleId: 'WUT-CTL-006',
    staleDetail:
      'The pin-rules list has not been refreshed within its window. What crypt32 does with a stale pin-rules CTL ' +
      'is not publicly documented (UNVERIFIED), so this is information, not a diagnosis.',
    missingId: 'WUT-CTL-007',
  },
];

type SyncOutcome = 'Fresh' | 'Stale' | 'Missing' | 'NotRun';

function withRaw(evidence: Evidence, fact: RegistryValueFact): Evidence {
  if (typeof fact.type === 'string') evidence.type = fact.type;
  evidence.raw = typeof fact.hex === 'string' ? fact.hex.toUpperCase() : '(no data)';
  return evidence;
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

/** A sync time as evidence shows it: the UTC time, or "never" for a FILETIME of 0 (D18). */
function timeText(value: FiletimeValue): string {
  return value.ticks === 0n ? 'never (FILETIME 0 = 1601-01-01T00:00:00Z)' : value.utc;
}

/** LocalSystem's SID: its HKCU is HKU\\.DEFAULT (FACTS.md 1.2). */
const LOCAL_SYSTEM_SID = 'S-1-5-18';
const DEFAULT_HIVE = 'HKU\\.DEFAULT';

/** The values Reset-WuCtlSyncTime may remove, with a backup (D6). */
const RESETTABLE = new Set(CTL_KINDS.flatMap((k) => [k.syncValue, k.deltaValue]));

/** The PowerShell path of a key under one of the hives this family reads. */
function psPathOf(hive: string, path: string): string {
  if (hive === DEFAULT_HIVE) return `Registry::HKEY_USERS\\.DEFAULT\\${path}`;
  return `${hive}:\\${path}`;
}

/** The -Hive argument of Reset-WuCtlSyncTime for a hive label. */
function resetHiveOf(hive: string): string {
  return hive === DEFAULT_HIVE ? 'DEFAULT' : hive;
}

function isNetworkService(account: string): boolean {
  const normalized = account.toLowerCase().replace(/\s+/g, '');
  return normalized === 'ntauthority\\networkservice' || normalized === 'networkservice' || normalized === 's-1-5-20';
}

/** One diagnosis of the CTL-sync sections. Decoding happens first; judging only reads decoded values. */
class CtlDiagnosis {
  readonly report = new Reporter(FAMILY_ID, CTL_CATALOGUE, CTL_CHECKS);
  private readonly reportedMalformed = new Set<string>();
  readonly signals: Record<string, Signal> = {};
  private readonly hklm: RegistryKeyFact | null | undefined;
  private readonly hkcu: RegistryKeyFact | null | undefined;
  /** SYSTEM's user hive (HKU\\.DEFAULT), or the snapshot's HKCU when SYSTEM collected it; undefined when unknown. */
  private readonly system: { label: string; fact: RegistryKeyFact } | undefined;
  private readonly collector: string;

  constructor(
    private readonly sections: CtlSections,
    private readonly context: DiagnoseContext,
  ) {
    const autoUpdate = sections.ctl?.autoUpdate;
    this.hklm = autoUpdate?.HKLM;
    this.hkcu = autoUpdate?.HKCU;
    const by = context.collectedBy;
    const collectorIsSystem = by?.sid === LOCAL_SYSTEM_SID;
    if (autoUpdate?.DEFAULT !== undefined && autoUpdate.DEFAULT !== null) {
      this.system = { label: DEFAULT_HIVE, fact: autoUpdate.DEFAULT };
    } else if (collectorIsSystem && this.hkcu !== undefined && this.hkcu !== null) {
      this.system = { label: 'HKCU', fact: this.hkcu };
    }
    this.collector =
      by === null
        ? 'not recorded in the snapshot'
        : `${by.name ?? 'unknown account'}${by.sid ? ' (' + by.sid + ')' : ''}${collectorIsSystem ? ', LocalSystem' : ''}`;
  }

  private get nowTicks(): bigint {
    return this.context.nowTicks;
  }

  run(): FamilyResult {
    const outcomes = CTL_KINDS.map((kind) => this.judgeSync(kind));
    const disallowedStale = outcomes[0] === 'Stale' || outcomes[0] === 'Missing';
    this.judgePolicy(this.sections.ctl?.policy, disallowedStale);
    // Seed 000 in the other shape: the policy switched the updater off, and the CTL went stale (D6).
    const policyOff = this.report.findings.find((f) => f.id === 'WUT-CTL-021');
    if (policyOff !== undefined && disallowedStale) {
      this.signals['disallowedUpdaterOff'] = { evidence: policyOff.evidence, findings: ['WUT-CTL-021'] };
    }
    this.judgeSource(outcomes[0] === 'Stale' || outcomes[1] === 'Stale');
    this.judgeCryptSvc(this.sections.services);
    return { findings: this.report.findings, checks: this.report.checks, signals: this.signals };
  }

  /** One WUT-CTL-003 per malformed value, whichever check meets it first. */
  private reportMalformed(hive: string, path: string, name: string, decoded: Decoded<unknown>, effect: string): void {
    if (decoded.kind !== 'Malformed' || this.reportedMalformed.has(`${hive}\\${name}`)) {
      return;
    }
    this.reportedMalformed.add(`${hive}\\${name}`);
    const resettable = path === AUTO_UPDATE_PATH && RESETTABLE.has(name);
    this.report.finding('WUT-CTL-003', {
      params: { hive, resetHive: resetHiveOf(hive), name, psPath: psPathOf(hive, path) },
      ...(resettable ? { variant: 'resettable' } : {}),
      detail: `${hive}\\${path}\\${name} is not in the form Windows accepts: ${decoded.why}. ${effect}`,
      evidence: [valueEvidence(hive, path, name, decoded)],
    });
  }

  private windowFor(kind: CtlKind): { seconds: number; source: string } {
    const delta = decodeDword(this.hklm, kind.deltaValue);
    this.reportMalformed('HKLM', AUTO_UPDATE_PATH, kind.deltaValue, delta, 'crypt32 then uses its default interval.');
    const configured = delta.kind === 'Ok' && delta.value !== 0;
    const deltaSeconds = configured ? delta.value : kind.defaultDeltaSeconds;
    const seconds = Math.max(MIN_VALIDITY_WINDOW_SECONDS, deltaSeconds + Math.floor(deltaSeconds / 2));
    const assumed = kind.defaultDeltaSeconds === DEFAULT_DISALLOWED_SYNC_DELTA_SECONDS ? '' : ' (assumed)';
    const why = delta.kind === 'Ok' ? 'is 0' : delta.kind === 'Malformed' ? 'malformed' : 'absent';
    const source = configured
      ? `${kind.deltaValue} = ${deltaSeconds} s, x 1.5`
      : `default ${kind.defaultDeltaSeconds} s${assumed} (${kind.deltaValue} ${why}), x 1.5`;
    if (configured) {
      this.report.finding('WUT-CTL-008', {
        params: { label: kind.label, name: kind.deltaValue },
        detail:
          `HKLM\\${AUTO_UPDATE_PATH}\\${kind.deltaValue} is ${deltaSeconds} s, so crypt32 accepts a ${kind.label} for ` +
          `${describeSeconds(seconds)} after its last sync instead of the default ` +
          `${describeSeconds(kind.defaultDeltaSeconds + Math.floor(kind.defaultDeltaSeconds / 2))}.`,
        evidence: [valueEvidence('HKLM', AUTO_UPDATE_PATH, kind.deltaValue, delta)],
      });
    }
    return { seconds, source };
  }

  /**
   * Freshness of one CTL as Windows Update sees it (D5): crypt32 takes the newer of HKLM and the
   * user hive of the process, and Windows Update's chain checks run as LocalSystem, whose user hive
   * is HKU\\.DEFAULT. The collecting account's HKCU is evidence, and decides only when that account
   * is SYSTEM. Without SYSTEM's hive, a fresh HKLM still passes (the newer can only be newer); a
   * stale one cannot be judged.
   */
  private judgeSync(kind: CtlKind): SyncOutcome {
    const check = (outcome: CheckOutcome, reason: string): void => this.report.check(kind.checkId, outcome, reason);
    if ((this.hklm === undefined || this.hklm === null) && this.system === undefined) {
      check('NotRun', 'the AutoUpdate keys were not collected');
      return 'NotRun';
    }
    const effect = 'crypt32 ignores it, so it cannot count as a sync.';
    const hklm = decodeFiletime(this.hklm, kind.syncValue, this.nowTicks);
    this.reportMalformed('HKLM', AUTO_UPDATE_PATH, kind.syncValue, hklm, effect);
    const system =
      this.system === undefined
        ? null
        : { label: this.system.label, decoded: decodeFiletime(this.system.fact, kind.syncValue, this.nowTicks) };
    if (system !== null) this.reportMalformed(system.label, AUTO_UPDATE_PATH, kind.syncValue, system.decoded, effect);
    const hkcu = decodeFiletime(this.hkcu, kind.syncValue, this.nowTicks);
    if (system?.label !== 'HKCU') this.reportMalformed('HKCU', AUTO_UPDATE_PATH, kind.syncValue, hkcu, effect);
    if (hklm.kind === 'Unavailable') {
      check('NotRun', `HKLM ${kind.syncValue}: ${hklm.why}`);
      return 'NotRun';
    }
    const window = this.windowFor(kind);
    const windowTicks = BigInt(window.seconds) * TICKS_PER_SECOND;
    const systemUnread =
      system === null
        ? `SYSTEM's user hive (${DEFAULT_HIVE}) was not collected`
        : system.decoded.kind === 'Unavailable'
          ? `${system.label} ${kind.syncValue}: ${system.decoded.why}`
          : null;
    const candidates: { hive: string; time: FiletimeValue }[] = [];
    if (hklm.kind === 'Ok') candidates.push({ hive: 'HKLM', time: hklm.value });
    if (system !== null && system.decoded.kind === 'Ok')
      candidates.push({ hive: system.label, time: system.decoded.value });
    // crypt32 uses the newer of the two (FACTS.md 2.3); on a tie HKLM is named.
    const newest = candidates.reduce<(typeof candidates)[number] | null>(
      (best, c) => (best === null || c.time.ticks > best.time.ticks ? c : best),
      null,
    );
    const shown = (d: Decoded<FiletimeValue>) => (d.kind === 'Ok' ? timeText(d.value) : undefined);
    const evidence: Evidence[] = [valueEvidence('HKLM', AUTO_UPDATE_PATH, kind.syncValue, hklm, shown(hklm))];
    if (system !== null && system.label !== 'HKCU') {
      evidence.push(
        valueEvidence(system.label, AUTO_UPDATE_PATH, kind.syncValue, system.decoded, shown(system.decoded)),
      );
    } else if (system === null) {
      evidence.push({ item: `${DEFAULT_HIVE} ${kind.syncValue}`, value: `unknown: ${systemUnread ?? ''}` });
    }
    const hkcuEvidence = valueEvidence('HKCU', AUTO_UPDATE_PATH, kind.syncValue, hkcu, shown(hkcu));
    if (system?.label !== 'HKCU') hkcuEvidence.item += " (the collecting account's; not what Windows Update reads)";
    evidence.push(
      hkcuEvidence,
      { item: 'Collected by', value: this.collector },
      { item: 'Validity window', value: `${describeSeconds(window.seconds)} (${window.seconds} s: ${window.source})` },
      { item: 'Collection time', value: formatTicks(this.nowTicks) },
      { item: `HKLM ${kind.ctlValue}`, value: describeBlob(this.hklm, kind.ctlValue) },
    );
    const ageOf = (c: { time: FiletimeValue }) => this.nowTicks - c.time.ticks;
    // A FILETIME of 0 is no sync at all, not one 155,000 days ago (D18).
    const ageText = (c: { time: FiletimeValue }) =>
      c.time.ticks === 0n ? 'never (FILETIME 0 = 1601-01-01)' : `${describeDuration(ageOf(c))} ago`;
    const windowText = describeSeconds(window.seconds);
    /** The hive and time that decided, placed after the hives' own values in the evidence. */
    const addEffective = (c: (typeof candidates)[number]) =>
      evidence.splice(evidence.length - 4, 0, {
        item: 'Effective sync time (SYSTEM view)',
        value:
          `${timeText(c.time)} (${c.hive} decided), ` +
          (c.time.ticks === 0n ? 'no sync recorded' : `${describeDuration(ageOf(c))} before collection`),
      });
    if (newest !== null && ageOf(newest) <= windowTicks) {
      const ageTicks = ageOf(newest);
      addEffective(newest);
      check('Pass', `synced ${describeDuration(ageTicks)} before collection (${newest.hive}); window ${windowText}`);
      return 'Fresh';
    }
    if (systemUnread !== null) {
      // SYSTEM's hive might hold a newer time that would win; without it nothing can be concluded.
      check(
        'NotRun',
        `HKLM ${newest === null ? 'has no usable ' + kind.syncValue : 'is stale'} and SYSTEM's view could not be read (${systemUnread})`,
      );
      return 'NotRun';
    }
    if (newest === null) {
      const finding = this.report.finding(kind.missingId, {
        detail:
          `Neither HKLM nor SYSTEM's user hive (${DEFAULT_HIVE}) holds a valid ${kind.syncValue}, so crypt32 has no time ` +
          `of a successful sync for the ${kind.label} and cannot treat a cached copy as current. Either the updater ` +
          'never succeeded on this machine, or the value was removed or damaged. What crypt32 does in this state ' +
          'exactly is UNVERIFIED.',
        evidence,
      });
      this.raiseStale(kind, finding.evidence, kind.missingId);
      check('Fail', `no valid ${kind.syncValue} in HKLM or ${DEFAULT_HIVE}`);
      return 'Missing';
    }
    const ageTicks = ageOf(newest);
    addEffective(newest);
    const finding = this.report.finding(kind.staleId, {
      params: { age: ageText(newest) },
      detail:
        `The newest ${kind.syncValue} Windows Update sees (${newest.hive}) is ${timeText(newest.time)}` +
        (newest.time.ticks === 0n ? '' : `, ${describeDuration(ageTicks)} before the collection time`) +
        `, beyond the ${windowText} window. ${kind.staleDetail}`,
      evidence,
    });
    this.raiseStale(kind, finding.evidence, kind.staleId);
    check('Fail', `last sync ${ageText(newest)} (${newest.hive}); window ${windowText}`);
    return 'Stale';
  }

  /** The signals root-cause rules read: the disallowed CTL (seed 000) and the trusted-root CTL (AuthRoot keys). */
  private raiseStale(kind: CtlKind, evidence: Evidence[], id: string): void {
    const name =
      kind.staleId === 'WUT-CTL-001'
        ? 'disallowedCtlStale'
        : kind.staleId === 'WUT-CTL-004'
          ? 'trustedRootCtlStale'
          : null;
    if (name !== null) this.signals[name] = { evidence, findings: [id] };
  }

  private judgePolicy(policy: RegistryKeyFact | null | undefined, disallowedStale: boolean): void {
    const check = (outcome: CheckOutcome, reason: string): void => this.report.check('CTL.Policy', outcome, reason);
    if (policy === undefined || policy === null) {
      check('NotRun', 'the policy key was not collected');
      return;
    }
    if (policy.status === 'NotFound') {
      check('Pass', 'no AuthRoot policy key');
      return;
    }
    if (policy.status !== 'Ok') {
      check('NotRun', `the policy key could not be read (${statusText(policy)})`);
      return;
    }
    const before = this.report.findings.length;
    const read = (name: string) => {
      const decoded = decodeDword(policy, name);
      this.reportMalformed('HKLM', POLICY_PATH, name, decoded, 'How Windows interprets it is unknown.');
      return decoded;
    };
    const policyFinding = (id: string, name: string, decoded: Decoded<number>, detail: string, severity?: Severity) =>
      this.report.finding(id, {
        params: { name },
        detail,
        evidence: [valueEvidence('HKLM', POLICY_PATH, name, decoded)],
        ...(severity ? { severity } : {}),
      });
    const disableRoot = read('DisableRootAutoUpdate');
    if (disableRoot.kind === 'Ok' && disableRoot.value !== 0) {
      policyFinding(
        'WUT-CTL-020',
        'DisableRootAutoUpdate',
        disableRoot,
        'DisableRootAutoUpdate is set, so Windows does not download the trusted-root CTL or new roots on demand. ' +
          'Chains to roots this machine does not already hold fail as untrusted.',
      );
    }
    const enableDisallowed = read('EnableDisallowedCertAutoUpdate');
    if (enableDisallowed.kind === 'Ok' && enableDisallowed.value === 0) {
      policyFinding(
        'WUT-CTL-021',
        'EnableDisallowedCertAutoUpdate',
        enableDisallowed,
        'EnableDisallowedCertAutoUpdate is 0, so the untrusted CTL is not refreshed; once its sync time is older than ' +
          'the window, revocation checks fail with 0x80092013 and Windows Update with 0x80072F8F.' +
          (disallowedStale ? ' The disallowed CTL is already stale on this machine.' : ''),
        disallowedStale ? 'Critical' : undefined,
      );
    }
    const disablePin = read('DisablePinRulesAutoUpdate');
    if (disablePin.kind === 'Ok' && disablePin.value !== 0) {
      policyFinding(
        'WUT-CTL-022',
        'DisablePinRulesAutoUpdate',
        disablePin,
        'DisablePinRulesAutoUpdate is set (an SDK-defined value; its exact effect is UNVERIFIED).',
      );
    }
    const found = this.report.findings.length - before;
    check(found > 0 ? 'Fail' : 'Pass', found > 0 ? `${found} policy finding(s)` : 'no updater is switched off');
  }

  private judgeSource(anyStale: boolean): void {
    const check = (outcome: CheckOutcome, reason: string): void => this.report.check('CTL.Source', outcome, reason);
    const url = decodeString(this.hklm, 'RootDirUrl');
    this.reportMalformed('HKLM', AUTO_UPDATE_PATH, 'RootDirUrl', url, 'crypt32 may not be able to use it.');
    if (url.kind === 'Unavailable') {
      check('NotRun', `HKLM RootDirUrl: ${url.why}`);
      return;
    }
    if (url.kind !== 'Ok' || url.value.trim() === '') {
      const malformed = url.kind === 'Malformed';
      check(malformed ? 'Fail' : 'Pass', malformed ? 'RootDirUrl is malformed' : 'no RootDirUrl redirect');
      return;
    }
    this.report.finding('WUT-CTL-023', {
      params: { url: url.value },
      severity: anyStale ? 'Warning' : 'Info',
      detail:
        `RootDirUrl is "${url.value}", so crypt32 fetches the CTLs there instead of ctldl.windowsupdate.com. That ` +
        'location must be kept current (certutil -syncWithWU) and be reachable from this machine.' +
        (anyStale ? ' A CTL on this machine is stale, which is what a stale or unreachable redirect causes.' : ''),
      evidence: [valueEvidence('HKLM', AUTO_UPDATE_PATH, 'RootDirUrl', url)],
    });
    check('Fail', `RootDirUrl = ${url.value}`);
  }

  /** CryptSvc writes the sync times (FACTS.md 3.2: Start=2, NetworkService, service SID unrestricted). */
  private judgeCryptSvc(services: Readonly<Record<string, ServiceFact>> | null | undefined): void {
    const check = (outcome: CheckOutcome, reason: string): void => this.report.check('CTL.CryptSvc', outcome, reason);
    const svc =
      services !== null && services !== undefined && Object.prototype.hasOwnProperty.call(services, 'CryptSvc')
        ? services['CryptSvc']
        : undefined;
    if (svc === undefined) {
      check('NotRun', 'the CryptSvc service was not collected');
      return;
    }
    if (svc.status === 'NotFound') {
      this.report.finding('WUT-CTL-030', {
        detail: 'Cryptographic Services is missing, so nothing updates the CTLs and their sync times.',
        evidence: [{ item: 'Service CryptSvc', value: 'not found' }],
      });
      check('Fail', 'CryptSvc not found');
      return;
    }
    if (svc.status !== 'Ok') {
      check('NotRun', `CryptSvc could not be read (${statusText(svc)})`);
      return;
    }
    const shared: Evidence[] = [
      { item: 'CryptSvc state', value: svc.state ?? 'unknown' },
      { item: 'CryptSvc start type', value: svc.startType ?? 'unknown' },
      { item: 'CryptSvc account', value: svc.account ?? 'unknown' },
    ];
    const before = this.report.findings.length;
    if (svc.startType === 'Disabled') {
      this.report.finding('WUT-CTL-031', {
        detail:
          'Cryptographic Services cannot start, so the CTL updater never runs and the disallowed CTL goes stale within a day.',
        evidence: shared,
      });
    } else if (svc.state !== undefined && svc.state !== 'Running') {
      this.report.finding('WUT-CTL-032', {
        params: { state: svc.state },
        detail:
          'Cryptographic Services normally runs all the time (automatic start); while it is not running the CTL updater does not record syncs.',
        evidence: shared,
      });
    }
    if (typeof svc.account === 'string' && svc.account !== '' && !isNetworkService(svc.account)) {
      this.report.finding('WUT-CTL-033', {
        detail: `CryptSvc runs as "${svc.account}" instead of NT AUTHORITY\\NetworkService. Its access to the AutoUpdate key and its network path differ from a standard installation.`,
        evidence: shared,
      });
    }
    const found = this.report.findings.length - before;
    check(
      found > 0 ? 'Fail' : 'Pass',
      `state ${svc.state ?? 'unknown'}, start ${svc.startType ?? 'unknown'}, account ${svc.account ?? 'unknown'}`,
    );
  }
}

/** The CTL-sync family (seed 000; FACTS.md section 2). */
export function diagnoseCtl(sections: CtlSections, context: DiagnoseContext): FamilyResult {
  return new CtlDiagnosis(sections, context).run();
}
