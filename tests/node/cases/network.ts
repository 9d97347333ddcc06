// The network-trust scenarios (tests/cases/network, #11): WinHttpSettings and WinINET blobs, the proxy each
// endpoint gets, every chain verdict (each product of FACTS.md 7.2), DNS verdicts per type, clock skew and
// the root causes. Expectations are written by hand from FACTS.md 4 and 7, never computed by the engine.
import { HOUR, bin, ft, diagnoseCase, damagedCase } from './base';
import {
  CTL_PATH,
  ECC_ROOT,
  RSA_CA,
  binFact,
  cert,
  directProxy,
  dnsA,
  eccChain,
  failedProbe,
  forgedChain,
  healthyNetwork,
  httpDate,
  httpProbe,
  notFound,
  rsaChain,
  thumb,
  tlsProbe,
  winHttpBlob,
  winInetBlob,
} from './netFixtures';

const NOW = '2026-11-20T10:00:00.0000000Z';
const cases: any[] = [];

// --- Proxy sources, decoded side by side (proxySources; FACTS.md 4.1) ----------------------------------
function sources(name, description, proxy, expectRows, plan?) {
  cases.push({
    name: `proxy-${name}`,
    description,
    command: 'proxySources',
    request: { proxy },
    expect: { ok: true, result: { sources: expectRows, ...(plan ? { plan } : {}) } },
  });
}
const DIRECT_DOC = '1800000000000000010000000000000000000000'; // Microsoft's documented direct blob
sources(
  'documented-direct',
  "Microsoft's documented direct-access WinHttpSettings blob decodes as Direct, with no notes",
  directProxy({ winHttp: binFact(DIRECT_DOC) }),
  [
    {
      source: 'WinHttp',
      state: 'Set',
      mode: 'Direct',
      proxy: '',
      bypass: '',
      raw: DIRECT_DOC,
      notes: [],
      windowsUpdateUse: 'First',
    },
  ],
  'the WinHTTP proxy (direct), which Windows Update scans use first',
);
sources(
  'named-with-bypass-0x18',
  'A named proxy with a bypass list, header 0x18 (Wine, Microsoft)',
  directProxy({ winHttp: binFact(winHttpBlob('proxy.contoso.com:8080', '<local>;*.contoso.com')) }),
  [
    {
      source: 'WinHttp',
      state: 'Set',
      mode: 'Proxy',
      proxy: 'proxy.contoso.com:8080',
      bypass: '<local>;*.contoso.com',
      notes: [],
    },
  ],
  'the WinHTTP proxy (proxy proxy.contoso.com:8080 (bypass <local>;*.contoso.com)), which Windows Update scans use first',
);
sources(
  'named-0x28',
  'The same with header 0x28 (proxyconf): accepted, no note',
  directProxy({ winHttp: binFact(winHttpBlob('proxy.contoso.com:8080', '', { magic: 0x28 })) }),
  [{ source: 'WinHttp', state: 'Set', mode: 'Proxy', proxy: 'proxy.contoso.com:8080', notes: [] }],
);
sources(
  'per-scheme',
  'A per-scheme proxy string is kept as written',
  directProxy({ winHttp: binFact(winHttpBlob('http=p1.contoso.com;https=p2.contoso.com:88', '')) }),
  [{ source: 'WinHttp', state: 'Set', mode: 'Proxy', proxy: 'http=p1.contoso.com;https=p2.contoso.com:88' }],
);
sources(
  'unknown-magic-counter',
  'An unknown first DWORD and a non-zero counter are read, with notes saying so',
  directProxy({ winHttp: binFact(winHttpBlob('p:1', '', { magic: 0x30, counter: 5 })) }),
  [
    {
      source: 'WinHttp',
      state: 'Set',
      mode: 'Proxy',
      notes: [
        'the first DWORD is 0x30, not 0x18 or 0x28 (sources disagree on it; read anyway)',
        'the second DWORD is 5, where every source writes 0 (a counter here is UNVERIFIED)',
      ],
    },
  ],
);
sources(
  'trailing-bytes',
  'Bytes after the bypass list are noted, not refused',
  directProxy({ winHttp: binFact(winHttpBlob('p:1', 'x') + '0000') }),
  [{ source: 'WinHttp', state: 'Set', notes: ['2 byte(s) follow the bypass list'] }],
);
sources(
  'truncated-header',
  'An 8-byte value is malformed: the header alone is 12',
  directProxy({ winHttp: binFact('1800000000000000') }),
  [
    {
      source: 'WinHttp',
      state: 'Malformed',
      mode: null,
      raw: '1800000000000000',
      notes: ['the value is 8 bytes; the header alone is 12'],
    },
  ],
  'the WinHTTP proxy is malformed (the value is 8 bytes; the header alone is 12); the probes go direct',
);
sources(
  'overlong-proxy-length',
  'A proxy length running past the value is malformed, saying where',
  directProxy({ winHttp: binFact('180000000000000003000000C8000000616263') }),
  [
    {
      source: 'WinHttp',
      state: 'Malformed',
      notes: ["the proxy length 200 at offset 12 runs past the value's 19 bytes"],
    },
  ],
);
sources(
  'overlong-bypass-length',
  'A bypass length running past the value is malformed, saying where',
  directProxy({ winHttp: binFact('18000000000000000300000001000000786300000000') }),
  [
    {
      source: 'WinHttp',
      state: 'Malformed',
      notes: ["the bypass length 99 at offset 17 runs past the value's 22 bytes"],
    },
  ],
);
sources(
  'non-ascii',
  'A byte over 0x7F in the proxy string is malformed (WinHTTP stores ASCII)',
  directProxy({ winHttp: binFact('18000000000000000300000002000000C3A900000000') }),
  [
    {
      source: 'WinHttp',
      state: 'Malformed',
      notes: ['the proxy string holds byte 0xC3 at offset 16; WinHTTP stores ASCII only'],
    },
  ],
);
sources(
  'reg-sz',
  'WinHttpSettings as REG_SZ is malformed',
  directProxy({ winHttp: { status: 'Ok', type: 'REG_SZ', hex: '70003A00310000', text: 'p:1' } }),
  [{ source: 'WinHttp', state: 'Malformed', notes: ['type is REG_SZ, expected REG_BINARY'] }],
);
sources(
  'absent',
  'An absent WinHttpSettings is direct',
  directProxy({ winHttp: notFound() }),
  [{ source: 'WinHttp', state: 'NotSet', mode: 'Direct' }],
  'the WinHTTP proxy (direct), which Windows Update scans use first',
);
sources(
  'denied',
  'An unreadable WinHttpSettings is Unavailable, and the probes go direct',
  directProxy({ winHttp: { status: 'AccessDenied', message: 'Requested registry access is not allowed.' } }),
  [{ source: 'WinHttp', state: 'Unavailable', mode: null }],
);
sources(
  'wininet-pac',
  'A WinINET blob with an auto-config URL only is AutoConfig',
  directProxy({ winInetUser: binFact(winInetBlob('', '', { url: 'http://wpad.contoso.com/proxy.pac', flags: 5 })) }),
  [
    { source: 'WinHttp' },
    { source: 'WinHttp32' },
    { source: 'WinInetSystem', state: 'NotSet' },
    {
      source: 'WinInetUser',
      state: 'Set',
      mode: 'AutoConfig',
      autoConfigUrl: 'http://wpad.contoso.com/proxy.pac',
      autoDetect: false,
    },
  ],
);
sources(
  'wininet-autodetect',
  'WinINET with only autodetect (flags 0x9) is AutoDetect',
  directProxy({ winInetSystem: binFact(winInetBlob('', '', { flags: 9 })) }),
  [
    { source: 'WinHttp' },
    { source: 'WinHttp32' },
    { source: 'WinInetSystem', state: 'Set', mode: 'AutoDetect', autoDetect: true },
  ],
);
sources(
  'wininet-manual',
  'WinINET with a manual proxy is Proxy; its change counter is not a fault',
  directProxy({ winInetUser: binFact(winInetBlob('proxy.contoso.com:3128', '<local>', { counter: 41 })) }),
  [
    {},
    {},
    {},
    {
      source: 'WinInetUser',
      state: 'Set',
      mode: 'Proxy',
      proxy: 'proxy.contoso.com:3128',
      bypass: '<local>',
      notes: [],
    },
  ],
);
sources(
  'wininet-truncated',
  'A WinINET blob whose proxy length runs past it is malformed',
  directProxy({ winInetUser: binFact('46000000070000000300000050000000') }),
  [
    {},
    {},
    {},
    {
      source: 'WinInetUser',
      state: 'Malformed',
      notes: ["the proxy string length 80 at offset 12 runs past the value's 16 bytes"],
    },
  ],
);
sources(
  'environment',
  'Proxy environment variables: the HTTPS one is shown with NO_PROXY as its bypass',
  directProxy({ environment: { https_proxy: 'http://proxy.contoso.com:3128', NO_PROXY: 'localhost' } }),
  [
    {},
    {},
    {},
    {},
    {},
    {
      source: 'Environment',
      state: 'Set',
      mode: 'Proxy',
      proxy: 'http://proxy.contoso.com:3128',
      bypass: 'localhost',
      windowsUpdateUse: 'No',
    },
  ],
);
sources(
  'advanced-text',
  'The advanced WinHTTP proxy text (Windows 11) is shown line by line',
  directProxy({
    advanced: { status: 'Ok', text: 'ProxyServer  : proxy.contoso.com:8080\r\nBypassList   : <local>\r\n' },
  }),
  [
    {},
    {},
    {},
    {},
    {},
    {},
    { source: 'Advanced', state: 'Set', notes: ['ProxyServer  : proxy.contoso.com:8080', 'BypassList   : <local>'] },
  ],
);
sources(
  'per-user-policy-0',
  'ProxySettingsPerUser = 0: the machine-wide WinINET settings apply and are a fallback',
  directProxy({ perUserPolicy: { status: 'Ok', type: 'REG_DWORD', hex: '00000000' } }),
  [
    {},
    {},
    {},
    {
      source: 'WinInetUser',
      notes: ['ProxySettingsPerUser = 0: WinINET uses the machine-wide settings instead of these'],
    },
    { source: 'WinInetMachine', windowsUpdateUse: 'Fallback' },
  ],
);

// --- The proxy each endpoint gets (planProbes; FACTS.md 4.3) --------------------------------------------
function plan(name, description, request, probes, basis?) {
  cases.push({
    name: `plan-${name}`,
    description,
    command: 'planProbes',
    request,
    expect: { ok: true, result: { ...(basis ? { basis } : {}), probes } },
  });
}
const proxied = (proxy, bypass = '') => directProxy({ winHttp: binFact(winHttpBlob(proxy, bypass)) });
plan(
  'direct-defaults',
  'Direct WinHTTP: the eleven default endpoints, all direct, metadata first',
  { proxy: directProxy() },
  [
    {
      name: 'fe3.delivery.mp.microsoft.com',
      port: 443,
      scheme: 'https',
      proxy: null,
      proxySource: 'Direct',
      role: 'Update',
    },
    { name: 'fe3cr.delivery.mp.microsoft.com' },
    { name: 'sls.update.microsoft.com' },
    { name: 'slscr.update.microsoft.com' },
    { name: 'fe2.update.microsoft.com' },
    { name: 'fe2cr.update.microsoft.com' },
    { name: 'tsfe.trafficshaping.dsp.mp.microsoft.com' },
    { name: 'definitionupdates.microsoft.com' },
    { name: 'ctldl.windowsupdate.com', port: 80, scheme: 'http', path: CTL_PATH, role: 'Ctl' },
    { name: 'crl.microsoft.com', port: 80, scheme: 'http', role: 'Crl' },
    { name: 'www.microsoft.com', port: 80, scheme: 'http', role: 'Crl' },
  ],
);
plan(
  'named-proxy',
  'A named WinHTTP proxy applies to every endpoint',
  { proxy: proxied('proxy.contoso.com:8080'), names: ['fe3.delivery.mp.microsoft.com', 'ctldl.windowsupdate.com'] },
  [
    { name: 'fe3.delivery.mp.microsoft.com', proxy: 'proxy.contoso.com:8080', proxySource: 'WinHttp' },
    { name: 'ctldl.windowsupdate.com', proxy: 'proxy.contoso.com:8080', proxySource: 'WinHttp' },
  ],
);
plan(
  'per-scheme',
  'http= and https= entries: each scheme gets its own proxy; a proxy without a port gets 80',
  {
    proxy: proxied('http=p1.contoso.com;https=p2.contoso.com:88'),
    names: ['fe3.delivery.mp.microsoft.com', 'crl.microsoft.com'],
  },
  [
    { name: 'fe3.delivery.mp.microsoft.com', proxy: 'p2.contoso.com:88' },
    { name: 'crl.microsoft.com', proxy: 'p1.contoso.com:80' },
  ],
);
plan(
  'bypass-wildcard',
  'A bypass entry *.microsoft.com sends those names direct, the others through the proxy',
  {
    proxy: proxied('proxy:3128', '*.microsoft.com'),
    names: ['fe3.delivery.mp.microsoft.com', 'ctldl.windowsupdate.com'],
  },
  [
    { name: 'fe3.delivery.mp.microsoft.com', proxy: null, proxySource: 'WinHttpBypass' },
    { name: 'ctldl.windowsupdate.com', proxy: 'proxy:3128', proxySource: 'WinHttp' },
  ],
);
plan(
  'bypass-exact-name-only',
  'A bare name bypasses only that host (FACTS.md 4.3), not its sub-domains',
  {
    proxy: proxied('proxy:3128', 'microsoft.com;crl.microsoft.com'),
    names: ['crl.microsoft.com', 'www.microsoft.com'],
  },
  [
    { name: 'crl.microsoft.com', proxy: null },
    { name: 'www.microsoft.com', proxy: 'proxy:3128' },
  ],
);
plan(
  'bypass-local',
  '<local> bypasses names without a dot only',
  { proxy: proxied('proxy:3128', '<local>'), names: ['wsus01', 'fe3.delivery.mp.microsoft.com'] },
  [
    { name: 'wsus01', proxy: null, port: 443, scheme: 'https' },
    { name: 'fe3.delivery.mp.microsoft.com', proxy: 'proxy:3128' },
  ],
);
plan(
  'override-direct',
  '-Proxy Direct: every probe goes direct whatever WinHTTP says',
  { proxy: proxied('proxy:3128'), override: 'Direct', names: ['fe3.delivery.mp.microsoft.com'] },
  [{ name: 'fe3.delivery.mp.microsoft.com', proxy: null, proxySource: 'Override' }],
  '-Proxy Direct: every probe goes direct',
);
plan(
  'override-url',
  '-Proxy http://host:port/ is used as host:port for every probe, bypass list or not',
  { proxy: proxied('proxy:3128', '*'), override: 'http://other.contoso.com:8080/', names: ['crl.microsoft.com'] },
  [{ name: 'crl.microsoft.com', proxy: 'other.contoso.com:8080', proxySource: 'Override' }],
  '-Proxy other.contoso.com:8080: every probe goes through it',
);
plan(
  'override-no-port',
  '-Proxy without a port gets port 80',
  { override: 'proxy.contoso.com', names: ['crl.microsoft.com'] },
  [{ proxy: 'proxy.contoso.com:80' }],
);
plan(
  'names-wildcard',
  '-Name *cr.* picks the three ECC front ends from the defaults',
  { proxy: directProxy(), names: ['*cr.*'] },
  [
    { name: 'fe3cr.delivery.mp.microsoft.com' },
    { name: 'slscr.update.microsoft.com' },
    { name: 'fe2cr.update.microsoft.com' },
  ],
);
cases.push({
  name: 'plan-wildcard-matches-nothing',
  description: 'A wildcard that matches no default endpoint is an error naming the defaults',
  command: 'planProbes',
  request: { names: ['*.example.org'] },
  expect: { ok: false, error: { code: 'InvalidRequest' } },
});
plan(
  'explicit-endpoint-address',
  'An explicit endpoint with an address (as curl --resolve): the name is kept for SNI, the address for TCP',
  { endpoints: [{ name: 'fe3.update.test', port: 18443, address: '127.0.0.1' }] },
  [{ name: 'fe3.update.test', port: 18443, scheme: 'https', address: '127.0.0.1', proxy: null }],
);
plan(
  'malformed-winhttp-direct',
  'A malformed WinHTTP value: the probes go direct, and the basis says why',
  { proxy: directProxy({ winHttp: binFact('1800') }), names: ['crl.microsoft.com'] },
  [{ name: 'crl.microsoft.com', proxy: null, proxySource: 'Direct' }],
  'the WinHTTP proxy is malformed (the value is 2 bytes; the header alone is 12); the probes go direct',
);
cases.push({
  name: 'plan-hostile-override',
  description: 'A -Proxy with a space or quote is refused before anything is planned',
  command: 'planProbes',
  request: { override: "proxy:80'; Remove-Item C:\\ -Recurse" },
  expect: { ok: false, error: { code: 'InvalidRequest' } },
});

// --- Chain verdicts (judgeNetwork; FACTS.md 7) -----------------------------------------------------------
function chain(name, description, probe, endpoint, findingIds, options?) {
  cases.push({
    name: `chain-${name}`,
    description,
    command: 'judgeNetwork',
    request: { network: { probes: [probe] }, collectedAt: NOW, ...(options ? { options } : {}) },
    expect: { ok: true, findingIds, result: { endpoints: [endpoint] } },
  });
}
const FE3 = 'fe3.delivery.mp.microsoft.com';
chain(
  'genuine-rsa',
  'The genuine RSA chain (Microsoft Update Secure Server CA 2.1 sent): Genuine by the intermediate thumbprint',
  tlsProbe(FE3, rsaChain(FE3)),
  { name: FE3, verdict: 'Genuine', anchor: RSA_CA.name, product: null },
  [],
);
chain(
  'genuine-ecc-root-from-store',
  "The ECC chain with the root the chain builder found: Genuine by the root's thumbprint",
  tlsProbe('fe3cr.delivery.mp.microsoft.com', eccChain('fe3cr.delivery.mp.microsoft.com')),
  { verdict: 'Genuine', anchor: ECC_ROOT.name },
  [],
);
chain(
  'ecc-no-root',
  "The ECC chain without its root (the ECC CA's thumbprint is UNVERIFIED): incomplete, Info, not interception",
  tlsProbe('fe3cr.delivery.mp.microsoft.com', eccChain('fe3cr.delivery.mp.microsoft.com').slice(0, 2)),
  { verdict: 'IncompleteChain', issuer: ECC_ROOT.name },
  ['WUT-NET-003'],
);
cases[cases.length - 1].expect.result.findings = [{ id: 'WUT-NET-003', severity: 'Info' }];
chain(
  'leaf-only-genuine-issuer',
  'Only the leaf, naming Microsoft Update Secure Server CA 2.1: IncompleteChain (Warning), not interception',
  tlsProbe(FE3, rsaChain(FE3).slice(0, 1)),
  { verdict: 'IncompleteChain', issuer: RSA_CA.name },
  ['WUT-NET-003'],
);
cases[cases.length - 1].expect.result.findings = [{ id: 'WUT-NET-003', severity: 'Warning' }];
// FACTS.md 7.2, one case per product: the issuer as field reports give it.
const PRODUCTS: [string, string, string][] = [
  ['zscaler', 'CN=Zscaler Root CA, OU=Zscaler Inc., O=Zscaler Inc., L=San Jose, S=California, C=US', 'Zscaler'],
  ['paloalto', 'CN=Forward-Trust-CA, O=Palo Alto Networks, C=US', 'Palo Alto Networks (PAN-OS decryption)'],
  [
    'fortinet',
    'CN=FortiGate CA, OU=Certificate Authority, O=Fortinet, L=Sunnyvale, S=California, C=US',
    'Fortinet FortiGate',
  ],
  ['netskope', 'CN=caadmin.netskope.com, O=Netskope Inc, C=US', 'Netskope'],
  ['umbrella', 'CN=Cisco Umbrella Primary SubCA, O=Cisco', 'Cisco Umbrella'],
  ['bluecoat', 'CN=Blue Coat ProxySG, O=Contoso', 'Blue Coat / Symantec ProxySG'],
  ['forcepoint', 'CN=Forcepoint Cloud CA, O=Forcepoint', 'Forcepoint / Websense'],
  ['sophos', 'CN=Sophos SSL CA_C3FT3K9X7Q, O=Sophos', 'Sophos'],
  ['checkpoint', 'CN=Check Point Outbound CA, O=Contoso', 'Check Point'],
  ['kaspersky', 'CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab', 'Kaspersky'],
  ['eset', 'CN=ESET SSL Filter CA, O="ESET, spol. s r. o.", C=SK', 'ESET'],
  ['avast', 'CN=Avast Web/Mail Shield Root, OU=generated by Avast Antivirus for SSL/TLS scanning', 'Avast'],
  ['avg', 'CN=AVG Web/Mail Shield Root, OU=generated by AVG Antivirus for SSL/TLS scanning', 'AVG'],
  ['bitdefender', 'CN=Bitdefender Personal CA.Net-Defender, OU=IDS, O=Bitdefender', 'Bitdefender'],
  ['norton', 'CN=Norton Web/Mail Shield Root, OU=generated by Norton Security', 'Norton'],
  ['adguard', 'CN=AdGuard Personal Root Certificate, O=AdGuard', 'AdGuard'],
  ['mitmproxy', 'CN=mitmproxy, O=mitmproxy', 'mitmproxy'],
  ['fiddler', 'CN=DO_NOT_TRUST_FiddlerRoot, O=DO_NOT_TRUST, OU=Created by http://www.fiddler2.com', 'Fiddler'],
  ['charles', 'CN="Charles Proxy CA (2 Jan 2023, IPhone)", OU=https://charlesproxy.com/ssl, O=XK72 Ltd', 'Charles'],
  ['burp', 'CN=PortSwigger CA, OU=PortSwigger CA, O=PortSwigger', 'Burp Suite'],
  ['httptoolkit', 'CN=HTTP Toolkit CA, O=HTTP Toolkit', 'HTTP Toolkit'],
];
for (const [id, issuer, product] of PRODUCTS) {
  chain(
    `intercepted-${id}`,
    `A leaf copying the genuine subject, re-signed by ${product}'s CA (${issuer}): Intercepted, product named`,
    tlsProbe(FE3, forgedChain(FE3, issuer)),
    { verdict: 'Intercepted', product },
    ['WUT-NET-001'],
  );
}
chain(
  'intercepted-leaf-only-mitmproxy',
  'mitmproxy sends the forged leaf only: still Intercepted (by its issuer), not IncompleteChain',
  tlsProbe(FE3, forgedChain(FE3, 'CN=mitmproxy, O=mitmproxy', { sendCa: false })),
  { verdict: 'Intercepted', product: 'mitmproxy' },
  ['WUT-NET-001'],
);
chain(
  'intercepted-root-in-chain',
  'The product named only by the root the chain builder found in the machine store (source Chain)',
  tlsProbe(FE3, [
    cert(FE3, 'CN=Contoso Inspection Issuing CA', 'Leaf'),
    cert('Contoso Inspection Issuing CA', 'CN=Zscaler Root CA, O=Zscaler Inc.', 'Sent', { subjectO: 'O=Contoso' }),
    cert('Zscaler Root CA', 'CN=Zscaler Root CA, O=Zscaler Inc.', 'Chain', { subjectO: 'O=Zscaler Inc.' }),
  ]),
  { verdict: 'Intercepted', product: 'Zscaler' },
  ['WUT-NET-001'],
);
chain(
  'unknown-issuer',
  'A chain from a CA that is neither Microsoft nor a known product: UnknownIssuer, named',
  tlsProbe(FE3, forgedChain(FE3, 'CN=Contoso TLS Inspection CA, O=Contoso Ltd')),
  { verdict: 'UnknownIssuer', issuer: 'Contoso TLS Inspection CA' },
  ['WUT-NET-002'],
);
chain(
  'self-signed-leaf',
  'A self-signed leaf with the genuine subject: UnknownIssuer (the subject proves nothing)',
  tlsProbe(FE3, [cert(FE3, `CN=${FE3}, O=Microsoft Corporation, L=Redmond, S=Washington, C=US`, 'Leaf')]),
  { verdict: 'UnknownIssuer' },
  ['WUT-NET-002'],
);
chain(
  'subject-not-evidence',
  "A leaf whose subject names Microsoft's CA, issued by an unknown CA: the verdict follows the issuer",
  tlsProbe(FE3, [
    cert(RSA_CA.name, 'CN=Corp Decrypt CA', 'Leaf', { aki: '11' }),
    cert('Corp Decrypt CA', 'CN=Corp Decrypt CA', 'Sent', { ski: '11', subjectO: null }),
  ]),
  { verdict: 'UnknownIssuer', issuer: 'Corp Decrypt CA' },
  ['WUT-NET-002'],
);
chain(
  'linked-by-key-id',
  "A forged leaf naming Microsoft's CA by name but linked by key identifier to a Zscaler CA: Intercepted",
  tlsProbe(FE3, [
    cert(FE3, `CN=${RSA_CA.name}, O=Microsoft Corporation`, 'Leaf', { aki: '5A5A' }),
    cert('Zscaler Intermediate Root CA', 'CN=Zscaler Root CA, O=Zscaler Inc.', 'Sent', {
      ski: '5A5A',
      subjectO: 'O=Zscaler Inc.',
    }),
  ]),
  { verdict: 'Intercepted', product: 'Zscaler' },
  ['WUT-NET-001'],
);
const TEST_ROOT = { thumbprint: thumb('test-root'), name: 'WuTrust Test Root Certificate Authority 2011' };
chain(
  'genuine-by-option',
  'A test PKI given as genuine (options.genuine): its chain is Genuine',
  tlsProbe('fe3.update.test', [
    cert('fe3.update.test', 'CN=WuTrust Test Update Secure Server CA 2.1', 'Leaf'),
    cert('WuTrust Test Update Secure Server CA 2.1', `CN=${TEST_ROOT.name}`, 'Sent', { subjectO: null }),
    cert(TEST_ROOT.name, `CN=${TEST_ROOT.name}`, 'Chain', { thumbprint: TEST_ROOT.thumbprint, subjectO: null }),
  ]),
  { verdict: 'Genuine', anchor: TEST_ROOT.name },
  [],
  { genuine: [TEST_ROOT] },
);
chain(
  'replace-genuine',
  'With replaceGenuine, the Microsoft list is not used: the genuine RSA chain is then UnknownIssuer',
  tlsProbe(FE3, rsaChain(FE3)),
  { verdict: 'UnknownIssuer' },
  ['WUT-NET-002'],
  { genuine: [TEST_ROOT], replaceGenuine: true },
);
chain(
  'no-handshake-connect',
  'A closed port: NoHandshake, ConnectFailed, one reachability finding',
  failedProbe(FE3, 'https', 'ConnectFailed', 'Connect', { message: 'Connection refused' }),
  { verdict: 'NoHandshake', outcome: 'ConnectFailed' },
  ['WUT-NET-004'],
);
chain(
  'no-handshake-timeout',
  'A listener that never answers: NoHandshake, Timeout at the TLS stage',
  failedProbe(FE3, 'https', 'Timeout', 'Tls'),
  { verdict: 'NoHandshake', outcome: 'Timeout', why: 'no answer within the timeout (tls stage)' },
  ['WUT-NET-004'],
);
chain(
  'no-handshake-tls-failed',
  'A handshake the server breaks off: NoHandshake, TlsFailed with its message',
  failedProbe(FE3, 'https', 'TlsFailed', 'Tls', {
    message: 'Authentication failed because the remote party sent a TLS alert',
  }),
  { verdict: 'NoHandshake', outcome: 'TlsFailed' },
  ['WUT-NET-004'],
);
chain(
  'proxy-refused-500',
  'A proxy that cannot reach the endpoint answers 500: ProxyRefused, with the status line',
  failedProbe(FE3, 'https', 'ProxyRefused', 'Proxy', {
    proxy: '127.0.0.1:3128',
    proxySource: 'WinHttp',
    proxyStatus: 500,
    proxyStatusLine: 'HTTP/1.1 500 Unable to connect',
  }),
  { verdict: 'NoHandshake', outcome: 'ProxyRefused', proxy: '127.0.0.1:3128' },
  ['WUT-NET-005'],
);
cases[cases.length - 1].expect.result.findings = [
  {
    id: 'WUT-NET-005',
    title: 'The proxy 127.0.0.1:3128 refuses fe3.delivery.mp.microsoft.com: HTTP/1.1 500 Unable to connect',
  },
];
chain(
  'proxy-auth-407',
  'A proxy that wants authentication (407): the auth variant says SYSTEM cannot answer it',
  failedProbe(FE3, 'https', 'ProxyRefused', 'Proxy', {
    proxy: '127.0.0.1:3129',
    proxyStatus: 407,
    proxyStatusLine: 'HTTP/1.0 407 Proxy Authentication Required',
  }),
  { verdict: 'NoHandshake', outcome: 'ProxyRefused' },
  ['WUT-NET-005'],
);
cases[cases.length - 1].expect.result.findings = [
  {
    id: 'WUT-NET-005',
    title:
      'The proxy 127.0.0.1:3129 requires authentication for fe3.delivery.mp.microsoft.com (HTTP/1.0 407 Proxy Authentication Required)',
    remedy: {
      command: "Test-WuUpdateEndpoint -Name 'fe3.delivery.mp.microsoft.com' -Proxy '127.0.0.1:3129'",
    },
  },
];
cases.push({
  name: 'chain-proxy-unreachable-once',
  description: 'Every probe through a proxy fails while connecting to it: one WUT-NET-006, not one per endpoint',
  command: 'judgeNetwork',
  request: {
    collectedAt: NOW,
    network: {
      probes: [
        failedProbe(FE3, 'https', 'ConnectFailed', 'Connect', { proxy: '10.0.0.5:8080' }),
        failedProbe('slscr.update.microsoft.com', 'https', 'ConnectFailed', 'Connect', { proxy: '10.0.0.5:8080' }),
        failedProbe('ctldl.windowsupdate.com', 'http', 'Timeout', 'Connect', { proxy: '10.0.0.5:8080' }),
      ],
    },
  },
  expect: {
    ok: true,
    findingIds: ['WUT-NET-006'],
    checks: { 'NET.Reach': 'Fail', 'NET.Chain': 'NotRun', 'NET.CtlCrl': 'Fail' },
  },
});

// --- Plain HTTP to the CTL and CRL hosts -----------------------------------------------------------------
function httpCase(name, description, probe, findingIds, checks) {
  cases.push({
    name: `http-${name}`,
    description,
    command: 'judgeNetwork',
    request: { network: { probes: [probe] }, collectedAt: NOW },
    expect: { ok: true, findingIds, checks },
  });
}
httpCase('ctl-200', 'ctldl answers 200: the CTL check passes', httpProbe('ctldl.windowsupdate.com', CTL_PATH), [], {
  'NET.CtlCrl': 'Pass',
});
httpCase(
  'ctl-404-reachable',
  'A 404 is still an answer from the host (the path moved): reachable',
  httpProbe('ctldl.windowsupdate.com', CTL_PATH, { httpStatus: 404, httpStatusLine: 'HTTP/1.1 404 Not Found' }),
  [],
  { 'NET.CtlCrl': 'Pass' },
);
httpCase(
  'ctl-403-blocked',
  'A 403 (a proxy or filter block page) for ctldl: Critical WUT-NET-030',
  httpProbe('ctldl.windowsupdate.com', CTL_PATH, {
    httpStatus: 403,
    httpStatusLine: 'HTTP/1.1 403 Forbidden',
    proxy: 'proxy:3128',
  }),
  ['WUT-NET-030'],
  { 'NET.CtlCrl': 'Fail' },
);
httpCase(
  'ctl-timeout',
  'ctldl never answers: Critical WUT-NET-030',
  failedProbe('ctldl.windowsupdate.com', 'http', 'Timeout', 'Http'),
  ['WUT-NET-030'],
  { 'NET.CtlCrl': 'Fail' },
);
httpCase(
  'crl-refused',
  'crl.microsoft.com refused: Warning WUT-NET-031 (revocation offline)',
  failedProbe('crl.microsoft.com', 'http', 'ConnectFailed', 'Connect'),
  ['WUT-NET-031'],
  { 'NET.CtlCrl': 'Fail' },
);

// --- DNS (judgeNetwork) ----------------------------------------------------------------------------------
function dns(name, description, answers, findingIds, extra = {}, options?) {
  cases.push({
    name: `dns-${name}`,
    description,
    command: 'judgeNetwork',
    request: { network: { dns: answers }, collectedAt: NOW, ...(options ? { options } : {}) },
    expect: { ok: true, findingIds, ...extra },
  });
}
dns('resolved', 'A public address: resolved, no finding', [dnsA(FE3, ['20.190.160.10'])], [], {
  result: { dns: [{ name: FE3, verdict: 'Resolved', addresses: ['20.190.160.10'] }] },
});
dns('sinkhole-zero-a', 'A = 0.0.0.0: sinkhole', [dnsA(FE3, ['0.0.0.0'])], ['WUT-NET-010'], {
  result: { dns: [{ verdict: 'Sinkhole', sinkholes: ['0.0.0.0'] }] },
});
dns('sinkhole-zero-aaaa', 'AAAA = :: : sinkhole', [dnsA(FE3, ['::'], { type: 'AAAA' })], ['WUT-NET-010']);
dns('sinkhole-loopback', 'A = 127.0.0.2: sinkhole', [dnsA(FE3, ['127.0.0.2'])], ['WUT-NET-010']);
dns('sinkhole-loopback6', 'AAAA = ::1: sinkhole', [dnsA(FE3, ['::1'], { type: 'AAAA' })], ['WUT-NET-010']);
dns(
  'block-page-builtin',
  'A block-page address from the built-in list',
  [dnsA(FE3, ['146.112.61.104'])],
  ['WUT-NET-010'],
);
dns(
  'block-page-option',
  "The organisation's own block page (options.blockPageAddresses)",
  [dnsA(FE3, ['10.10.10.10'])],
  ['WUT-NET-010'],
  {},
  { blockPageAddresses: ['10.10.10.10'] },
);
dns(
  'nxdomain',
  'NXDOMAIN for A and AAAA: Critical',
  [dnsA(FE3, [], { rcode: 'NXDOMAIN' }), dnsA(FE3, [], { rcode: 'NXDOMAIN', type: 'AAAA' })],
  ['WUT-NET-011'],
);
dns('refused', 'REFUSED: Warning', [dnsA(FE3, [], { rcode: 'REFUSED', server: '10.0.0.53' })], ['WUT-NET-012'], {
  result: { findings: [{ title: 'The DNS server 10.0.0.53 answers REFUSED for fe3.delivery.mp.microsoft.com' }] },
});
dns('servfail', 'SERVFAIL: Warning', [dnsA(FE3, [], { rcode: 'SERVFAIL' })], ['WUT-NET-012']);
dns('timeout', 'No answer: Warning', [dnsA(FE3, [], { rcode: 'Timeout', server: '127.0.0.1:15353' })], ['WUT-NET-012']);
dns(
  'no-address',
  'NOERROR without an address (a CNAME only): Warning',
  [
    {
      name: FE3,
      server: 'System',
      type: 'A',
      rcode: 'NOERROR',
      answers: [{ type: 'CNAME', data: 'fe3.update.trafficmanager.net' }],
    },
  ],
  ['WUT-NET-012'],
);
dns(
  'aaaa-nx-a-ok',
  'A resolves and AAAA says NXDOMAIN (a resolver artefact): resolved',
  [dnsA(FE3, ['20.190.160.10']), dnsA(FE3, [], { rcode: 'NXDOMAIN', type: 'AAAA' })],
  [],
);
dns(
  'aaaa-nodata',
  'A resolves, AAAA has no data (IPv4-only name): resolved',
  [dnsA(FE3, ['20.190.160.10']), dnsA(FE3, [], { type: 'AAAA' })],
  [],
);
dns(
  'disagree',
  'The system resolver sinkholes, the named server resolves: a sinkhole and a disagreement',
  [dnsA(FE3, ['0.0.0.0']), dnsA(FE3, ['20.190.160.10'], { server: '1.1.1.1' })],
  ['WUT-NET-010', 'WUT-NET-013'],
);
dns(
  'different-addresses-agree',
  'Two resolvers with different public addresses (CDNs answer by location): no finding',
  [dnsA(FE3, ['20.190.160.10']), dnsA(FE3, ['13.107.4.50'], { server: '1.1.1.1' })],
  [],
);
cases.push({
  name: 'dns-bad-rcode',
  description: 'An rcode the schema does not know is a damaged request, naming the path',
  command: 'judgeNetwork',
  request: { network: { dns: [dnsA(FE3, [], { rcode: 'NOPE' })] }, collectedAt: NOW },
  expect: { ok: false, error: { code: 'InvalidRequest' } },
});

// --- Clock skew ------------------------------------------------------------------------------------------
function skew(name, description, probes, findingIds, extra = {}, options?) {
  cases.push({
    name: `skew-${name}`,
    description,
    command: 'judgeNetwork',
    request: { network: { probes }, collectedAt: NOW, ...(options ? { options } : {}) },
    expect: { ok: true, findingIds, ...extra },
  });
}
const skewed = (s, n = 3) =>
  Array.from({ length: n }, (_, i) =>
    httpProbe(i === 0 ? 'crl.microsoft.com' : `host${i}.example.test`, '/', { date: httpDate(-4, s) }),
  );
skew('plus-7200', 'Local clock 2 h ahead of every server: Warning', skewed(7200), ['WUT-NET-020'], {
  result: { skewSeconds: 7200, findings: [{ title: "The machine's clock is 2 h ahead of the update servers'" }] },
});
skew('minus-7200', 'Local clock 2 h behind: Warning', skewed(-7200), ['WUT-NET-020'], {
  result: { skewSeconds: -7200, findings: [{ title: "The machine's clock is 2 h behind the update servers'" }] },
});
skew('under-threshold', '299 s is within the 300 s threshold', skewed(299), [], { checks: { 'NET.Clock': 'Pass' } });
skew('zero', 'Clocks agree: Pass', skewed(0), [], { result: { skewSeconds: 0 }, checks: { 'NET.Clock': 'Pass' } });
skew(
  'threshold-option',
  'A 60 s threshold (options.skewSeconds) flags 120 s',
  skewed(120),
  ['WUT-NET-020'],
  {},
  { skewSeconds: 60 },
);
skew(
  'median-ignores-outlier',
  'One server 2 h off, two agreeing: the median decides, no finding',
  [...skewed(0, 2), httpProbe('odd.example.test', '/', { date: httpDate(-4, 7200) })],
  [],
);
skew(
  'unreadable-date',
  'A Date header that is not an HTTP date: the clock check does not run',
  [httpProbe('crl.microsoft.com', '/', { date: 'yesterday' })],
  [],
  { checks: { 'NET.Clock': 'NotRun' } },
);
skew(
  'outside-validity',
  "The local clock after a genuine leaf's notAfter: Critical, whatever the skew threshold",
  [
    tlsProbe(
      FE3,
      rsaChain(FE3).map((c) => (c.source === 'Leaf' ? { ...c, notAfter: '2026-11-01T00:00:00.0000000Z' } : c)),
      {
        date: httpDate(-5, 30 * 86400),
      },
    ),
  ],
  ['WUT-NET-020'],
  {
    result: {
      findings: [
        {
          severity: 'Critical',
          title:
            "The machine's clock (2026-11-20T09:59:55.0000000Z) is outside the validity of fe3.delivery.mp.microsoft.com's certificate",
        },
      ],
    },
  },
);

// --- Proxy sources against each other (diagnose) ---------------------------------------------------------
const diag = (name, description, edit, expect) => diagnoseCase(cases, name, description, edit, expect);
diag('diagnose-healthy-network', 'The healthy base: every network check passes', () => {}, {
  findingIds: [],
  checks: {
    'NET.Proxy': 'Pass',
    'NET.Reach': 'Pass',
    'NET.Chain': 'Pass',
    'NET.CtlCrl': 'Pass',
    'NET.Dns': 'Pass',
    'NET.Clock': 'Pass',
  },
  result: { status: 'Healthy' },
});
diag(
  'diagnose-user-proxy-only',
  "WinHTTP direct, the user's WinINET through a proxy (the classic scan failure): Warning WUT-NET-007",
  (s) => {
    s.network.proxy.winInetUser = binFact(winInetBlob('proxy.contoso.com:8080', '<local>'));
  },
  {
    findingIds: ['WUT-NET-007'],
    checks: { 'NET.Proxy': 'Fail' },
    result: {
      findings: [
        {
          id: 'WUT-NET-007',
          severity: 'Warning',
          title:
            "The WinHTTP proxy (used by Windows Update) is direct, but the user's WinINET proxy is proxy proxy.contoso.com:8080 (bypass <local>)",
          remedy: { command: "netsh.exe 'winhttp' 'import' 'proxy' 'source=ie'" },
        },
      ],
    },
  },
);
diag(
  'diagnose-system-wininet-proxy',
  "WinHTTP direct, LocalSystem's WinINET through a proxy: Warning",
  (s) => {
    s.network.proxy.winInetSystem = binFact(winInetBlob('proxy.contoso.com:8080'));
  },
  { findingIds: ['WUT-NET-007'], result: { findings: [{ severity: 'Warning' }] } },
);
diag(
  'diagnose-winhttp-proxy-user-direct',
  'WinHTTP through a proxy, the user direct: only Info (Windows Update follows WinHTTP)',
  (s) => {
    s.network.proxy.winHttp = binFact(winHttpBlob('proxy.contoso.com:8080'));
    s.network.proxy.winHttp32 = binFact(winHttpBlob('proxy.contoso.com:8080'));
  },
  { findingIds: ['WUT-NET-007'], result: { status: 'Healthy', findings: [{ severity: 'Info' }] } },
);
diag(
  'diagnose-winhttp32-differs',
  'The 32-bit WinHTTP view differs: Info',
  (s) => {
    s.network.proxy.winHttp32 = binFact(winHttpBlob('old-proxy:80'));
  },
  { findingIds: ['WUT-NET-009'], result: { status: 'Healthy' } },
);
diag(
  'diagnose-winhttp-malformed',
  'A malformed WinHttpSettings: Warning with the raw bytes as evidence',
  (s) => {
    s.network.proxy.winHttp = binFact('1800000000000000030000000A000000');
  },
  {
    // The 32-bit view is not compared with a value that cannot be read.
    findingIds: ['WUT-NET-008'],
    checks: { 'NET.Proxy': 'Fail' },
    result: {
      findings: [{ id: 'WUT-NET-008', evidence: [{ raw: '1800000000000000030000000A000000', type: 'REG_BINARY' }] }],
    },
  },
);
diag(
  'diagnose-environment-proxy',
  'HTTPS_PROXY in the environment: Info, WinHTTP ignores it',
  (s) => {
    s.network.proxy.environment = { HTTPS_PROXY: 'http://127.0.0.1:3128' };
  },
  { findingIds: ['WUT-NET-040'], result: { status: 'Healthy' } },
);

// --- Not collected, skipped, damaged ---------------------------------------------------------------------
diag(
  'diagnose-network-not-collected',
  'A snapshot without the network section (0.1.0): its six checks are not run, and the report is Incomplete',
  (s) => {
    delete s.network;
  },
  {
    findingIds: [],
    checks: { 'NET.Proxy': 'NotRun', 'NET.Reach': 'NotRun', 'NET.Dns': 'NotRun', 'NET.Clock': 'NotRun' },
    result: {
      status: 'Incomplete',
      checksNotRun: [{ id: 'NET.Proxy', reason: 'the network facts were not collected' }],
    },
  },
);
diag(
  'diagnose-network-skipped',
  '-SkipNetwork: the proxy is still read; probes and DNS are listed as not run, reason skipped',
  (s) => {
    s.network = { proxy: s.network.proxy, probesSkipped: 'by -SkipNetwork' };
  },
  {
    findingIds: [],
    checks: {
      'NET.Proxy': 'Pass',
      'NET.Reach': 'NotRun',
      'NET.Chain': 'NotRun',
      'NET.CtlCrl': 'NotRun',
      'NET.Dns': 'NotRun',
      'NET.Clock': 'NotRun',
    },
    result: { status: 'Incomplete', checksNotRun: [{ id: 'NET.Reach', reason: 'skipped: by -SkipNetwork' }] },
  },
);
const damaged = (name, description, edit, message) => damagedCase(cases, name, description, edit, message);
damaged(
  'damaged-thumbprint',
  'A thumbprint that is not 40 hex digits is a damaged file, naming the JSON path',
  (s) => {
    s.network.probes[0].certificates[0].thumbprint = 'XYZ';
  },
  'network.probes[0].certificates[0].thumbprint: expected a SHA-1 thumbprint (40 hex digits), got "XYZ"',
);
damaged(
  'damaged-port',
  'Port 70000 is a damaged file',
  (s) => {
    s.network.probes[1].port = 70000;
  },
  'network.probes[1].port: expected a port from 1 to 65535, got 70000',
);
damaged(
  'damaged-name',
  'A probe name with a space and a quote is refused as data, not used',
  (s) => {
    s.network.probes[0].name = "fe3'; calc";
  },
  `network.probes[0].name: expected a host name such as fe3.delivery.mp.microsoft.com, got "fe3'; calc"`,
);
damaged(
  'damaged-outcome',
  'An outcome the schema does not know',
  (s) => {
    s.network.probes[0].outcome = 'Great';
  },
  'network.probes[0].outcome: expected one of Ok, ConnectFailed, ProxyRefused, Timeout, TlsFailed, HttpFailed, Error, got "Great"',
);

// --- Root causes across families -------------------------------------------------------------------------
diag(
  'root-cause-ctl-host-blocked',
  'The disallowed CTL a week old and ctldl blocked by the proxy (403): one root cause explains both',
  (s) => {
    s.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime = bin(ft(7 * 24 * HOUR));
    s.network.probes[3] = httpProbe('ctldl.windowsupdate.com', CTL_PATH, {
      proxy: 'proxy.contoso.com:8080',
      proxySource: 'WinHttp',
      httpStatus: 403,
      httpStatusLine: 'HTTP/1.1 403 Forbidden',
    });
  },
  {
    findingIds: ['WUT-NET-100', 'WUT-CTL-001', 'WUT-NET-030'],
    result: {
      findings: [
        {
          id: 'WUT-NET-100',
          rootCause: true,
          explains: ['WUT-CTL-001', 'WUT-NET-030'],
          title:
            'Root cause: the disallowed CTL is stale because ctldl.windowsupdate.com cannot be fetched through proxy.contoso.com:8080',
          remedy: { command: "Test-WuUpdateEndpoint -Name 'ctldl.windowsupdate.com' -Proxy 'proxy.contoso.com:8080'" },
        },
      ],
    },
  },
);
diag(
  'root-cause-ctl-fresh-host-blocked',
  'ctldl blocked but the CTL is fresh: the network finding alone, no root cause',
  (s) => {
    s.network.probes[3] = failedProbe('ctldl.windowsupdate.com', 'http', 'Timeout', 'Http');
  },
  { findingIds: ['WUT-NET-030'] },
);
diag(
  'root-cause-interception',
  'Zscaler re-signs the three metadata endpoints through the WinHTTP proxy: one root cause, counted once',
  (s) => {
    s.network.proxy.winHttp = binFact(winHttpBlob('proxy.contoso.com:8080'));
    s.network.proxy.winHttp32 = binFact(winHttpBlob('proxy.contoso.com:8080'));
    for (let i = 0; i < 3; i++) {
      const p = s.network.probes[i];
      s.network.probes[i] = {
        ...p,
        proxy: 'proxy.contoso.com:8080',
        proxySource: 'WinHttp',
        certificates: forgedChain(p.name, 'CN=Zscaler Root CA, OU=Zscaler Inc., O=Zscaler Inc.'),
      };
    }
  },
  {
    findingIds: ['WUT-NET-101', 'WUT-NET-001', 'WUT-NET-001', 'WUT-NET-001', 'WUT-NET-007'],
    result: {
      status: 'Unhealthy',
      summary:
        'Unhealthy: 1 critical, 0 warning, 1 info (+3 explained by a root cause); 19 checks run, 0 not run; first: WUT-NET-101 Root cause: Zscaler intercepts TLS to 3 Windows Update endpoint(s) on the proxy proxy.contoso.com:8080',
      findings: [
        {
          id: 'WUT-NET-101',
          rootCause: true,
          explains: ['WUT-NET-001'],
          remedy: { command: "Test-WuUpdateEndpoint -Proxy 'proxy.contoso.com:8080'" },
        },
        { id: 'WUT-NET-001', explainedBy: 'WUT-NET-101' },
      ],
    },
  },
);
diag(
  'root-cause-interception-direct',
  'A local antivirus (Kaspersky) re-signs without a proxy: the root cause says so, and its probe command goes Direct',
  (s) => {
    const p = s.network.probes[0];
    s.network.probes[0] = {
      ...p,
      certificates: forgedChain(p.name, 'CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab'),
    };
  },
  {
    findingIds: ['WUT-NET-101', 'WUT-NET-001'],
    result: {
      findings: [
        {
          id: 'WUT-NET-101',
          title: 'Root cause: Kaspersky intercepts TLS to 1 Windows Update endpoint(s)',
          remedy: { command: "Test-WuUpdateEndpoint -Proxy 'Direct'" },
        },
      ],
    },
  },
);
diag(
  'root-cause-interception-hostile-issuer',
  'An issuer name with quotes and a statement stays data: the remedy is one safe command',
  (s) => {
    const p = s.network.probes[0];
    s.network.probes[0] = {
      ...p,
      certificates: forgedChain(p.name, "CN=Zscaler Root CA'; Remove-Item C:\\ -Recurse; '$(calc)"),
    };
  },
  {
    findingIds: ['WUT-NET-101', 'WUT-NET-001'],
    result: { findings: [{ id: 'WUT-NET-101', remedy: { command: "Test-WuUpdateEndpoint -Proxy 'Direct'" } }] },
  },
);

export const networkCases = cases;
export { healthyNetwork };
