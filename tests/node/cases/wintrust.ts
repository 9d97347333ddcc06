// The WinTrust scenarios (tests/cases/wintrust): the Software Publishing State codec, plans and the family in
// diagnose.
// Expected values come from FACTS.md 1.3's table, restated here independently of the engine.
import { healthy } from './base';

// FACTS.md 1.3: option -> bit, inverted?
const OPTIONS: [number, number, boolean][] = [
  [1, 0x80, false],
  [2, 0x100, true],
  [3, 0x200, true],
  [4, 0x400, false],
  [5, 0x800, false],
  [6, 0x1000, false],
  [7, 0x2000, false],
  [8, 0x10000, false],
  [9, 0x20000, true],
  [10, 0x40000, false],
];
const hex = (v) => '0x' + (v >>> 0).toString(16).toUpperCase();
const cases: any[] = [];

// Decoding (FACTS.md 1.3 verification table; seed 002's SetReg listings).
// D2: only a clear 0x800 breaks Microsoft's (commercially signed) packages; a clear 0x400 and
// option 10 may break some installs; nothing offline-related applies where revocation is off (0x200).
const decodeExpect: Record<string, any> = {
  0xc9: {
    options: [true, true, true, false, false, false, false, false, true, false],
    unknownBits: ['0x1', '0x8', '0x40'],
    breaks: ['OfflineCommercialNotOk'],
    mayBreak: ['OfflineIndividualNotOk'],
    weakens: ['TestRootTrusted'],
  },
  0x22849: {
    options: [false, true, true, false, true, false, true, false, false, false],
    unknownBits: ['0x1', '0x8', '0x40'],
    breaks: [],
    mayBreak: ['OfflineIndividualNotOk'],
    weakens: [],
  },
  0x23c00: {
    options: [false, true, true, true, true, true, true, false, false, false],
    unknownBits: [],
    breaks: [],
    mayBreak: [],
    weakens: [],
  },
  0x23e00: {
    options: [false, true, false, true, true, true, true, false, false, false],
    unknownBits: [],
    breaks: [],
    mayBreak: [],
    weakens: ['RevocationIgnored'],
  },
  0: {
    options: [false, true, true, false, false, false, false, false, true, false],
    unknownBits: [],
    breaks: ['OfflineCommercialNotOk'],
    mayBreak: ['OfflineIndividualNotOk'],
    weakens: [],
  },
  0x200: {
    options: [false, true, false, false, false, false, false, false, true, false],
    unknownBits: [],
    breaks: [],
    mayBreak: [],
    weakens: ['RevocationIgnored'],
  },
  // D20: option 10 is listed under both "weakens" and "may break installs" (UNVERIFIED).
  0xffffffff: {
    options: [true, false, false, true, true, true, true, true, false, true],
    weakens: [
      'RevocationIgnored',
      'ExpirationIgnored',
      'TestCertificatesTrusted',
      'TestRootTrusted',
      'OnlyPersonalTrustDb',
    ],
    breaks: [],
    mayBreak: ['OnlyPersonalTrustDb'],
  },
  0x63c00: {
    options: [false, true, true, true, true, true, true, false, false, true],
    unknownBits: [],
    weakens: ['OnlyPersonalTrustDb'],
    breaks: [],
    mayBreak: ['OnlyPersonalTrustDb'],
  },
};
for (const [valueText, e] of Object.entries(decodeExpect)) {
  const value = Number(valueText);
  const result: any = {
    value,
    hex: hex(value),
    options: e.options.map((enabled, i) => ({ number: i + 1, enabled })),
    breaksUpdates: e.breaks.map((code) => ({ code })),
    mayBreakInstalls: e.mayBreak.map((code) => ({ code })),
    weakensSecurity: e.weakens.map((code) => ({ code })),
  };
  if (e.unknownBits) result.unknownBits = e.unknownBits;
  cases.push({
    name: `decode-${hex(value)}`,
    description: `State ${hex(value)} decodes as FACTS.md 1.3 says`,
    command: 'decodeWinTrustState',
    request: { value },
    expect: { ok: true, result },
  });
}
cases.push({
  name: 'decode-0xC9-setreg-text',
  description: "Seed 002's SetReg listing for 0xC9, line for line",
  command: 'decodeWinTrustState',
  request: { value: 0xc9 },
  expect: {
    ok: true,
    result: {
      setRegText: [
        'Software Publishing State Key Values (0xc9):',
        ' 1) Trust the Test Root........................... TRUE',
        ' 2) Use expiration date on certificates........... TRUE',
        ' 3) Check the revocation list..................... TRUE',
        ' 4) Offline revocation server OK (Individual)..... FALSE',
        ' 5) Offline revocation server OK (Commercial)..... FALSE',
        ' 6) Java offline revocation server OK (Individual) FALSE',
        ' 7) Java offline revocation server OK (Commercial) FALSE',
        ' 8) Invalidate version 1 signed objects........... FALSE',
        ' 9) Check the revocation list on Time Stamp Signer TRUE',
        ' 10) Only trust items found in the Trust DB....... FALSE',
      ].join('\n'),
    },
  },
});
for (const bad of [-1, 4294967296, 1.5]) {
  cases.push({
    name: `decode-out-of-range-${String(bad).replace('.', '_')}`,
    description: `${bad} is not a 32-bit State`,
    command: 'decodeWinTrustState',
    request: { value: bad },
    expect: { ok: false, error: { code: 'InvalidRequest' } },
  });
}

// Every option set and cleared on each of the four known values; unknown bits preserved.
const WEAKENING = { 1: 'TestRootTrusted', 2: 'ExpirationIgnored', 3: 'RevocationIgnored', 10: 'OnlyPersonalTrustDb' };
for (const base of [0xc9, 0x22849, 0x23c00, 0x23e00]) {
  for (const [number, bit, inverted] of OPTIONS) {
    for (const enabled of [true, false]) {
      const setBit = inverted ? !enabled : enabled;
      const after = (setBit ? base | bit : base & ~bit) >>> 0;
      const becomesWeak = WEAKENING[number] !== undefined && (after & bit) !== 0 && (base & bit) === 0;
      cases.push({
        name: `option-${number}-${enabled ? 'on' : 'off'}-${hex(base)}`,
        description: `Option ${number} ${enabled ? 'TRUE' : 'FALSE'} on ${hex(base)}`,
        command: 'planWinTrustState',
        request: { current: base, options: [{ option: number, enabled }] },
        expect: {
          ok: true,
          result: {
            after,
            afterHex: hex(after),
            changed: after !== base,
            requiresForce: becomesWeak,
            allowed: !becomesWeak,
            changes:
              after === base
                ? []
                : [{ bit: hex(bit), option: number, from: (base & bit) !== 0, to: (after & bit) !== 0 }],
          },
        },
      });
    }
  }
}
const plan = (name, description, request, result) =>
  cases.push({ name, description, command: 'planWinTrustState', request, expect: { ok: true, result } });
plan(
  'default-from-0xC9-keeps-unknown-bits',
  '-Default on 0xC9: the option bits of 0x23C00, the unknown 0x49 kept',
  { current: 0xc9, default: true },
  { after: 0x23c49, afterHex: '0x23C49', requiresForce: false },
);
plan(
  'default-keeps-high-unknown-bit',
  '-Default keeps an unknown high bit',
  { current: 0x80000000 + 0x23e00, default: true },
  { after: 0x80023c00, requiresForce: false },
);
plan(
  'default-when-absent',
  '-Default on an absent value writes 0x23C00',
  { current: null, default: true },
  { after: 0x23c00, before: null, changed: true },
);
plan(
  'raw-value',
  'A raw value is taken as it is',
  { current: 0xc9, value: 0x23c00 },
  { after: 0x23c00, requiresForce: false },
);
plan(
  'raw-weakening-refused',
  'A raw value that ignores revocation needs force',
  { current: 0x23c00, value: 0x23e00 },
  { after: 0x23e00, requiresForce: true, allowed: false, weakening: [{ code: 'RevocationIgnored' }] },
);
plan(
  'raw-weakening-forced',
  'With force the same change is allowed',
  { current: 0x23c00, value: 0x23e00, force: true },
  { allowed: true, refusal: null },
);
plan(
  'option-by-name',
  'Options by name: OfflineRevocationOkCommercial TRUE on 0xC9 (the seed 002 fix, setreg 5 TRUE)',
  { current: 0xc9, options: [{ option: 'OfflineRevocationOkCommercial', enabled: true }] },
  { after: 0x8c9, changes: [{ bit: '0x800', option: 5, from: false, to: true }] },
);
plan(
  'option-by-label',
  'Options by SetReg label',
  { current: 0x23c00, options: [{ option: 'Check the revocation list', enabled: false }], force: true },
  { after: 0x23e00 },
);
plan(
  'two-options',
  'Two options at once',
  {
    current: 0xc9,
    options: [
      { option: 4, enabled: true },
      { option: 5, enabled: true },
    ],
  },
  { after: 0xcc9 },
);
plan(
  'already-weak-stays',
  'A change on a value that already ignores revocation does not need force for that',
  { current: 0x23e00, options: [{ option: 5, enabled: false }] },
  { requiresForce: false, after: 0x23600 },
);
const refuse = (name, description, request) =>
  cases.push({
    name,
    description,
    command: 'planWinTrustState',
    request,
    expect: { ok: false, error: { code: 'InvalidRequest' } },
  });
refuse('unknown-option', 'An unknown option name', {
  current: 0x23c00,
  options: [{ option: 'MakeItWork', enabled: true }],
});
refuse('option-11', 'There is no option 11', { current: 0x23c00, options: [{ option: 11, enabled: true }] });
refuse('two-modes', 'Default and a value together', { current: 0x23c00, default: true, value: 1 });
refuse('no-mode', 'Nothing asked', { current: 0x23c00 });
refuse('enabled-missing', 'An option without enabled', { current: 0x23c00, options: [{ option: 5 }] });

// Reading the registry fact (what Get-WinTrustState and Set-WinTrustState start from).
const read = (name, description, fact, result) =>
  cases.push({ name, description, command: 'readWinTrustState', request: { fact }, expect: { ok: true, result } });
read(
  'read-dword',
  'A REG_DWORD State',
  { status: 'Ok', type: 'REG_DWORD', hex: 'C9000000' },
  { presence: 'Present', value: 0xc9, note: null, decoded: { hex: '0xC9' } },
);
read(
  'read-binary-4',
  'A 4-byte REG_BINARY is read as the little-endian DWORD, and says why',
  { status: 'Ok', type: 'REG_BINARY', hex: '003C0200' },
  { presence: 'Present', value: 0x23c00, type: 'REG_BINARY' },
);
read(
  'read-binary-3',
  'A 3-byte REG_BINARY is malformed',
  { status: 'Ok', type: 'REG_BINARY', hex: '003C02' },
  { presence: 'Malformed', value: null, note: 'the data is 3 bytes, expected 4', decoded: null },
);
read(
  'read-sz',
  'A REG_SZ is malformed',
  { status: 'Ok', type: 'REG_SZ', hex: '3200', text: '2' },
  { presence: 'Malformed', value: null, note: 'type is REG_SZ, expected REG_DWORD' },
);
read(
  'read-absent',
  'An absent value says what Windows is taken to do',
  { status: 'NotFound' },
  { presence: 'Absent', value: null, decoded: null },
);
read(
  'read-denied',
  'An unreadable value is Unavailable',
  { status: 'AccessDenied', message: 'denied' },
  { presence: 'Unavailable', value: null },
);
plan(
  'plan-from-binary-fact',
  'Planning from a 4-byte REG_BINARY fact uses its value',
  { currentFact: { status: 'Ok', type: 'REG_BINARY', hex: 'C9000000' }, default: true },
  { before: 0xc9, after: 0x23c49 },
);
plan(
  'plan-from-malformed-fact',
  'Planning from a malformed fact starts from absent',
  { currentFact: { status: 'Ok', type: 'REG_SZ', hex: '3200' }, default: true },
  { before: null, after: 0x23c00 },
);

// Seed 002's log lines.
export const SEED_LOG = [
  '[4/24/2012, 8:54:49] d:\\f4fc31bd6ed42ecc7c4387d680\\NDP40-KB2656368.msp - Signature verification for file NDP40-KB2656368.msp (d:\\f4fc31bd6ed42ecc7c4387d680\\NDP40-KB2656368.msp) failed with error 0x800b010e (Der Sperrvorgang konnte nicht fortgesetzt werden.)',
  '[4/24/2012, 8:54:49] File NDP40-KB2656368.msp (d:\\f4fc31bd6ed42ecc7c4387d680\\NDP40-KB2656368.msp), failed authentication. (Error = -2146762482). It is recommended that you delete this file and retry setup again.',
  '[4/24/2012, 8:54:51] Final Result: Installation failed with error code: (0x800B010B), "Allgemeiner Vertrauensfehler." (Elapsed time: 0 00:00:03).',
];
/** Seed 002's lines re-dated to 2 days before the base snapshot's collection time (2026-11-20). */
const RECENT_LOG = SEED_LOG.map((l) => l.replace('[4/24/2012,', '[11/18/2026,'));
cases.push({
  name: 'seed-002-log',
  description:
    "Seed 002's setup log: the signature failure 0x800B010E on the .msp, the decimal error, the final 0x800B010B",
  command: 'parseSetupLog',
  request: { lines: SEED_LOG },
  expect: {
    ok: true,
    result: {
      events: [
        {
          kind: 'SignatureVerificationFailed',
          code: '0x800B010E',
          file: 'NDP40-KB2656368.msp',
          time: '2012-04-24T08:54:49.0000000Z',
        },
        { kind: 'ErrorCode', code: '0x800B010E', time: '2012-04-24T08:54:49.0000000Z' },
        { kind: 'FinalResult', code: '0x800B010B', time: '2012-04-24T08:54:51.0000000Z' },
      ],
    },
  },
});

// The family inside diagnose.
const SP = 'Software\\Microsoft\\Windows\\CurrentVersion\\WinTrust\\Trust Providers\\Software Publishing';
const dword = (n) =>
  [0, 1, 2, 3].map((i) => ((n >>> (8 * i)) & 255).toString(16).padStart(2, '0').toUpperCase()).join('');
const hive = (scope, sid, state) => ({
  scope,
  sid,
  path: `${scope === 'System' ? 'HKU\\.DEFAULT' : scope === 'CurrentUser' ? 'HKCU' : 'HKU\\' + sid}\\${SP}`,
  key: state === undefined ? { status: 'NotFound' } : { status: 'Ok', values: { State: state } },
});
const USER = 'S-1-5-21-1004336348-1177238915-682003330-1001';
function withWinTrust(hives, logs?) {
  const s = healthy();
  s.wintrust = { hives };
  s.logs = { setup: logs ?? [] };
  return s;
}
const ok = (n) => ({ status: 'Ok', type: 'REG_DWORD', hex: dword(n) });
const diag = (name, description, request, expect, command = 'diagnose') =>
  cases.push({ name, description, command, request, expect: { ok: true, ...expect } });
const defaults = [
  hive('System', 'S-1-5-18', ok(0x23c00)),
  hive('NetworkService', 'S-1-5-20', ok(0x23c00)),
  hive('LocalService', 'S-1-5-19', ok(0x23c00)),
  hive('User', USER, ok(0x23c00)),
];
diag('diagnose-all-default', 'Every hive at 0x23C00: healthy', withWinTrust(defaults), {
  findingIds: [],
  checks: { 'WTR.State': 'Pass', 'LOG.SetupLogs': 'Pass' },
  result: { healthy: true },
});
diag(
  'diagnose-system-0xC9',
  "SYSTEM's State 0xC9: Windows Update installs reject signatures when revocation is offline (Critical) and the test root is trusted",
  withWinTrust([hive('System', 'S-1-5-18', ok(0xc9)), ...defaults.slice(1)]),
  {
    findingIds: ['WUT-WTR-001', 'WUT-WTR-002'],
    result: {
      findings: [
        {
          id: 'WUT-WTR-001',
          severity: 'Critical',
          remedy: {
            command: "Set-WinTrustState -Scope 'System' -Default",
            name: 'Set-WinTrustState',
            parameters: { Scope: 'System', Default: true },
            arguments: [],
          },
        },
      ],
    },
  },
);
diag(
  'diagnose-user-0xC9',
  "Seed 002: the user's own State 0xC9 affects installers the user starts: Warning without log evidence",
  withWinTrust([...defaults.slice(0, 3), hive('User', USER, ok(0xc9))]),
  {
    findingIds: ['WUT-WTR-001', 'WUT-WTR-002'],
    result: {
      findings: [
        {
          id: 'WUT-WTR-001',
          severity: 'Warning',
          remedy: { command: `Set-WinTrustState -Sid '${USER}' -Default`, parameters: { Sid: USER, Default: true } },
        },
      ],
    },
  },
);
const ADMIN_TEMP = 'C:\\Users\\admin\\AppData\\Local\\Temp';
diag(
  'diagnose-user-0xC9-with-log',
  "Seed 002 with a recent setup log in the user's TEMP: the user's State and that log join in one root cause (WUT-WTR-100, Critical) that explains both",
  withWinTrust(
    [...defaults.slice(0, 3), hive('User', USER, ok(0xc9))],
    [{ path: `${ADMIN_TEMP}\\KB2656368.html`, sid: USER, status: 'Ok', lines: RECENT_LOG }],
  ),
  {
    findingIds: ['WUT-WTR-100', 'WUT-WTR-001', 'WUT-WTR-002', 'WUT-LOG-010'],
    checks: { 'LOG.SetupLogs': 'Fail' },
    result: {
      summary:
        'Unhealthy: 1 critical, 1 warning, 0 info (+2 explained by a root cause); 19 checks run, 0 not run; first: WUT-WTR-100 Root cause: Software Publishing State 0xC9 (User) makes the setups run there fail with 0x800B010E, 0x800B010B',
      findings: [
        {
          id: 'WUT-WTR-100',
          severity: 'Critical',
          rootCause: true,
          explains: ['WUT-WTR-001', 'WUT-LOG-010'],
          remedy: { command: `Set-WinTrustState -Sid '${USER}' -Default`, parameters: { Sid: USER, Default: true } },
        },
        {
          id: 'WUT-LOG-010',
          explainedBy: 'WUT-WTR-100',
          remedy: {
            command: `Rename-Item -LiteralPath '${ADMIN_TEMP}\\KB2656368.html' -NewName 'KB2656368.html.old' -WhatIf`,
          },
        },
        { id: 'WUT-WTR-001', severity: 'Warning', explainedBy: 'WUT-WTR-100' },
        { id: 'WUT-WTR-002' },
      ],
    },
  },
);
diag(
  'd3-old-log-healthy',
  'D3: a 2012 setup log in a snapshot collected in 2026 is history (Info, with its age), not a fault',
  withWinTrust(defaults, [{ path: `${ADMIN_TEMP}\\KB2656368.html`, status: 'Ok', lines: SEED_LOG }]),
  {
    findingIds: ['WUT-LOG-011'],
    checks: { 'LOG.SetupLogs': 'Pass' },
    result: {
      healthy: true,
      findings: [
        {
          id: 'WUT-LOG-011',
          severity: 'Info',
          title: 'Old setup-log signature failures (the newest is 5323 d 1 h old)',
        },
      ],
    },
  },
);
diag(
  'd3-log-age-parameter',
  'D3: the age limit is a parameter: with 6000 days the 2012 log is recent again',
  {
    snapshot: withWinTrust(defaults, [{ path: 'C:\\Windows\\Temp\\KB1.html', status: 'Ok', lines: SEED_LOG }]),
    options: { logMaxAgeDays: 6000 },
  },
  { findingIds: ['WUT-LOG-010'], checks: { 'LOG.SetupLogs': 'Fail' } },
  'diagnoseWith',
);
diag(
  'd3-log-attributed-to-its-profile',
  "D3: a recent log in the admin's TEMP supports only the admin's hive, not NetworkService's 0xC9",
  withWinTrust(
    [
      hive('System', 'S-1-5-18', ok(0x23c00)),
      hive('NetworkService', 'S-1-5-20', ok(0xc9)),
      hive('User', USER, ok(0x23c00)),
    ],
    [{ path: `${ADMIN_TEMP}\\KB2656368.html`, sid: USER, status: 'Ok', lines: RECENT_LOG }],
  ),
  {
    findingIds: ['WUT-WTR-001', 'WUT-WTR-002', 'WUT-LOG-010'],
    result: {
      // No root cause: the log is the admin's and the admin's State is the default; NetworkService's
      // finding stays a Warning and the log counts on its own.
      summary:
        'Unhealthy: 0 critical, 3 warning, 0 info; 19 checks run, 0 not run; first: WUT-LOG-010 Setup logs of S-1-5-21-1004336348-1177238915-682003330-1001 show package signature verification failures (0x800B010E, 0x800B010B)',
    },
  },
);
diag(
  'd3-system-temp-log-supports-system',
  "D3: a recent log in SYSTEM's temp folder (C:\\Windows\\Temp) supports SYSTEM's hive",
  withWinTrust(
    [hive('System', 'S-1-5-18', ok(0xc9)), ...defaults.slice(1)],
    [{ path: 'C:\\Windows\\Temp\\KB2656351.html', status: 'Ok', lines: RECENT_LOG }],
  ),
  {
    findingIds: ['WUT-WTR-100', 'WUT-WTR-001', 'WUT-WTR-002', 'WUT-LOG-010'],
    result: {
      findings: [
        { id: 'WUT-WTR-100', severity: 'Critical', explains: ['WUT-WTR-001', 'WUT-LOG-010'] },
        { id: 'WUT-WTR-001', severity: 'Critical', explainedBy: 'WUT-WTR-100' },
      ],
    },
  },
);
const USER2 = 'S-1-5-21-1004336348-1177238915-682003330-1002';
diag(
  'root-cause-per-profile',
  "Two users with State 0xC9, a failed setup log in one TEMP only: one root cause for that user, explaining only that user's State finding and log",
  withWinTrust(
    [...defaults.slice(0, 3), hive('User', USER, ok(0xc9)), hive('User', USER2, ok(0xc9))],
    [{ path: `${ADMIN_TEMP}\\KB2656368.html`, sid: USER, status: 'Ok', lines: RECENT_LOG }],
  ),
  {
    findingIds: ['WUT-WTR-100', 'WUT-WTR-001', 'WUT-WTR-001', 'WUT-WTR-002', 'WUT-WTR-002', 'WUT-LOG-010'],
    result: {
      findings: [
        {
          id: 'WUT-WTR-100',
          remedy: { command: `Set-WinTrustState -Sid '${USER}' -Default` },
          explains: ['WUT-WTR-001', 'WUT-LOG-010'],
        },
        { id: 'WUT-LOG-010', explainedBy: 'WUT-WTR-100' },
        { id: 'WUT-WTR-001', explainedBy: 'WUT-WTR-100' },
      ],
      // The second user's State finding is not explained: it is counted (one of the warnings).
      summary:
        'Unhealthy: 1 critical, 3 warning, 0 info (+2 explained by a root cause); 19 checks run, 0 not run; first: WUT-WTR-100 Root cause: Software Publishing State 0xC9 (User) makes the setups run there fail with 0x800B010E, 0x800B010B',
    },
  },
);
diag(
  'd2-individual-only-with-log',
  'D2: 0x22849 (individual offline not OK) with a recent log is still healthy for updates: Info only; the log stays unexplained',
  withWinTrust(
    [...defaults.slice(0, 3), hive('User', USER, ok(0x22849))],
    [{ path: `${ADMIN_TEMP}\\KB1.html`, sid: USER, status: 'Ok', lines: RECENT_LOG }],
  ),
  {
    findingIds: ['WUT-WTR-005', 'WUT-LOG-010'],
    result: {
      findings: [
        { id: 'WUT-LOG-010', severity: 'Warning' },
        { id: 'WUT-WTR-005', severity: 'Info' },
      ],
    },
  },
);
diag(
  'diagnose-log-without-state-problem',
  'Recent log failures with every State at the default point at the revocation path instead',
  withWinTrust(defaults, [{ path: 'C:\\Windows\\Temp\\KB2656351.html', status: 'Ok', lines: RECENT_LOG }]),
  { findingIds: ['WUT-LOG-010'] },
);
diag(
  'diagnose-system-0x22849',
  "D2: 0x22849 (seed 002's fix, SetReg's documented defaults) on SYSTEM: commercial offline OK, so Info only",
  withWinTrust([hive('System', 'S-1-5-18', ok(0x22849))]),
  {
    findingIds: ['WUT-WTR-005'],
    result: {
      healthy: true,
      findings: [{ severity: 'Info', title: 'Software Publishing State 0x22849 may reject some signatures (System)' }],
    },
  },
);
diag(
  'd2-0x22849-every-hive-healthy',
  'D2 acceptance: State 0x22849 for every hive and no other fault is Healthy',
  withWinTrust([
    hive('System', 'S-1-5-18', ok(0x22849)),
    hive('NetworkService', 'S-1-5-20', ok(0x22849)),
    hive('LocalService', 'S-1-5-19', ok(0x22849)),
    hive('User', USER, ok(0x22849)),
    hive('CurrentUser', null, ok(0x22849)),
  ]),
  { checks: { 'WTR.State': 'Pass' }, result: { healthy: true, status: 'Healthy' } },
);
diag(
  'd2-revocation-off-no-offline-claim',
  'D2: where revocation checking is off (0x200) and offline OK is clear, no offline-revocation failure is claimed',
  withWinTrust([hive('System', 'S-1-5-18', ok(0x200))]),
  { findingIds: ['WUT-WTR-002'] },
);
diag(
  'diagnose-system-0x23E00',
  'Revocation ignored for SYSTEM: weakens security',
  withWinTrust([hive('System', 'S-1-5-18', ok(0x23e00))]),
  { findingIds: ['WUT-WTR-002'] },
);
diag(
  'diagnose-reg-sz',
  'State as REG_SZ is malformed, with its raw bytes',
  withWinTrust([
    hive('System', 'S-1-5-18', { status: 'Ok', type: 'REG_SZ', hex: '3200330063003000300030000000', text: '23c000' }),
  ]),
  {
    findingIds: ['WUT-WTR-003'],
    result: { findings: [{ evidence: [{ type: 'REG_SZ', raw: '3200330063003000300030000000' }] }] },
  },
);
diag(
  'diagnose-binary-4-bytes',
  'A 4-byte REG_BINARY is read as the DWORD (as wintrust does) and reported',
  withWinTrust([hive('System', 'S-1-5-18', { status: 'Ok', type: 'REG_BINARY', hex: 'C9000000' })]),
  { findingIds: ['WUT-WTR-001', 'WUT-WTR-002', 'WUT-WTR-003'] },
);
diag(
  'diagnose-binary-8-bytes',
  'An 8-byte REG_BINARY is malformed',
  withWinTrust([hive('System', 'S-1-5-18', { status: 'Ok', type: 'REG_BINARY', hex: '003C020000000000' })]),
  { findingIds: ['WUT-WTR-003'] },
);
diag(
  'diagnose-system-absent',
  'No State for SYSTEM: information, with what Windows is taken to do',
  withWinTrust([hive('System', 'S-1-5-18', undefined)]),
  { findingIds: ['WUT-WTR-004'], result: { findings: [{ severity: 'Info' }] } },
);
diag(
  'diagnose-user-absent',
  'No State in a user hive is normal: no finding',
  withWinTrust([hive('User', USER, undefined)]),
  { findingIds: [], checks: { 'WTR.State': 'Pass' } },
);
diag(
  'diagnose-hive-denied',
  'A hive that could not be read is named in the check, never passed',
  withWinTrust([{ ...hive('System', 'S-1-5-18', ok(0)), key: { status: 'AccessDenied' } }]),
  { findingIds: [], checks: { 'WTR.State': 'NotRun' } },
);
diag(
  'diagnose-wintrust-not-collected',
  'No wintrust and logs sections: not run',
  (() => {
    const s = healthy();
    delete s.wintrust;
    delete s.logs;
    return s;
  })(),
  { checks: { 'WTR.State': 'NotRun', 'LOG.SetupLogs': 'NotRun' }, result: { status: 'Incomplete' } },
);
diag(
  'diagnose-current-user-judged-once',
  'HKCU is the same hive as HKU\\<its SID>: one finding, not two',
  withWinTrust([
    ...defaults.slice(0, 3),
    hive('User', USER, ok(0xc9)),
    { ...hive('CurrentUser', null, ok(0xc9)), sid: USER },
  ]),
  { findingIds: ['WUT-WTR-001', 'WUT-WTR-002'] },
);
diag(
  'diagnose-current-user-alone',
  'HKCU of an account whose hive is not listed otherwise is judged',
  withWinTrust([...defaults.slice(0, 3), hive('CurrentUser', null, ok(0xc9))]),
  { findingIds: ['WUT-WTR-001', 'WUT-WTR-002'] },
);
cases.push({
  name: 'diagnose-unknown-scope',
  description: 'A hive with a scope WuTrust does not know: a damaged file',
  command: 'diagnose',
  request: withWinTrust([hive('Martian', 'S-1-5-18', ok(0x23c00))]),
  expect: {
    ok: false,
    error: {
      code: 'InvalidSnapshot',
      message:
        'wintrust.hives[0].scope: expected one of System, NetworkService, LocalService, User, CurrentUser, got "Martian"',
    },
  },
});
cases.push({
  name: 'diagnose-sid-not-a-sid',
  description: 'A hive SID that is not a SID never reaches a remedy: a damaged file',
  command: 'diagnose',
  request: withWinTrust([hive('User', "x'; Remove-Item C:\\ -Recurse; '", ok(0xc9))]),
  expect: { ok: false, error: { code: 'InvalidSnapshot' } },
});
diag(
  'diagnose-zero',
  'State 0: checks everything, offline never OK (what mansign2 assumes for an absent value)',
  withWinTrust([hive('System', 'S-1-5-18', ok(0))]),
  { findingIds: ['WUT-WTR-001'], result: { findings: [{ severity: 'Critical' }] } },
);

export const winTrustCases = cases;
