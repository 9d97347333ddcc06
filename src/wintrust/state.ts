import { EngineError } from '../core/errors';
import { formatHex32 as hex } from '../core/hex';
import { dwordOf, statusText } from '../snapshot/registry';
import type { RegistryValueFact } from '../snapshot/schema';

/** WTPF_* flags of the Software Publishing State value (FACTS.md 1.1; wine include/wintrust.h). */
export const WTPF_FLAGS: readonly { name: string; bit: number; meaning: string }[] = [
  { name: 'WTPF_TRUSTTEST', bit: 0x20, meaning: 'trust any TEST certificate' },
  { name: 'WTPF_TESTCANBEVALID', bit: 0x80, meaning: 'check any TEST certificate for validity' },
  { name: 'WTPF_IGNOREEXPIRATION', bit: 0x100, meaning: 'ignore expiration dates' },
  { name: 'WTPF_IGNOREREVOKATION', bit: 0x200, meaning: 'do not check revocation' },
  { name: 'WTPF_OFFLINEOK_IND', bit: 0x400, meaning: 'revocation source offline: accept individual certificates' },
  { name: 'WTPF_OFFLINEOK_COM', bit: 0x800, meaning: 'revocation source offline: accept commercial certificates' },
  { name: 'WTPF_OFFLINEOKNBU_IND', bit: 0x1000, meaning: 'as OFFLINEOK_IND, no bad UI' },
  { name: 'WTPF_OFFLINEOKNBU_COM', bit: 0x2000, meaning: 'as OFFLINEOK_COM, no bad UI' },
  { name: 'WTPF_VERIFY_V1_OFF', bit: 0x10000, meaning: 'turn off verification of version 1 signed objects' },
  { name: 'WTPF_IGNOREREVOCATIONONTS', bit: 0x20000, meaning: 'do not check revocation of the time-stamp signer' },
  { name: 'WTPF_ALLOWONLYPERTRUST', bit: 0x40000, meaning: 'allow only items in the personal trust database' },
];
export const KNOWN_FLAG_MASK = WTPF_FLAGS.reduce((m, f) => m | f.bit, 0);

/** The commonly observed Windows default (Wine writes it when the value is absent; FACTS.md 1.2). */
export const WINDOWS_DEFAULT_STATE = 0x23c00;

/**
 * SetReg.exe's ten options (FACTS.md 1.3). TRUE means the bit is set, except for the inverted
 * options 2, 3 and 9, which are TRUE when their bit is clear. Option 1 follows 0x80
 * (WTPF_TESTCANBEVALID): derived from seed 002's two SetReg listings, not documented.
 */
export const SETREG_OPTIONS: readonly {
  number: number;
  name: string;
  label: string;
  bit: number;
  inverted: boolean;
}[] = [
  { number: 1, name: 'TrustTestRoot', label: 'Trust the Test Root', bit: 0x80, inverted: false },
  { number: 2, name: 'UseExpirationDate', label: 'Use expiration date on certificates', bit: 0x100, inverted: true },
  { number: 3, name: 'CheckRevocationList', label: 'Check the revocation list', bit: 0x200, inverted: true },
  {
    number: 4,
    name: 'OfflineRevocationOkIndividual',
    label: 'Offline revocation server OK (Individual)',
    bit: 0x400,
    inverted: false,
  },
  {
    number: 5,
    name: 'OfflineRevocationOkCommercial',
    label: 'Offline revocation server OK (Commercial)',
    bit: 0x800,
    inverted: false,
  },
  {
    number: 6,
    name: 'JavaOfflineRevocationOkIndividual',
    label: 'Java offline revocation server OK (Individual)',
    bit: 0x1000,
    inverted: false,
  },
  {
    number: 7,
    name: 'JavaOfflineRevocationOkCommercial',
    label: 'Java offline revocation server OK (Commercial)',
    bit: 0x2000,
    inverted: false,
  },
  {
    number: 8,
    name: 'InvalidateVersion1SignedObjects',
    label: 'Invalidate version 1 signed objects',
    bit: 0x10000,
    inverted: false,
  },
  {
    number: 9,
    name: 'CheckTimeStampRevocation',
    label: 'Check the revocation list on Time Stamp Signer',
    bit: 0x20000,
    inverted: true,
  },
  {
    number: 10,
    name: 'OnlyTrustPersonalTrustDb',
    label: 'Only trust items found in the Trust DB',
    bit: 0x40000,
    inverted: false,
  },
];

export interface Concern {
  code: string;
  text: string;
}

/**
 * What makes package signature checks fail (admin-trial D2). Microsoft's packages are signed
 * commercially: only a clear WTPF_OFFLINEOK_COM (0x800, SetReg option 5) makes their checks fail
 * when revocation information cannot be fetched (seed 002: 0x22849, with option 4 still FALSE,
 * installed the .NET updates). Where revocation is not checked at all (0x200 set), nothing fails
 * for being offline, so neither concern applies.
 */
const OFFLINE_COMMERCIAL: Concern = {
  code: 'OfflineCommercialNotOk',
  text: 'Offline revocation server OK (Commercial) is FALSE: when revocation information cannot be fetched, signature checks of commercially signed packages (Microsoft updates) fail with 0x800B010E, reported as 0x800B010B or 0x80070643.',
};
/** Individually signed files only: not Microsoft's packages, so information, never "breaks updates". */
const OFFLINE_INDIVIDUAL: Concern = {
  code: 'OfflineIndividualNotOk',
  text: 'Offline revocation server OK (Individual) is FALSE: when revocation information cannot be fetched, signature checks of files signed with individual (personal) certificates fail. Microsoft updates are signed commercially and are not affected.',
};
/** Option 10: both weakening and possibly breaking installs (UNVERIFIED: no source shows its effect on updates). */
const ONLY_PERSONAL_TRUST_DB_BREAKS: Concern = {
  code: 'OnlyPersonalTrustDb',
  text: "Only trust items found in the Trust DB is TRUE (WTPF_ALLOWONLYPERTRUST): by the flag's documented meaning, packages whose publisher is not in the personal trust database, Microsoft's among them, may be rejected (UNVERIFIED: no source shows the effect on Windows Update or .NET updates).",
};
const REVOCATION_OFF = 0x200;

/** Settings that weaken signature checking compared with the Windows default. */
const WEAKENS_SECURITY: readonly { bit: number; concern: Concern }[] = [
  {
    bit: 0x200,
    concern: {
      code: 'RevocationIgnored',
      text: 'Revocation is not checked (WTPF_IGNOREREVOKATION): revoked signing certificates are accepted.',
    },
  },
  {
    bit: 0x100,
    concern: {
      code: 'ExpirationIgnored',
      text: 'Expiration dates are ignored (WTPF_IGNOREEXPIRATION): expired signing certificates are accepted.',
    },
  },
  {
    bit: 0x20,
    concern: { code: 'TestCertificatesTrusted', text: 'Any TEST certificate is trusted (WTPF_TRUSTTEST).' },
  },
  {
    bit: 0x80,
    concern: {
      code: 'TestRootTrusted',
      text: 'Trust the Test Root is TRUE (WTPF_TESTCANBEVALID): test certificates can be valid.',
    },
  },
  {
    bit: 0x40000,
    concern: {
      code: 'OnlyPersonalTrustDb',
      text: 'Only items in the personal trust database are trusted (WTPF_ALLOWONLYPERTRUST): trust rests on what a user once accepted (it may also break installs; UNVERIFIED).',
    },
  },
];

export interface DecodedState {
  value: number;
  hex: string;
  flags: { name: string; bit: string; set: boolean; meaning: string }[];
  options: { number: number; name: string; label: string; enabled: boolean }[];
  unknownBits: string[];
  unknownBitsNote: string | null;
  /** Settings that make Microsoft's package signature checks fail (only a clear OFFLINEOK_COM, revocation on). */
  breaksUpdates: Concern[];
  /** Settings that may make some installs fail: individually signed files, or option 10 (UNVERIFIED). */
  mayBreakInstalls: Concern[];
  weakensSecurity: Concern[];
  differsFromDefault: { number: number; label: string; value: boolean; default: boolean }[];
  isWindowsDefault: boolean;
  setRegText: string;
}

export function optionEnabled(value: number, option: (typeof SETREG_OPTIONS)[number]): boolean {
  const set = (value & option.bit) !== 0;
  return option.inverted ? !set : set;
}

/** SetReg's option lines without their TRUE/FALSE, dotted to one width (the same for every value). */
const PADDED_LABELS: readonly string[] = (() => {
  const labels = SETREG_OPTIONS.map((o) => ` ${o.number}) ${o.label}`);
  const width = Math.max(...labels.map((l) => l.length));
  return labels.map((l) => l.padEnd(width, '.') + ' ');
})();

/** A State value decoded the way SetReg prints it, with the flags, the unknown bits and a verdict. */
export function decodeState(value: number): DecodedState {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new EngineError(
      'InvalidRequest',
      `A State value is a 32-bit unsigned integer (0 to 0xFFFFFFFF); got ${value}.`,
    );
  }
  const v = value >>> 0;
  const options = SETREG_OPTIONS.map((o) => ({
    number: o.number,
    name: o.name,
    label: o.label,
    enabled: optionEnabled(v, o),
  }));
  const unknown = (v & ~KNOWN_FLAG_MASK) >>> 0;
  const unknownBits: string[] = [];
  for (let bit = 0; unknown !== 0 && bit < 32; bit++) {
    const mask = 2 ** bit;
    if (Math.floor(unknown / mask) % 2 === 1) unknownBits.push(hex(mask));
  }
  const lines = PADDED_LABELS.map((l, i) => l + ((options[i] as { enabled: boolean }).enabled ? 'TRUE' : 'FALSE'));
  const differsFromDefault = SETREG_OPTIONS.filter(
    (o) => optionEnabled(v, o) !== optionEnabled(WINDOWS_DEFAULT_STATE, o),
  ).map((o) => ({
    number: o.number,
    label: o.label,
    value: optionEnabled(v, o),
    default: optionEnabled(WINDOWS_DEFAULT_STATE, o),
  }));
  return {
    value: v,
    hex: hex(v),
    flags: WTPF_FLAGS.map((f) => ({ name: f.name, bit: hex(f.bit), set: (v & f.bit) !== 0, meaning: f.meaning })),
    options,
    unknownBits,
    unknownBitsNote:
      unknownBits.length === 0
        ? null
        : `Bits ${unknownBits.join(', ')} have no public meaning (0x1, 0x8 and 0x40 are common leftovers); SetReg ignores them and WuTrust keeps them on every change.`,
    breaksUpdates: (v & REVOCATION_OFF) === 0 && (v & 0x800) === 0 ? [OFFLINE_COMMERCIAL] : [],
    mayBreakInstalls: [
      ...((v & REVOCATION_OFF) === 0 && (v & 0x400) === 0 ? [OFFLINE_INDIVIDUAL] : []),
      ...((v & 0x40000) !== 0 ? [ONLY_PERSONAL_TRUST_DB_BREAKS] : []),
    ],
    weakensSecurity: WEAKENS_SECURITY.filter((w) => (v & w.bit) !== 0).map((w) => w.concern),
    differsFromDefault,
    isWindowsDefault: (v & KNOWN_FLAG_MASK) === WINDOWS_DEFAULT_STATE,
    setRegText: `Software Publishing State Key Values (0x${v.toString(16)}):\n` + lines.join('\n'),
  };
}

/** What Windows is taken to do when the value is absent (FACTS.md 1.2). */
export const ABSENT_NOTE =
  'The State value is absent. wintrust is taken to use 0x23C00 (the Windows default) and to write it on first ' +
  "use, as Wine's WintrustGetRegPolicyFlags does; that Windows itself does the same is UNVERIFIED. .NET's ClickOnce " +
  'signing code (mansign2) instead reads an absent value as 0, where offline revocation is NOT accepted.';

export type OptionChange = { option: number | string; enabled: boolean };

export interface StatePlanRequest {
  current: number | null;
  default?: boolean;
  value?: number;
  options?: OptionChange[];
  force?: boolean;
}

export interface StatePlan {
  before: number | null;
  beforeHex: string | null;
  after: number;
  afterHex: string;
  changed: boolean;
  changes: { bit: string; name: string; option: number | null; from: boolean; to: boolean; label: string }[];
  weakening: Concern[];
  requiresForce: boolean;
  allowed: boolean;
  refusal: string | null;
  decodedAfter: DecodedState;
}

export function findOption(option: number | string): (typeof SETREG_OPTIONS)[number] {
  const found = SETREG_OPTIONS.find((o) =>
    typeof option === 'number'
      ? o.number === option
      : o.name.toLowerCase() === option.toLowerCase() ||
        o.label.toLowerCase() === option.toLowerCase() ||
        String(o.number) === option.trim(),
  );
  if (found === undefined) {
    throw new EngineError(
      'InvalidRequest',
      `Unknown SetReg option ${JSON.stringify(option)}; expected 1 to 10 or a name: ${SETREG_OPTIONS.map((o) => o.name).join(', ')}.`,
    );
  }
  return found;
}

/**
 * Plans a change of State: -Default (0x23C00's flag bits, unknown bits kept), a raw value, or
 * options set or cleared by number or name. Lists every bit that changes; a change that newly
 * weakens security (see WEAKENS_SECURITY) needs force.
 */
export function planStateChange(request: StatePlanRequest): StatePlan {
  const modes = [request.default === true, request.value !== undefined, (request.options?.length ?? 0) > 0].filter(
    Boolean,
  ).length;
  if (modes !== 1) {
    throw new EngineError('InvalidRequest', 'Give exactly one of: default, value, or options.');
  }
  const before = request.current;
  if (before !== null && (!Number.isInteger(before) || before < 0 || before > 0xffffffff)) {
    throw new EngineError('InvalidRequest', `"current" is a 32-bit unsigned integer or null; got ${before}.`);
  }
  const base = before ?? WINDOWS_DEFAULT_STATE;
  let after: number;
  if (request.default === true) {
    after = ((base & ~KNOWN_FLAG_MASK) | WINDOWS_DEFAULT_STATE) >>> 0;
  } else if (request.value !== undefined) {
    const v = request.value;
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) {
      throw new EngineError(
        'InvalidRequest',
        `A State value is a 32-bit unsigned integer (0 to 0xFFFFFFFF); got ${v}.`,
      );
    }
    after = v >>> 0;
  } else {
    after = base >>> 0;
    for (const change of request.options ?? []) {
      if (typeof change?.enabled !== 'boolean')
        throw new EngineError('InvalidRequest', 'Each option change needs "enabled": true or false.');
      const option = findOption(change.option);
      const setBit = option.inverted ? !change.enabled : change.enabled;
      after = (setBit ? after | option.bit : after & ~option.bit) >>> 0;
    }
  }
  const changes: StatePlan['changes'] = [];
  const reference = before ?? 0;
  for (let bit = 0; bit < 32; bit++) {
    const mask = 2 ** bit;
    const from = Math.floor(reference / mask) % 2 === 1;
    const to = Math.floor(after / mask) % 2 === 1;
    if (before !== null && from === to) continue;
    if (before === null && !to) continue;
    const flag = WTPF_FLAGS.find((f) => f.bit === mask);
    const option = SETREG_OPTIONS.find((o) => o.bit === mask) ?? null;
    changes.push({
      bit: hex(mask),
      name: flag?.name ?? 'no public meaning',
      option: option?.number ?? null,
      from,
      to,
      label: option
        ? `${option.label}: ${option.inverted ? (to ? 'FALSE' : 'TRUE') : to ? 'TRUE' : 'FALSE'}`
        : flag
          ? `${flag.meaning}: ${to ? 'on' : 'off'}`
          : `bit ${to ? 'set' : 'cleared'}`,
    });
  }
  const weakenedBefore = new Set(before === null ? [] : decodeState(before).weakensSecurity.map((c) => c.code));
  const decodedAfter = decodeState(after);
  const weakening = decodedAfter.weakensSecurity.filter((c) => !weakenedBefore.has(c.code));
  const requiresForce = weakening.length > 0;
  const allowed = !requiresForce || request.force === true;
  return {
    before,
    beforeHex: before === null ? null : hex(before),
    after,
    afterHex: hex(after),
    changed: before === null || before !== after,
    changes,
    weakening,
    requiresForce,
    allowed,
    refusal: allowed
      ? null
      : `This change weakens signature checking: ${weakening.map((w) => w.text).join(' ')} Repeat it with -Force if that is intended.`,
    decodedAfter,
  };
}

export interface StateFactReading {
  presence: 'Present' | 'Absent' | 'Malformed' | 'Unavailable';
  value: number | null;
  /** Why the value is read as it is (REG_BINARY accepted, absent, malformed, unreadable). */
  note: string | null;
  type: string | null;
  raw: string | null;
}

/**
 * Reads a State registry fact as wintrust would: a REG_DWORD; a 4-byte REG_BINARY is read as the
 * little-endian DWORD (Wine's WintrustGetRegPolicyFlags does not check the type; .NET's mansign2
 * accepts REG_BINARY - FACTS.md 1.2); anything else is malformed.
 */
export function readStateFact(fact: RegistryValueFact | null | undefined): StateFactReading {
  if (fact === null || fact === undefined || fact.status === 'NotFound') {
    return { presence: 'Absent', value: null, note: ABSENT_NOTE, type: null, raw: null };
  }
  const type = fact.type ?? null;
  const raw = typeof fact.hex === 'string' ? fact.hex.toUpperCase() : null;
  if (fact.status !== 'Ok') {
    return {
      presence: fact.status === 'Malformed' ? 'Malformed' : 'Unavailable',
      value: null,
      note: statusText(fact),
      type,
      raw,
    };
  }
  if (type !== 'REG_DWORD' && type !== 'REG_BINARY') {
    return { presence: 'Malformed', value: null, note: `type is ${type ?? 'unknown'}, expected REG_DWORD`, type, raw };
  }
  const dword = dwordOf(fact);
  if (!('value' in dword)) {
    return { presence: 'Malformed', value: null, note: dword.why, type, raw };
  }
  return {
    presence: 'Present',
    value: dword.value,
    note:
      type === 'REG_BINARY'
        ? "State is a 4-byte REG_BINARY instead of REG_DWORD; wintrust reads its 4 bytes as the DWORD (Wine does not check the type, .NET's mansign2 accepts REG_BINARY), so it is judged as that value. Set-WinTrustState rewrites it as REG_DWORD."
        : null,
    type,
    raw,
  };
}
