// The CTL-sync scenarios (tests/cases/ctl). Expectations are written by hand from FACTS.md section 2,
// never computed by the engine.
import { AU, HOUR, NOW, bin, dw, ft, healthy, sz, utf16, diagnoseCase, damagedCase } from './base';
const hklm = (s) => s.ctl.autoUpdate.HKLM.values;
const hkcu = (s) => s.ctl.autoUpdate.HKCU.values;
/** HKU\.DEFAULT: LocalSystem's user hive, the one Windows Update's chain checks read (admin-trial D5). */
const sys = (s) => s.ctl.autoUpdate.DEFAULT.values;
const policy = (s, values) => {
  s.ctl.policy = { path: s.ctl.policy.path, status: 'Ok', values };
};

const cases: any[] = [];
const add = (name, description, edit, expect) => diagnoseCase(cases, name, description, edit, expect);
const damaged = (name, description, edit, message) => damagedCase(cases, name, description, edit, message);
const pass = (...ids) => Object.fromEntries(ids.map((id) => [id, 'Pass']));

add('healthy', 'Fresh CTLs, no policy, CryptSvc running: no findings', () => {}, {
  findingIds: [],
  checks: {
    'CTL.DisallowedSync': 'Pass',
    'CTL.TrustedRootSync': 'Pass',
    'CTL.PinRulesSync': 'Pass',
    'CTL.Policy': 'Pass',
    'CTL.Source': 'Pass',
    'CTL.CryptSvc': 'Pass',
    'ACL.AutoUpdate': 'Pass',
    'ACL.AuthRootKeys': 'Pass',
    'WTR.State': 'Pass',
    'LOG.SetupLogs': 'Pass',
  },
  result: {
    healthy: true,
    status: 'Healthy',
    computerName: 'PC-HEALTHY',
    // Every family ran, the network family included (#11): nothing is listed as not run.
    checksNotRun: [],
  },
});
add(
  'disallowed-23h59m',
  'Disallowed CTL synced 23 h 59 min ago: inside the 24 h window',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(23 * HOUR + 59 * 60));
  },
  { findingIds: [], checks: pass('CTL.DisallowedSync') },
);
add(
  'disallowed-24h-exact',
  'Exactly 24 h old is still inside the window (stale means older than the window)',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(24 * HOUR));
  },
  { findingIds: [], checks: pass('CTL.DisallowedSync') },
);
add(
  'disallowed-24h01m',
  'Disallowed CTL synced 24 h 1 min ago: stale, Critical',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(24 * HOUR + 60));
  },
  {
    findingIds: ['WUT-CTL-001'],
    checks: { 'CTL.DisallowedSync': 'Fail' },
    result: { healthy: false, status: 'Unhealthy', findings: [{ severity: 'Critical', family: 'CtlSync' }] },
  },
);
add(
  'disallowed-24h-plus-100ns',
  'One FILETIME tick past the window is stale: the comparison is exact',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(24 * HOUR, -1n));
  },
  { findingIds: ['WUT-CTL-001'] },
);
add(
  'seed-000-week-old',
  "Seed 000: disallowed CTL a week old in HKLM and in SYSTEM's hive; Windows Update fails with 0x80072F8F",
  (s) => {
    s.machine.computerName = 'PC-SEED000';
    hklm(s).DisallowedCertLastSyncTime = bin(ft(7 * 24 * HOUR + 5 * HOUR));
    sys(s).DisallowedCertLastSyncTime = bin(ft(8 * 24 * HOUR));
  },
  {
    findingIds: ['WUT-CTL-001'],
    result: {
      status: 'Unhealthy',
      findings: [{ id: 'WUT-CTL-001', title: 'The disallowed-certificate CTL is stale: last synced 7 d 5 h ago' }],
    },
  },
);
add(
  'system-hive-newer-than-stale-hklm',
  "HKLM stale but SYSTEM's hive (HKU\\.DEFAULT) fresh: crypt32 takes the newer, so no finding",
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(5 * 24 * HOUR));
    sys(s).DisallowedCertLastSyncTime = bin(ft(2 * HOUR));
  },
  { findingIds: [], checks: pass('CTL.DisallowedSync') },
);
add(
  'd5-admin-hkcu-fresh-system-stale',
  "D5: an interactive admin's fresh HKCU does not hide the stale view SYSTEM (Windows Update) has",
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(7 * 24 * HOUR));
    hkcu(s).DisallowedCertLastSyncTime = bin(ft(HOUR + 45 * 60));
  },
  {
    findingIds: ['WUT-CTL-001'],
    checks: { 'CTL.DisallowedSync': 'Fail' },
    result: {
      findings: [
        {
          id: 'WUT-CTL-001',
          title: 'The disallowed-certificate CTL is stale: last synced 7 d ago',
          evidence: [
            { item: 'HKLM DisallowedCertLastSyncTime' },
            { item: 'HKU\\.DEFAULT DisallowedCertLastSyncTime', value: 'absent: the value does not exist' },
            { item: "HKCU DisallowedCertLastSyncTime (the collecting account's; not what Windows Update reads)" },
            {
              item: 'Effective sync time (SYSTEM view)',
              value: '2026-11-13T10:00:00.0000000Z (HKLM decided), 7 d before collection',
            },
            { item: 'Collected by', value: 'PC-HEALTHY\\admin (S-1-5-21-1004336348-1177238915-682003330-500)' },
          ],
        },
      ],
    },
  },
);
add(
  'd5-system-hive-not-collected-hklm-stale',
  "D5: HKLM stale and SYSTEM's hive not collected (an older snapshot): SYSTEM's view cannot be judged",
  (s) => {
    delete s.ctl.autoUpdate.DEFAULT;
    hklm(s).DisallowedCertLastSyncTime = bin(ft(3 * 24 * HOUR));
    hkcu(s).DisallowedCertLastSyncTime = bin(ft(HOUR));
  },
  { findingIds: [], checks: { 'CTL.DisallowedSync': 'NotRun' }, result: { status: 'Incomplete', healthy: false } },
);
add(
  'd5-system-hive-not-collected-hklm-fresh',
  "D5: SYSTEM's hive not collected but HKLM fresh: the newer of the two can only be fresher, so it passes",
  (s) => {
    delete s.ctl.autoUpdate.DEFAULT;
  },
  { findingIds: [], checks: pass('CTL.DisallowedSync') },
);
add(
  'd5-collected-as-system-hkcu-decides',
  "D5: a snapshot collected as SYSTEM (no separate HKU\\.DEFAULT): its HKCU is SYSTEM's hive and decides",
  (s) => {
    delete s.ctl.autoUpdate.DEFAULT;
    s.machine.collectedBy = { name: 'NT AUTHORITY\\SYSTEM', sid: 'S-1-5-18' };
    hklm(s).DisallowedCertLastSyncTime = bin(ft(5 * 24 * HOUR));
    hkcu(s).DisallowedCertLastSyncTime = bin(ft(2 * HOUR));
  },
  { findingIds: [], checks: pass('CTL.DisallowedSync') },
);
add(
  'hklm-newer-than-stale-system-hive',
  "SYSTEM's hive stale but HKLM fresh: no finding",
  (s) => {
    sys(s).DisallowedCertLastSyncTime = bin(ft(5 * 24 * HOUR));
  },
  { findingIds: [], checks: pass('CTL.DisallowedSync') },
);
add(
  'both-stale-system-hive-newer',
  "Both stale; the evidence names SYSTEM's hive as the effective (newer) one",
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(9 * 24 * HOUR));
    sys(s).DisallowedCertLastSyncTime = bin(ft(2 * 24 * HOUR));
  },
  {
    findingIds: ['WUT-CTL-001'],
    result: { findings: [{ title: 'The disallowed-certificate CTL is stale: last synced 2 d ago' }] },
  },
);
add(
  'both-missing',
  'No DisallowedCertLastSyncTime in either hive',
  (s) => {
    delete hklm(s).DisallowedCertLastSyncTime;
  },
  {
    findingIds: ['WUT-CTL-002'],
    checks: { 'CTL.DisallowedSync': 'Fail' },
    result: { findings: [{ severity: 'Warning' }] },
  },
);
add(
  'hklm-key-missing',
  'The AutoUpdate key itself is missing in HKLM',
  (s) => {
    s.ctl.autoUpdate.HKLM = { path: AU, status: 'NotFound' };
  },
  {
    findingIds: ['WUT-CTL-002', 'WUT-CTL-005', 'WUT-CTL-007'],
    checks: { 'CTL.DisallowedSync': 'Fail', 'CTL.Source': 'Pass' },
  },
);
add(
  'reg-sz-instead-of-binary',
  'DisallowedCertLastSyncTime stored as REG_SZ: malformed, so no usable sync time',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = sz('2026-11-20 07:00');
  },
  {
    findingIds: ['WUT-CTL-002', 'WUT-CTL-003'],
    result: {
      findings: [
        { id: 'WUT-CTL-002' },
        { id: 'WUT-CTL-003', evidence: [{ type: 'REG_SZ', raw: utf16('2026-11-20 07:00') }] },
      ],
    },
  },
);
add(
  'seven-bytes',
  'A 7-byte REG_BINARY is not a FILETIME',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(HOUR).substring(0, 14));
  },
  {
    findingIds: ['WUT-CTL-002', 'WUT-CTL-003'],
    result: { findings: [{}, { evidence: [{ value: 'malformed: the data is 7 bytes, expected 8 (a FILETIME)' }] }] },
  },
);
add(
  'nine-bytes',
  'A 9-byte REG_BINARY is not a FILETIME',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(HOUR) + '00');
  },
  { findingIds: ['WUT-CTL-002', 'WUT-CTL-003'] },
);
add(
  'empty-binary',
  'A zero-length REG_BINARY',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin('');
  },
  { findingIds: ['WUT-CTL-002', 'WUT-CTL-003'] },
);
damaged(
  'not-hex',
  'Collector data that is not hex: a damaged file, named by its JSON path',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin('ZZ11223344556677');
  },
  'ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex: expected hex digits (0-9, A-F) only, got "ZZ11223344556677"',
);
damaged(
  'odd-hex',
  'An odd number of hex digits is a damaged file, not a registry value',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(HOUR).substring(0, 15));
  },
  'ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex: expected an even number of hex digits',
);
damaged(
  'number-for-string',
  'A number where the hex string belongs',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = { status: 'Ok', type: 'REG_BINARY', hex: 17 };
  },
  'ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex: expected hex digits as a string, got 17',
);
damaged(
  'unknown-status',
  'A fact status the collector never writes',
  (s) => {
    s.ctl.policy = { status: 'Martian' };
  },
  'ctl.policy.status: expected one of Ok, NotFound, AccessDenied, NotSupportedOnThisOS, Timeout, Malformed, Error, got "Martian"',
);
damaged(
  'unknown-registry-type',
  'A registry type that does not exist',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = { status: 'Ok', type: 'REG_FOO', hex: '00' };
  },
  'ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.type: expected a registry type (REG_NONE, REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_DWORD_BIG_ENDIAN, REG_LINK, REG_MULTI_SZ, REG_QWORD, REG_UNKNOWN), got "REG_FOO"',
);
damaged(
  'value-fact-null',
  'A value fact that is null instead of an object',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = null;
  },
  'ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime: expected a registry value fact (an object with a status), got null',
);
damaged(
  'service-missing-status',
  'A service fact without its status',
  (s) => {
    s.services.CryptSvc = { state: 'Running' };
  },
  'services.CryptSvc.status: expected one of Ok, NotFound, AccessDenied, NotSupportedOnThisOS, Timeout, Malformed, Error, got nothing',
);
damaged(
  'collected-at-1999',
  'A collection time before 2001 is not one a Windows machine reported',
  (s) => {
    s.collectedAt = '1999-12-31T23:59:59Z';
  },
  'collectedAt: expected a time from 2001 to 2199 (when the snapshot was taken), got "1999-12-31T23:59:59Z".',
);
damaged(
  'collected-at-2200',
  'A collection time in 2200 is refused',
  (s) => {
    s.collectedAt = '2200-01-01T00:00:00Z';
  },
  'collectedAt: expected a time from 2001 to 2199 (when the snapshot was taken), got "2200-01-01T00:00:00Z".',
);
add(
  'future-time',
  'A sync time after the collection time: crypt32 rejects it',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(-2 * HOUR));
  },
  { findingIds: ['WUT-CTL-002', 'WUT-CTL-003'] },
);
add(
  'future-hklm-fresh-system-hive',
  "HKLM in the future (ignored) but SYSTEM's hive fresh: only the malformed value is reported, with a reset",
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(-2 * HOUR));
    sys(s).DisallowedCertLastSyncTime = bin(ft(HOUR));
  },
  {
    findingIds: ['WUT-CTL-003'],
    checks: pass('CTL.DisallowedSync'),
    result: {
      findings: [
        {
          id: 'WUT-CTL-003',
          remedy: {
            command: "Reset-WuCtlSyncTime -Name 'DisallowedCertLastSyncTime' -Hive 'HKLM' -WhatIf",
            name: 'Reset-WuCtlSyncTime',
            parameters: { Name: 'DisallowedCertLastSyncTime', Hive: 'HKLM', WhatIf: true },
          },
        },
      ],
    },
  },
);
add(
  'top-bit-set',
  'FILETIME with the top bit set is not a time',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin('FFFFFFFFFFFFFFFF');
  },
  { findingIds: ['WUT-CTL-002', 'WUT-CTL-003'] },
);
add(
  'zero-filetime',
  'D18: FILETIME 0 is no sync at all: stale, shown as "never", not as 155,000 days ago',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin('0000000000000000');
  },
  {
    findingIds: ['WUT-CTL-001'],
    result: {
      findings: [
        {
          title: 'The disallowed-certificate CTL is stale: last synced never (FILETIME 0 = 1601-01-01)',
          evidence: [{ value: 'never (FILETIME 0 = 1601-01-01T00:00:00Z)', raw: '0000000000000000' }],
        },
      ],
    },
  },
);
add(
  'custom-delta-short',
  'DisallowedCertSyncDeltaTime 3600 s: window 90 min, a 2 h old sync is stale',
  (s) => {
    hklm(s).DisallowedCertSyncDeltaTime = dw(3600);
    hklm(s).DisallowedCertLastSyncTime = bin(ft(2 * HOUR));
  },
  { findingIds: ['WUT-CTL-001', 'WUT-CTL-008'] },
);
add(
  'custom-delta-long',
  'DisallowedCertSyncDeltaTime 172800 s: window 72 h, a 30 h old sync is fresh',
  (s) => {
    hklm(s).DisallowedCertSyncDeltaTime = dw(172800);
    hklm(s).DisallowedCertLastSyncTime = bin(ft(30 * HOUR));
  },
  { findingIds: ['WUT-CTL-008'], checks: pass('CTL.DisallowedSync'), result: { healthy: true } },
);
add(
  'custom-delta-tiny',
  'DisallowedCertSyncDeltaTime 1 s: the window is never below 15 s',
  (s) => {
    hklm(s).DisallowedCertSyncDeltaTime = dw(1);
    hklm(s).DisallowedCertLastSyncTime = bin(ft(14));
  },
  { findingIds: ['WUT-CTL-008'], checks: pass('CTL.DisallowedSync') },
);
add(
  'custom-delta-tiny-stale',
  'DisallowedCertSyncDeltaTime 1 s and a 16 s old sync: stale',
  (s) => {
    hklm(s).DisallowedCertSyncDeltaTime = dw(1);
    hklm(s).DisallowedCertLastSyncTime = bin(ft(16));
  },
  { findingIds: ['WUT-CTL-001', 'WUT-CTL-008'] },
);
add(
  'delta-zero',
  'DisallowedCertSyncDeltaTime 0 means the default',
  (s) => {
    hklm(s).DisallowedCertSyncDeltaTime = dw(0);
    hklm(s).DisallowedCertLastSyncTime = bin(ft(23 * HOUR));
  },
  { findingIds: [] },
);
add(
  'delta-reg-sz',
  'DisallowedCertSyncDeltaTime as REG_SZ is malformed; the default window applies',
  (s) => {
    hklm(s).DisallowedCertSyncDeltaTime = sz('3600');
    hklm(s).DisallowedCertLastSyncTime = bin(ft(23 * HOUR));
  },
  { findingIds: ['WUT-CTL-003'], checks: pass('CTL.DisallowedSync') },
);
add(
  'delta-8-bytes',
  'A REG_DWORD with 8 bytes of data is malformed',
  (s) => {
    hklm(s).DisallowedCertSyncDeltaTime = { status: 'Ok', type: 'REG_DWORD', hex: '100E000000000000' };
  },
  { findingIds: ['WUT-CTL-003'] },
);
add(
  'policy-disable-root',
  'DisableRootAutoUpdate = 1',
  (s) => {
    policy(s, { DisableRootAutoUpdate: dw(1) });
  },
  { findingIds: ['WUT-CTL-020'], checks: { 'CTL.Policy': 'Fail' } },
);
add(
  'policy-disable-disallowed-fresh',
  'EnableDisallowedCertAutoUpdate = 0 while the CTL is still fresh: Warning',
  (s) => {
    policy(s, { EnableDisallowedCertAutoUpdate: dw(0) });
  },
  { findingIds: ['WUT-CTL-021'], result: { findings: [{ severity: 'Warning' }] } },
);
add(
  'policy-disable-disallowed-stale',
  'D6/D19: EnableDisallowedCertAutoUpdate = 0 and the CTL stale: the policy is the root cause, counted once',
  (s) => {
    policy(s, { EnableDisallowedCertAutoUpdate: dw(0) });
    hklm(s).DisallowedCertLastSyncTime = bin(ft(3 * 24 * HOUR));
  },
  {
    findingIds: ['WUT-CTL-001', 'WUT-CTL-021', 'WUT-CTL-101'],
    result: {
      findings: [
        {
          id: 'WUT-CTL-101',
          severity: 'Critical',
          rootCause: true,
          explains: ['WUT-CTL-001', 'WUT-CTL-021'],
          remedy: { name: 'gpresult.exe', arguments: ['/scope', 'computer', '/h', 'gpresult.html'] },
        },
        { id: 'WUT-CTL-001', explainedBy: 'WUT-CTL-101' },
        { id: 'WUT-CTL-021', explainedBy: 'WUT-CTL-101' },
      ],
    },
  },
);
add(
  'd6-stale-acl-fine-no-acl-remedy',
  'D6: a stale CTL whose ACL check passes does not point to the ACL repair',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(3 * 24 * HOUR));
  },
  {
    findingIds: ['WUT-CTL-001'],
    checks: { 'ACL.AutoUpdate': 'Pass' },
    result: {
      findings: [
        {
          id: 'WUT-CTL-001',
          remedy: {
            command: "Test-WuUpdateEndpoint -Name 'ctldl.windowsupdate.com'",
            name: 'Test-WuUpdateEndpoint',
          },
        },
      ],
    },
  },
);
add(
  'policy-enable-disallowed',
  'EnableDisallowedCertAutoUpdate = 1 is the normal setting',
  (s) => {
    policy(s, { EnableDisallowedCertAutoUpdate: dw(1) });
  },
  { findingIds: [], checks: pass('CTL.Policy') },
);
add(
  'policy-disable-pinrules',
  'DisablePinRulesAutoUpdate = 1 is information only',
  (s) => {
    policy(s, { DisablePinRulesAutoUpdate: dw(1) });
  },
  { findingIds: ['WUT-CTL-022'], result: { healthy: true, findings: [{ severity: 'Info' }] } },
);
add(
  'policy-malformed',
  'A policy value of the wrong type is reported, not trusted',
  (s) => {
    policy(s, { DisableRootAutoUpdate: sz('1') });
  },
  { findingIds: ['WUT-CTL-003'], checks: { 'CTL.Policy': 'Fail' } },
);
add(
  'policy-access-denied',
  'The policy key could not be read: the check is not run and the report is incomplete',
  (s) => {
    s.ctl.policy = {
      path: s.ctl.policy.path,
      status: 'AccessDenied',
      message: 'Requested registry access is not allowed.',
    };
  },
  { findingIds: [], checks: { 'CTL.Policy': 'NotRun' }, result: { healthy: false, status: 'Incomplete' } },
);
add(
  'rootdirurl-fresh',
  'RootDirUrl redirect with fresh CTLs: Info',
  (s) => {
    hklm(s).RootDirUrl = sz('http://ctl.contoso.test/ctl');
  },
  { findingIds: ['WUT-CTL-023'], checks: { 'CTL.Source': 'Fail' }, result: { findings: [{ severity: 'Info' }] } },
);
add(
  'rootdirurl-stale',
  'RootDirUrl redirect and a stale disallowed CTL: Warning',
  (s) => {
    hklm(s).RootDirUrl = sz('file://\\\\fs01\\ctl');
    hklm(s).DisallowedCertLastSyncTime = bin(ft(4 * 24 * HOUR));
  },
  { findingIds: ['WUT-CTL-001', 'WUT-CTL-023'], result: { findings: [{}, { severity: 'Warning' }] } },
);
add(
  'rootdirurl-empty',
  'An empty RootDirUrl is no redirect',
  (s) => {
    hklm(s).RootDirUrl = sz('');
  },
  { findingIds: [], checks: pass('CTL.Source') },
);
add(
  'cryptsvc-stopped',
  'CryptSvc stopped',
  (s) => {
    s.services.CryptSvc.state = 'Stopped';
  },
  { findingIds: ['WUT-CTL-032'], checks: { 'CTL.CryptSvc': 'Fail' } },
);
add(
  'cryptsvc-disabled',
  'CryptSvc disabled',
  (s) => {
    s.services.CryptSvc.state = 'Stopped';
    s.services.CryptSvc.startType = 'Disabled';
  },
  { findingIds: ['WUT-CTL-031'], result: { findings: [{ severity: 'Critical' }] } },
);
add(
  'cryptsvc-missing',
  'CryptSvc does not exist',
  (s) => {
    s.services.CryptSvc = { status: 'NotFound' };
  },
  { findingIds: ['WUT-CTL-030'] },
);
add(
  'cryptsvc-localsystem',
  'CryptSvc reconfigured to LocalSystem',
  (s) => {
    s.services.CryptSvc.account = 'LocalSystem';
  },
  { findingIds: ['WUT-CTL-033'] },
);
add(
  'cryptsvc-not-collected',
  'Services not collected: the CryptSvc check is not run',
  (s) => {
    delete s.services;
  },
  { findingIds: [], checks: { 'CTL.CryptSvc': 'NotRun' }, result: { status: 'Incomplete' } },
);
add(
  'hklm-access-denied',
  'HKLM AutoUpdate unreadable: the sync checks are not run, never passed',
  (s) => {
    s.ctl.autoUpdate.HKLM = { path: AU, status: 'AccessDenied', message: 'Requested registry access is not allowed.' };
  },
  {
    findingIds: [],
    checks: {
      'CTL.DisallowedSync': 'NotRun',
      'CTL.TrustedRootSync': 'NotRun',
      'CTL.PinRulesSync': 'NotRun',
      'CTL.Source': 'NotRun',
    },
    result: { healthy: false, status: 'Incomplete' },
  },
);
add(
  'system-hive-access-denied-hklm-fresh',
  "SYSTEM's hive unreadable but HKLM fresh: newest-wins makes the pass certain",
  (s) => {
    s.ctl.autoUpdate.DEFAULT = { status: 'AccessDenied' };
  },
  { findingIds: [], checks: pass('CTL.DisallowedSync') },
);
add(
  'system-hive-access-denied-hklm-stale',
  "SYSTEM's hive unreadable and HKLM stale: it might be newer, so not run",
  (s) => {
    s.ctl.autoUpdate.DEFAULT = { status: 'AccessDenied' };
    hklm(s).DisallowedCertLastSyncTime = bin(ft(3 * 24 * HOUR));
  },
  { findingIds: [], checks: { 'CTL.DisallowedSync': 'NotRun' } },
);
add(
  'value-access-denied',
  'A single value that could not be read is not a pass',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = { status: 'Error', message: 'I/O error' };
  },
  { findingIds: [], checks: { 'CTL.DisallowedSync': 'NotRun' } },
);
add(
  'ctl-not-collected',
  'No ctl section: every CTL check is not run',
  (s) => {
    delete s.ctl;
  },
  {
    findingIds: [],
    checks: {
      'CTL.DisallowedSync': 'NotRun',
      'CTL.TrustedRootSync': 'NotRun',
      'CTL.PinRulesSync': 'NotRun',
      'CTL.Policy': 'NotRun',
      'CTL.Source': 'NotRun',
      'CTL.CryptSvc': 'Pass',
    },
    result: { status: 'Incomplete' },
  },
);
add(
  'trusted-stale',
  'Trusted-root CTL 11 days old (assumed 7-day interval, 10.5 d window): Warning',
  (s) => {
    hklm(s).LastSyncTime = bin(ft(11 * 24 * HOUR));
  },
  { findingIds: ['WUT-CTL-004'], checks: { 'CTL.TrustedRootSync': 'Fail' } },
);
add(
  'trusted-6-days',
  'Trusted-root CTL 6 days old is within its assumed window',
  (s) => {
    hklm(s).LastSyncTime = bin(ft(6 * 24 * HOUR));
  },
  { findingIds: [], checks: pass('CTL.TrustedRootSync') },
);
add(
  'pinrules-stale',
  'Pin-rules CTL 20 days old: information',
  (s) => {
    hklm(s).PinRulesLastSyncTime = bin(ft(20 * 24 * HOUR));
  },
  { findingIds: ['WUT-CTL-006'], result: { healthy: true } },
);
add(
  'pinrules-missing',
  'No pin-rules sync time (older Windows): information',
  (s) => {
    delete hklm(s).PinRulesLastSyncTime;
    delete hklm(s).PinRulesEncodedCtl;
  },
  { findingIds: ['WUT-CTL-007'], result: { healthy: true } },
);
add(
  'unknown-fields-kept',
  'Unknown fields anywhere are ignored',
  (s) => {
    s.futureSection = { anything: [1, 2, 3] };
    s.machine.extra = 'x';
    hklm(s).SomeNewValue = { status: 'Ok', type: 'REG_QWORD', hex: '0102030405060708' };
  },
  { findingIds: [] },
);
add(
  'collected-at-offset',
  'collectedAt with a +09:00 offset is converted to UTC',
  (s) => {
    s.collectedAt = '2026-11-20T19:00:00+09:00';
    hklm(s).DisallowedCertLastSyncTime = bin(ft(24 * HOUR + 60));
  },
  { findingIds: ['WUT-CTL-001'] },
);
add(
  'many-problems',
  'Stale CTL, stopped CryptSvc, policy off, malformed HKCU value: all reported, Critical first',
  (s) => {
    hklm(s).DisallowedCertLastSyncTime = bin(ft(10 * 24 * HOUR));
    hkcu(s).DisallowedCertLastSyncTime = bin('00');
    s.services.CryptSvc.state = 'Stopped';
    policy(s, { EnableDisallowedCertAutoUpdate: dw(0), DisableRootAutoUpdate: dw(1) });
  },
  {
    findingIds: ['WUT-CTL-001', 'WUT-CTL-003', 'WUT-CTL-020', 'WUT-CTL-021', 'WUT-CTL-032', 'WUT-CTL-101'],
    result: {
      findings: [
        { id: 'WUT-CTL-101' },
        { id: 'WUT-CTL-001' },
        { id: 'WUT-CTL-021' },
        { id: 'WUT-CTL-003' },
        { id: 'WUT-CTL-020' },
        { id: 'WUT-CTL-032' },
      ],
    },
  },
);

// Envelope errors.
function addError(name, description, requestText, code, command = 'diagnose') {
  cases.push({ name, description, command, requestText, expect: { ok: false, error: { code } } });
}
addError(
  'schema-too-new',
  'A newer schemaVersion is a clear error',
  JSON.stringify({ ...healthy(), schemaVersion: 2 }),
  'UnsupportedSchemaVersion',
);
addError('schema-missing', 'No schemaVersion', JSON.stringify({ collectedAt: NOW }), 'InvalidSnapshot');
addError(
  'schema-string',
  'schemaVersion as a string',
  JSON.stringify({ ...healthy(), schemaVersion: '1' }),
  'InvalidSnapshot',
);
addError('not-json', 'A snapshot that is not JSON', '{"schemaVersion": 1, "collectedAt": ', 'InvalidJson');
addError('json-array', 'A JSON array is not a snapshot', '[1,2]', 'InvalidSnapshot');
addError(
  'collected-at-impossible',
  'collectedAt on 30 February',
  JSON.stringify({ ...healthy(), collectedAt: '2026-02-30T10:00:00Z' }),
  'InvalidSnapshot',
);
addError(
  'collected-at-no-zone',
  'collectedAt without a zone is ambiguous',
  JSON.stringify({ ...healthy(), collectedAt: '2026-11-20T10:00:00' }),
  'InvalidSnapshot',
);
addError(
  'ctl-not-object',
  'A ctl section that is not an object',
  JSON.stringify({ ...healthy(), ctl: 'x' }),
  'InvalidSnapshot',
);
addError(
  'duplicate-key',
  'A key repeated in one object: refused, so a verdict never depends on which copy an engine keeps',
  JSON.stringify(healthy()).replace('"status":"NotFound"}', '"status":"NotFound","status":"Ok"}'),
  'InvalidSnapshot',
);
addError(
  'deep-nesting',
  'JSON nested 10,000 levels deep is refused cleanly, not a stack overflow',
  '{"schemaVersion":1,"collectedAt":"2026-11-20T10:00:00Z","x":' + '['.repeat(10000) + ']'.repeat(10000) + '}',
  'InvalidSnapshot',
);
addError(
  'report-as-snapshot',
  'A report (Get-WuTrustStatus -AsJson) given as a snapshot is recognised',
  JSON.stringify({
    computerName: 'PC',
    collectedAt: NOW,
    schemaVersion: 1,
    healthy: true,
    status: 'Healthy',
    summary: 'Healthy',
    findings: [],
    checksRun: [],
    checksNotRun: [],
  }),
  'InvalidSnapshot',
);
addError('unknown-command', 'An unknown engine command', '{}', 'UnknownCommand', 'fixEverything');

export const ctlCases = cases;
