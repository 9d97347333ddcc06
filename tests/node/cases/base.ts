// The one healthy base snapshot every diagnose case is composed over, and the helpers that write
// registry facts (FILETIME, DWORD, UTF-16) independently of the engine's own decoders.
/* The generators here are plain data builders; their parameters are left untyped on purpose. */
import { healthyNetwork } from './netFixtures';
const NOW = '2026-11-20T10:00:00.0000000Z';
const HOUR = 3600;

/** FILETIME bytes (little-endian hex) for a time `secondsBefore` seconds before NOW (negative: after). */
function ft(secondsBefore, extraTicks = 0n) {
  const ms = Date.parse(NOW) - secondsBefore * 1000;
  return ftTicks(BigInt(ms) * 10000n + 116444736000000000n + extraTicks);
}
function ftTicks(ticks) {
  let hex = '';
  for (let i = 0; i < 8; i++) {
    hex += Number(ticks & 255n)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase();
    ticks >>= 8n;
  }
  return hex;
}
const dword = (n) => ftTicks(BigInt(n)).substring(0, 8);
const utf16 = (s) => [...s].map((c) => ftTicks(BigInt(c.charCodeAt(0))).substring(0, 4)).join('');
const bin = (hex) => ({ status: 'Ok', type: 'REG_BINARY', hex });
const dw = (n) => ({ status: 'Ok', type: 'REG_DWORD', hex: dword(n) });
const sz = (s) => ({ status: 'Ok', type: 'REG_SZ', hex: utf16(s), text: s });
const blob = (size) => ({ status: 'Ok', type: 'REG_BINARY', size });
const SOFTWARE_PUBLISHING =
  'Software\\Microsoft\\Windows\\CurrentVersion\\WinTrust\\Trust Providers\\Software Publishing';
const AU = 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate';
// A healthy ACL: AuthRoot gives NT SERVICE\CryptSvc GA with CI|OI, AutoUpdate inherits it (FACTS.md 3.1).
export const CRYPTSVC = 'S-1-5-80-242729624-280608522-2219052887-3187409060-2225943459';
export const AUTHROOT_SDDL = `O:SYG:SYD:AI(A;OICI;GA;;;${CRYPTSVC})(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)`;
export const AUTOUPDATE_SDDL = `O:SYG:SYD:AI(A;OICIID;GA;;;${CRYPTSVC})(A;CIID;KA;;;SY)(A;CIID;KA;;;BA)(A;CIID;KR;;;BU)`;

function healthy(): any {
  return {
    schemaVersion: 1,
    collectedAt: NOW,
    machine: {
      computerName: 'PC-HEALTHY',
      osVersion: '10.0.19045',
      osBuild: 19045,
      psEdition: 'Desktop',
      psVersion: '5.1.19041.5247',
      isElevated: true,
      collectedBy: { name: 'PC-HEALTHY\\admin', sid: 'S-1-5-21-1004336348-1177238915-682003330-500' },
    },
    ctl: {
      autoUpdate: {
        HKLM: {
          path: AU,
          status: 'Ok',
          values: {
            DisallowedCertLastSyncTime: bin(ft(3 * HOUR)),
            DisallowedCertEncodedCtl: blob(10322),
            LastSyncTime: bin(ft(2 * 24 * HOUR)),
            EncodedCtl: blob(294201),
            PinRulesLastSyncTime: bin(ft(2 * 24 * HOUR)),
            PinRulesEncodedCtl: blob(31644),
          },
        },
        HKCU: { path: AU.replace('HKLM', 'HKCU'), status: 'Ok', values: {} },
        DEFAULT: { path: AU.replace('HKLM', 'HKU\\.DEFAULT'), status: 'Ok', values: {} },
      },
      policy: { path: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot', status: 'NotFound' },
    },
    services: {
      CryptSvc: { status: 'Ok', state: 'Running', startType: 'Automatic', account: 'NT Authority\\NetworkService' },
      wuauserv: { status: 'Ok', state: 'Stopped', startType: 'Manual', account: 'LocalSystem' },
      BITS: { status: 'Ok', state: 'Stopped', startType: 'Manual', account: 'LocalSystem' },
      UsoSvc: { status: 'Ok', state: 'Running', startType: 'Automatic', account: 'LocalSystem' },
    },
    acl: {
      authRoot: { path: 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot', status: 'Ok', sddl: AUTHROOT_SDDL },
      autoUpdate: { path: AU, status: 'Ok', sddl: AUTOUPDATE_SDDL },
      autoUpdateHKCU: { path: AU.replace('HKLM', 'HKCU'), status: 'NotFound' },
      authRootKeys: {
        Certificates: { path: AU.replace('AutoUpdate', 'Certificates'), status: 'Ok', sddl: AUTOUPDATE_SDDL },
        CRLs: { path: AU.replace('AutoUpdate', 'CRLs'), status: 'Ok', sddl: AUTOUPDATE_SDDL },
        CTLs: { path: AU.replace('AutoUpdate', 'CTLs'), status: 'Ok', sddl: AUTOUPDATE_SDDL },
      },
    },
    wintrust: {
      hives: [
        {
          scope: 'System',
          sid: 'S-1-5-18',
          path: `HKU\\.DEFAULT\\${SOFTWARE_PUBLISHING}`,
          key: { status: 'Ok', values: { State: dw(0x23c00) } },
        },
        {
          scope: 'CurrentUser',
          sid: null,
          path: `HKCU\\${SOFTWARE_PUBLISHING}`,
          key: { status: 'Ok', values: { State: dw(0x23c00) } },
        },
      ],
    },
    logs: { setup: [] },
    network: healthyNetwork(),
    updateLogs: {
      windowsUpdate: {
        path: 'C:\\Users\\admin\\Desktop\\WindowsUpdate.log',
        status: 'Ok',
        bytes: 1843200,
        encoding: 'utf-8',
        aggregate: emptyLog('WindowsUpdate'),
      },
      cbs: {
        path: 'C:\\Windows\\Logs\\CBS\\CBS.log',
        status: 'Ok',
        bytes: 524288,
        encoding: 'utf-8',
        aggregate: emptyLog('Cbs'),
      },
      events: { path: EVENT_LOGS, status: 'Ok', aggregate: emptyLog('Events') },
    },
  };
}

export const EVENT_LOGS =
  'System (WindowsUpdateClient 20, 25, 31); Microsoft-Windows-WindowsUpdateClient/Operational; Microsoft-Windows-CAPI2/Operational';

/** A log aggregate with nothing in it: the log was read and no line passed the pre-filter. */
export function emptyLog(source) {
  return {
    source,
    linesSeen: 0,
    linesUnparsed: 0,
    radix: { either: 0, hex: 0 },
    failures: [],
    failuresDropped: 0,
    successes: {},
    first: null,
    last: null,
  };
}

export { healthy, ft, ftTicks, HOUR, NOW, bin, dw, sz, blob, dword, utf16, SOFTWARE_PUBLISHING, AU };

/** A diagnose case: the healthy base edited, and what the report must show. */
export function diagnoseCase(cases: any[], name, description, edit, expect) {
  const request = healthy();
  edit(request);
  cases.push({ name, description, command: 'diagnose', request, expect: { ok: true, ...expect } });
}

/** A snapshot damaged as a file (not as a machine): InvalidSnapshot naming the JSON path. */
export function damagedCase(cases: any[], name, description, edit, message) {
  const request = healthy();
  edit(request);
  cases.push({
    name,
    description,
    command: 'diagnose',
    request,
    expect: { ok: false, error: { code: 'InvalidSnapshot', message } },
  });
}
