// Builders for the network family's facts (tests/cases/network and the healthy base): WinHttpSettings and
// WinINET blobs written byte by byte from FACTS.md 4.1 (independently of the engine's decoder), presented
// certificates, probes and DNS answers. Plain data builders; parameters left untyped on purpose.
const NOW_MS = Date.parse('2026-11-20T10:00:00.000Z');

const le = (n) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const ascii = (s) => [...s].map((c) => c.charCodeAt(0));
const hex = (bytes) => bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');

/** A WinHttpSettings value: magic, counter, flags, proxy, bypass (FACTS.md 4.1). */
export function winHttpBlob(proxy = '', bypass = '', { magic = 0x18, flags = proxy === '' ? 1 : 3, counter = 0 } = {}) {
  return hex([
    ...le(magic),
    ...le(counter),
    ...le(flags),
    ...le(proxy.length),
    ...ascii(proxy),
    ...le(bypass.length),
    ...ascii(bypass),
  ]);
}

/** A WinINET DefaultConnectionSettings value: the same fields plus the auto-config URL and 32 bytes of WinINET's own. */
export function winInetBlob(proxy = '', bypass = '', { url = '', flags = proxy === '' ? 1 : 3, counter = 7 } = {}) {
  return hex([
    ...le(0x46),
    ...le(counter),
    ...le(flags),
    ...le(proxy.length),
    ...ascii(proxy),
    ...le(bypass.length),
    ...ascii(bypass),
    ...le(url.length),
    ...ascii(url),
    ...new Array(32).fill(0),
  ]);
}

export const binFact = (h) => ({ status: 'Ok', type: 'REG_BINARY', hex: h });
export const notFound = () => ({ status: 'NotFound' });

/** The proxy sources of a machine that goes direct everywhere. */
export function directProxy(overrides = {}) {
  return {
    winHttp: binFact(winHttpBlob()),
    winHttp32: binFact(winHttpBlob()),
    winInetSystem: notFound(),
    winInetUser: binFact(winInetBlob()),
    winInetMachine: notFound(),
    perUserPolicy: notFound(),
    environment: {},
    advanced: { status: 'NotSupportedOnThisOS', message: 'Get-WinhttpProxy is not available (before Windows 11)' },
    ...overrides,
  };
}

/** A 40-digit thumbprint made from a label (distinct labels, distinct thumbprints). */
export function thumb(label) {
  let h = 2166136261;
  let out = '';
  for (let round = 0; out.length < 40; round++) {
    for (const c of `${label}#${round}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0').toUpperCase();
  }
  return out.substring(0, 40);
}

const MS = 'O=Microsoft Corporation, L=Redmond, S=Washington, C=US';
export const RSA_ROOT = {
  name: 'Microsoft Root Certificate Authority 2011',
  thumbprint: '8F43288AD272F3103B6FB1428485EA3014C0BCFE',
};
export const RSA_CA = {
  name: 'Microsoft Update Secure Server CA 2.1',
  thumbprint: '7EED6032C9F56387EC734CBBF32BFC14DB6DE0A2',
};
export const ECC_ROOT = {
  name: 'Microsoft ECC Product Root Certificate Authority 2018',
  thumbprint: '06F1AA330B927B753A40E68CDF22E34BCBEF3352',
};
export const ECC_CA = { name: 'Microsoft ECC Update Secure Server CA 2.1', thumbprint: thumb('ecc-ca') };

export function cert(
  subjectCn,
  issuerDn,
  source,
  {
    thumbprint = thumb(subjectCn + source + issuerDn),
    ski = null as string | null,
    aki = null as string | null,
    subjectO = MS as string | null,
    notBefore = '2026-06-01T00:00:00.0000000Z',
    notAfter = '2027-06-01T00:00:00.0000000Z',
  } = {},
) {
  return {
    subject: `CN=${subjectCn}${subjectO ? ', ' + subjectO : ''}`,
    issuer: issuerDn,
    thumbprint,
    ski,
    aki,
    notBefore,
    notAfter,
    source,
  };
}
const dn = (cn, o = MS) => `CN=${cn}${o ? ', ' + o : ''}`;

/** The genuine RSA chain: leaf and the Microsoft Update Secure Server CA 2.1 it was sent with. */
export function rsaChain(name) {
  return [
    cert(name, dn(RSA_CA.name), 'Leaf', { aki: 'A1B2C3D4' }),
    cert(RSA_CA.name, dn(RSA_ROOT.name), 'Sent', { thumbprint: RSA_CA.thumbprint, ski: 'A1B2C3D4', aki: 'D0D1D2D3' }),
  ];
}
/** The genuine ECC chain: leaf, the ECC CA it was sent with, the root the chain builder found in the store. */
export function eccChain(name) {
  return [
    cert(name, dn(ECC_CA.name), 'Leaf', { aki: 'E1E2E3E4' }),
    cert(ECC_CA.name, dn(ECC_ROOT.name), 'Sent', { thumbprint: ECC_CA.thumbprint, ski: 'E1E2E3E4', aki: 'F0F1F2F3' }),
    cert(ECC_ROOT.name, dn(ECC_ROOT.name), 'Chain', {
      thumbprint: ECC_ROOT.thumbprint,
      ski: 'F0F1F2F3',
      notAfter: '2043-02-27T00:00:00.0000000Z',
    }),
  ];
}
/** A forged chain: the genuine leaf's subject, re-signed by an interceptor CA (sent, or leaf only). */
export function forgedChain(name, issuerDn, { sendCa = true } = {}) {
  const leaf = cert(name, issuerDn, 'Leaf', { aki: '99999999' });
  if (!sendCa) return [leaf];
  const caCn = /CN=([^,]+)/.exec(issuerDn)?.[1] ?? issuerDn;
  return [
    leaf,
    cert(caCn, issuerDn, 'Sent', {
      ski: '99999999',
      subjectO: issuerDn.includes('O=') ? issuerDn.split('O=')[1] : null,
    }),
  ];
}

const iso = (secondsAfterNow) => new Date(NOW_MS + secondsAfterNow * 1000).toISOString().replace('Z', '0000Z');
/** An HTTP Date header `skew` seconds behind the local clock (the server's clock = local - skew). */
export function httpDate(secondsAfterNow, skew = 0) {
  return new Date(NOW_MS + (secondsAfterNow - skew) * 1000).toUTCString();
}

export function tlsProbe(name, certificates, extra = {}) {
  return {
    name,
    port: 443,
    scheme: 'https',
    proxy: null,
    proxySource: 'Direct',
    outcome: 'Ok',
    stage: null,
    tlsProtocol: 'Tls12',
    certificates,
    httpStatus: 404,
    httpStatusLine: 'HTTP/1.1 404 Not Found',
    date: httpDate(-5),
    receivedAt: iso(-5),
    timings: { connectMs: 20, proxyMs: null, tlsMs: 60, httpMs: 30, totalMs: 110 },
    ...extra,
  };
}

export function httpProbe(name, path, extra = {}) {
  return {
    name,
    port: 80,
    scheme: 'http',
    path,
    proxy: null,
    proxySource: 'Direct',
    outcome: 'Ok',
    stage: null,
    httpStatus: 200,
    httpStatusLine: 'HTTP/1.1 200 OK',
    date: httpDate(-4),
    receivedAt: iso(-4),
    timings: { connectMs: 15, proxyMs: null, tlsMs: null, httpMs: 25, totalMs: 40 },
    ...extra,
  };
}

export function failedProbe(name, scheme, outcome, stage, extra = {}) {
  return {
    name,
    port: scheme === 'https' ? 443 : 80,
    scheme,
    ...(scheme === 'http' ? { path: '/' } : {}),
    proxy: null,
    proxySource: 'Direct',
    outcome,
    stage,
    certificates: [],
    timings: { connectMs: null, proxyMs: null, tlsMs: null, httpMs: null, totalMs: outcome === 'Timeout' ? 5010 : 12 },
    ...extra,
  };
}

export const CTL_PATH = '/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab';
export const CRL_PATH = '/pki/crl/products/MicRooCerAut2011_2011_03_22.crl';

export function dnsA(name, addresses, { server = 'System', rcode = 'NOERROR', type = 'A' } = {}) {
  return {
    name,
    server,
    type,
    rcode,
    answers: addresses.map((a) => ({ type, data: a })),
    source: server === 'System' ? 'Resolve-DnsName' : 'WuTrust UDP client',
  };
}

/** A healthy network section: direct, genuine chains, CTL and CRL hosts answer, DNS resolves, clocks agree. */
export function healthyNetwork() {
  return {
    proxy: directProxy(),
    timeoutSeconds: 5,
    probes: [
      tlsProbe('fe3.delivery.mp.microsoft.com', rsaChain('fe3.delivery.mp.microsoft.com')),
      tlsProbe('fe3cr.delivery.mp.microsoft.com', eccChain('fe3cr.delivery.mp.microsoft.com')),
      tlsProbe('slscr.update.microsoft.com', eccChain('slscr.update.microsoft.com')),
      httpProbe('ctldl.windowsupdate.com', CTL_PATH),
      httpProbe('crl.microsoft.com', CRL_PATH),
    ],
    dns: [
      dnsA('fe3.delivery.mp.microsoft.com', ['20.190.160.10']),
      dnsA('fe3cr.delivery.mp.microsoft.com', ['20.190.160.11']),
      dnsA('slscr.update.microsoft.com', ['20.12.23.50']),
      dnsA('ctldl.windowsupdate.com', ['93.184.215.201']),
      dnsA('crl.microsoft.com', ['93.184.215.202']),
    ],
  };
}
