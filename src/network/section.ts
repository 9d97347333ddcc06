/**
 * The network family's snapshot section (seed 001): the proxy settings of each source as raw
 * registry bytes, the endpoint probes (every certificate presented, recorded without trusting or
 * rejecting it) and the DNS answers. Decoding and judging happen in the engine.
 */
import * as v from 'valibot';
import {
  expected,
  factStatus,
  maxChars,
  maxItems,
  nullableText,
  optionalText,
  registryValueFact,
  text,
} from '../snapshot/schema';

export const CONNECTIONS_PATH = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections';

const boundedText = (what: string, max: number) => v.pipe(text(), maxChars(what, max));
const milliseconds = v.nullish(
  v.pipe(v.number(expected('a number of milliseconds')), v.minValue(0, expected('0 or more milliseconds'))),
);
const port = v.pipe(
  v.number(expected('a TCP port')),
  v.integer(expected('a whole port number')),
  v.minValue(1, expected('a port from 1 to 65535')),
  v.maxValue(65535, expected('a port from 1 to 65535')),
);
const httpStatus = v.nullish(
  v.pipe(
    v.number(expected('an HTTP status code')),
    v.integer(expected('a whole status code')),
    v.minValue(100, expected('an HTTP status code from 100 to 999')),
    v.maxValue(999, expected('an HTTP status code from 100 to 999')),
  ),
);
/** A host name or address as a probe or a DNS query names it (no spaces, no control characters). */
export const hostName = v.pipe(
  text(),
  v.regex(/^[A-Za-z0-9._:\-[\]*]{1,253}$/, expected('a host name such as fe3.delivery.mp.microsoft.com')),
);
const sha1Hex = v.pipe(text(), v.regex(/^[0-9A-Fa-f]{40}$/, expected('a SHA-1 thumbprint (40 hex digits)')));
const keyIdHex = v.nullish(
  v.pipe(text(), v.regex(/^(?:[0-9A-Fa-f]{2}){1,64}$/, expected('a key identifier as hex digits'))),
);

export const SCHEMES = ['https', 'http'] as const;
export const CERT_SOURCES = ['Leaf', 'Sent', 'Chain'] as const;
export const PROBE_OUTCOMES = [
  'Ok',
  'ConnectFailed',
  'ProxyRefused',
  'Timeout',
  'TlsFailed',
  'HttpFailed',
  'Error',
] as const;
export const PROBE_STAGES = ['Connect', 'Proxy', 'Tls', 'Http'] as const;
export const DNS_TYPES = ['A', 'AAAA', 'CNAME'] as const;
export const DNS_RCODES = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'Timeout',
  'Error',
] as const;

export const certificateFact = v.object(
  {
    subject: boundedText('a distinguished name', 4096),
    issuer: boundedText('a distinguished name', 4096),
    thumbprint: sha1Hex,
    /** Subject and Authority Key Identifiers, hex: they link a chain when names are copied. */
    ski: keyIdHex,
    aki: keyIdHex,
    notBefore: nullableText(),
    notAfter: nullableText(),
    /** Leaf: the server's certificate; Sent: the others it sent; Chain: what the platform's chain builder added. */
    source: v.picklist(CERT_SOURCES, expected(`one of ${CERT_SOURCES.join(', ')}`)),
  },
  expected('a certificate (an object with subject, issuer and thumbprint)'),
);
export type CertificateFact = v.InferOutput<typeof certificateFact>;

export const probeFact = v.object(
  {
    name: hostName,
    port,
    scheme: v.picklist(SCHEMES, expected('https or http')),
    path: optionalText(),
    /** Where the connection went when not to the name itself (an explicit address, as curl --resolve). */
    address: v.nullish(hostName),
    /** The proxy used, host:port; null or absent: direct. */
    proxy: v.nullish(hostName),
    /** Where that proxy came from: WinHttp, Override, ... (as the plan said). */
    proxySource: optionalText(),
    outcome: v.picklist(PROBE_OUTCOMES, expected(`one of ${PROBE_OUTCOMES.join(', ')}`)),
    /** The stage a failure or timeout happened in. */
    stage: v.nullish(v.picklist(PROBE_STAGES, expected(`one of ${PROBE_STAGES.join(', ')}`))),
    proxyStatus: httpStatus,
    proxyStatusLine: v.nullish(boundedText('a status line', 1024)),
    tlsProtocol: nullableText(),
    certificates: v.optional(
      v.pipe(v.array(certificateFact, expected('a list of certificates')), maxItems<CertificateFact>('a list', 32)),
    ),
    httpStatus,
    httpStatusLine: v.nullish(boundedText('a status line', 1024)),
    /** The server's Date header as sent, and the local UTC time it arrived (the engine has no clock). */
    date: v.nullish(boundedText('a Date header', 256)),
    receivedAt: nullableText(),
    timings: v.nullish(
      v.object(
        {
          connectMs: milliseconds,
          proxyMs: milliseconds,
          tlsMs: milliseconds,
          httpMs: milliseconds,
          totalMs: milliseconds,
        },
        expected('an object of timings in milliseconds'),
      ),
    ),
    message: v.nullish(boundedText('a message', 4096)),
  },
  expected('a probe (an object with name, port, scheme and outcome)'),
);
export type ProbeFact = v.InferOutput<typeof probeFact>;

const dnsRecord = v.object(
  { type: v.picklist(DNS_TYPES, expected(`one of ${DNS_TYPES.join(', ')}`)), data: boundedText('an answer', 300) },
  expected('an answer (an object with type and data)'),
);
type DnsRecord = v.InferOutput<typeof dnsRecord>;

export const dnsAnswerFact = v.object(
  {
    name: hostName,
    /** 'System' (the machine's resolver) or the server asked, host[:port]. */
    server: boundedText('a DNS server', 300),
    type: v.picklist(DNS_TYPES, expected(`one of ${DNS_TYPES.join(', ')}`)),
    rcode: v.picklist(DNS_RCODES, expected(`one of ${DNS_RCODES.join(', ')}`)),
    answers: v.optional(v.pipe(v.array(dnsRecord, expected('a list of answers')), maxItems<DnsRecord>('a list', 64))),
    /** What asked: Resolve-DnsName, Dns.GetHostAddresses, the module's UDP client. */
    source: optionalText(),
    message: v.nullish(boundedText('a message', 4096)),
  },
  expected('a DNS answer (an object with name, server, type and rcode)'),
);
export type DnsAnswerFact = v.InferOutput<typeof dnsAnswerFact>;

export const proxySourcesFact = v.object(
  {
    /** HKLM ...\Connections\WinHttpSettings, 64-bit view (what the 64-bit update client reads). */
    winHttp: v.nullish(registryValueFact),
    /** The same value in the 32-bit view (WOW6432Node): evidence of drift. */
    winHttp32: v.nullish(registryValueFact),
    /** DefaultConnectionSettings of LocalSystem (HKU\.DEFAULT), the current user (HKCU) and the machine (HKLM). */
    winInetSystem: v.nullish(registryValueFact),
    winInetUser: v.nullish(registryValueFact),
    winInetMachine: v.nullish(registryValueFact),
    /** HKLM\SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings\ProxySettingsPerUser. */
    perUserPolicy: v.nullish(registryValueFact),
    /** Proxy environment variables of the collecting process (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, ...). */
    environment: v.nullish(
      v.record(v.string(), boundedText('an environment value', 4096), expected('an object of variables')),
    ),
    /** Get-WinhttpProxy -Advanced as text (Windows 11), where the cmdlet exists. */
    advanced: v.nullish(
      v.object(
        { status: factStatus, text: v.nullish(boundedText('a command output', 65536)), message: optionalText() },
        expected('an object with a status'),
      ),
    ),
  },
  expected('an object of proxy sources'),
);
export type ProxySourcesFact = v.InferOutput<typeof proxySourcesFact>;

export const networkSections = {
  network: v.object(
    {
      proxy: v.nullish(proxySourcesFact),
      /** -Proxy given to the collector: what every probe used instead of the machine's settings. */
      proxyOverride: v.nullish(text()),
      /** Why the probes and DNS queries were not made (e.g. -SkipNetwork), when they were not. */
      probesSkipped: v.nullish(text()),
      probes: v.nullish(v.pipe(v.array(probeFact, expected('a list of probes')), maxItems<ProbeFact>('a list', 256))),
      dns: v.nullish(
        v.pipe(v.array(dnsAnswerFact, expected('a list of DNS answers')), maxItems<DnsAnswerFact>('a list', 1024)),
      ),
      /** The timeout each probe had, in seconds. */
      timeoutSeconds: v.nullish(v.number(expected('a number of seconds'))),
    },
    expected('an object'),
  ),
};
