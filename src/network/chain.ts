/**
 * The verdict on the certificates an endpoint presented (FACTS.md 7). Nothing here trusts or
 * verifies a signature: the probe recorded every certificate as presented, and the verdict rests
 * on thumbprints (which cannot be forged) and on issuer names of the presented CAs. It never
 * rests on the leaf's subject, which a forging proxy copies from the genuine leaf.
 */
import { remember } from '../core/remember';
import type { GenuineCertificate, InterceptionProduct } from './endpoints';
import type { CertificateFact, ProbeFact } from './section';

export type ChainVerdict = 'Genuine' | 'Intercepted' | 'UnknownIssuer' | 'IncompleteChain' | 'NoHandshake';

export interface ChainJudgement {
  verdict: ChainVerdict;
  /** The interception product named from an issuer (Intercepted), else null. */
  product: string | null;
  productEvidence: 'Strong' | 'Weak' | null;
  /** The genuine certificate the chain leads to (Genuine), else null. */
  anchor: string | null;
  /** The issuer at the top of what was presented, as CN (or the whole name). */
  issuer: string | null;
  /** Thumbprint of the certificate at the top of the path followed from the leaf. */
  topThumbprint: string | null;
  /** Only the leaf was presented. */
  leafOnly: boolean;
  why: string;
}

/** One RDN's text: anything but a separator, where a quoted run (to its closing quote or the end) may hold any. */
const RDN_TEXT = /(?:[^",;+]|"[^"]*"?)*/y;

/** RDNs of a distinguished name as .NET writes it ("CN=x, OU=y, O=\"a, b\""): quoted commas kept. */
export function parseDn(dn: string): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const current of rdnTexts(dn)) {
    const at = current.indexOf('=');
    if (at > 0) {
      let value = current.substring(at + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.slice(1, -1).replace(/""/g, '"');
      out.push({ key: current.substring(0, at).trim().toUpperCase(), value });
    }
  }
  return out;
}

/**
 * The texts between the separators (, ; +) outside quotes; a quote not closed runs to the end.
 * Found natively (split, or a sticky regular expression when there are quotes), not by a loop over
 * each character: under Jint that loop was a tenth of a fleet batch's script steps.
 * tests/node/chain.property.test.ts compares it with the character loop.
 */
export function rdnTexts(dn: string): string[] {
  if (dn.indexOf('"') < 0) return dn.split(/[,;+]/);
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    RDN_TEXT.lastIndex = at;
    const text = (RDN_TEXT.exec(dn) as RegExpExecArray)[0];
    parts.push(text);
    at += text.length;
    if (at >= dn.length) return parts;
    at++; // the separator
  }
}

/** The CN of a name, or the whole name when it has none. */
export function commonName(dn: string): string {
  return parseDn(dn).find((r) => r.key === 'CN')?.value ?? dn;
}

/** A name in a form two spellings of it compare equal in: RDNs sorted, case and spacing folded. */
function dnKey(dn: string): string {
  return parseDn(dn)
    .map((r) => `${r.key}=${r.value.toLowerCase().replace(/\s+/g, ' ')}`)
    .sort()
    .join(',');
}

const upper = (hex: string | null | undefined) => (typeof hex === 'string' ? hex.toUpperCase() : null);

/**
 * The presented certificate that issued `cert`: by key identifier when both have one, else by name.
 * `keyOf` is dnKey with its answers kept (a name is compared with every other certificate's).
 */
function issuerOf(
  cert: CertificateFact,
  pool: readonly CertificateFact[],
  keyOf: (dn: string) => string,
): CertificateFact | undefined {
  const aki = upper(cert.aki);
  const thumbprint = upper(cert.thumbprint);
  for (const c of pool) {
    if (c === cert || upper(c.thumbprint) === thumbprint) continue;
    const ski = upper(c.ski);
    if (aki !== null && ski !== null ? aki === ski : keyOf(c.subject) === keyOf(cert.issuer)) return c;
  }
  return undefined;
}

/** dnKey with its answers kept (up to `limit` names), for the names of one chain or of an engine. */
export function dnKeys(limit = Infinity): (dn: string) => string {
  return remember(dnKey, limit);
}

/**
 * The names' keys kept across an engine's diagnoses: a fleet's machines see the same CAs (the
 * public ones, and the same TLS-inspection product's behind one proxy), so a fleet report works
 * each name out once, not once per machine.
 */
export const SHARED_DN_KEYS = dnKeys(4096);

/** Certificates deduplicated by thumbprint, the leaf first. */
function distinct(certificates: readonly CertificateFact[]): CertificateFact[] {
  const seen = new Set<string>();
  const out: CertificateFact[] = [];
  const ordered = [
    ...certificates.filter((c) => c.source === 'Leaf'),
    ...certificates.filter((c) => c.source !== 'Leaf'),
  ];
  for (const c of ordered) {
    const t = c.thumbprint.toUpperCase();
    if (!seen.has(t)) {
      seen.add(t);
      out.push(c);
    }
  }
  return out;
}

/** The product a presented CA names, by issuer names and by the subject of any CA (never the leaf's subject). */
function productOf(
  certs: readonly CertificateFact[],
  leaf: CertificateFact,
  products: readonly InterceptionProduct[],
): { product: InterceptionProduct; name: string } | null {
  const names: string[] = [];
  for (const c of certs) {
    names.push(c.issuer);
    if (c !== leaf) names.push(c.subject);
  }
  for (const p of products) {
    for (const name of names) {
      const parts = parseDn(name).filter((r) => r.key === 'CN' || r.key === 'O' || r.key === 'OU');
      const texts = parts.length > 0 ? parts.map((r) => r.value.toLowerCase()) : [name.toLowerCase()];
      if (texts.some((t) => p.patterns.some((pattern) => t.includes(pattern)))) return { product: p, name };
    }
  }
  return null;
}

function noHandshake(probe: ProbeFact): string {
  const via = probe.proxy ? ` through ${probe.proxy}` : '';
  switch (probe.outcome) {
    case 'ConnectFailed':
      return `the TCP connection${probe.proxy ? ' to the proxy' : ''} failed${via}`;
    case 'ProxyRefused':
      return `the proxy ${probe.proxy ?? ''} refused CONNECT: ${probe.proxyStatusLine ?? probe.proxyStatus ?? 'no status'}`;
    case 'Timeout':
      return `no answer within the timeout (${(probe.stage ?? 'unknown').toLowerCase()} stage)${via}`;
    case 'TlsFailed':
      return `the TLS handshake failed${via}${probe.message ? ': ' + probe.message : ''}`;
    default:
      return `${probe.outcome}${via}${probe.message ? ': ' + probe.message : ''}`;
  }
}

export interface ChainOptions {
  genuine: readonly GenuineCertificate[];
  genuineIssuerNames: readonly string[];
  products: readonly InterceptionProduct[];
  /** Names' comparison keys, kept beyond one chain (the network family passes SHARED_DN_KEYS); else per chain. */
  keyOf?: (dn: string) => string;
}

const genuineIndexes = new WeakMap<
  readonly GenuineCertificate[],
  { genuine: Map<string, GenuineCertificate>; genuineSkis: Map<string, GenuineCertificate> }
>();

/** The genuine certificates by thumbprint and by key identifier (built once per list, not per probe). */
function genuineIndex(list: readonly GenuineCertificate[]): {
  genuine: Map<string, GenuineCertificate>;
  genuineSkis: Map<string, GenuineCertificate>;
} {
  let index = genuineIndexes.get(list);
  if (index === undefined) {
    index = {
      genuine: new Map(list.map((g) => [g.thumbprint.toUpperCase(), g])),
      genuineSkis: new Map(
        list.filter((g) => typeof g.ski === 'string').map((g) => [(g.ski as string).toUpperCase(), g]),
      ),
    };
    genuineIndexes.set(list, index);
  }
  return index;
}

/** Judges one TLS probe's presented certificates. */
export function judgeChain(probe: ProbeFact, options: ChainOptions): ChainJudgement {
  const certs = distinct(probe.certificates ?? []);
  const leaf = certs.find((c) => c.source === 'Leaf') ?? certs[0];
  const base = {
    product: null,
    productEvidence: null,
    anchor: null,
    issuer: null,
    topThumbprint: null,
    leafOnly: false,
  };
  if (leaf === undefined) return { ...base, verdict: 'NoHandshake', why: noHandshake(probe) };
  const { genuine, genuineSkis } = genuineIndex(options.genuine);
  // Follow the path from the leaf through what was presented (at most as many steps as certificates).
  const path = [leaf];
  const keyOf = options.keyOf ?? dnKeys();
  for (
    let next = issuerOf(leaf, certs, keyOf);
    next !== undefined && !path.includes(next);
    next = issuerOf(next, certs, keyOf)
  ) {
    path.push(next);
  }
  const top = path[path.length - 1] as CertificateFact;
  const leafOnly = certs.length === 1;
  const shared = { ...base, issuer: commonName(top.issuer), topThumbprint: top.thumbprint.toUpperCase(), leafOnly };
  const anchored = path.find((c) => genuine.has(c.thumbprint.toUpperCase()));
  if (anchored !== undefined) {
    const anchor = (genuine.get(anchored.thumbprint.toUpperCase()) as GenuineCertificate).name;
    return {
      ...shared,
      verdict: 'Genuine',
      anchor,
      why: `the chain leads to ${anchor} (${anchored.thumbprint.toUpperCase()})`,
    };
  }
  const bySki = upper(top.aki) === null ? undefined : genuineSkis.get(upper(top.aki) as string);
  const found = productOf(certs, leaf, options.products);
  if (found !== null) {
    return {
      ...shared,
      verdict: 'Intercepted',
      product: found.product.product,
      productEvidence: found.product.evidence,
      why: `a presented certificate names ${found.product.product}: ${found.name}`,
    };
  }
  const topIssuer = commonName(top.issuer).toLowerCase();
  const namesGenuine =
    bySki !== undefined ||
    options.genuineIssuerNames.some((n) => topIssuer.includes(n.toLowerCase())) ||
    options.genuine.some((g) => g.name.toLowerCase() === topIssuer);
  if (namesGenuine) {
    return {
      ...shared,
      verdict: 'IncompleteChain',
      why: leafOnly
        ? `only the leaf was presented; it names ${commonName(top.issuer)} as its issuer, which was not sent (not interception)`
        : `the path ends at ${commonName(top.subject)}, issued by ${commonName(top.issuer)}, which was neither sent nor ` +
          'found by the chain builder, so no thumbprint could be checked',
    };
  }
  return {
    ...shared,
    verdict: 'UnknownIssuer',
    why:
      `the chain ends at ${commonName(top.issuer)}, which is neither a Microsoft certificate nor a known interception product` +
      (top.issuer === top.subject ? ' (self-signed)' : ''),
  };
}
