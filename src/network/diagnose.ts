import type * as v from 'valibot';
import type { DiagnoseContext, FamilyResult, Signal } from '../core/family';
import { type Evidence, type Finding, Reporter } from '../core/findings';
import { TICKS_PER_SECOND, describeSeconds, formatTicks, parseIsoToTicks } from '../core/time';
import { FAMILY_ID, NETWORK_CATALOGUE, NETWORK_CHECKS } from './catalogue';
import { type ChainJudgement, type ChainOptions, SHARED_DN_KEYS, commonName, judgeChain } from './chain';
import { type DnsJudgement, judgeDns } from './dns';
import {
  BLOCK_PAGE_ADDRESSES,
  DEFAULT_ENDPOINTS,
  DEFAULT_SKEW_SECONDS,
  GENUINE_CERTIFICATES,
  GENUINE_ISSUER_NAMES,
  type GenuineCertificate,
  INTERCEPTION_PRODUCTS,
} from './endpoints';
import { type ProxySourceRow, effectiveSetting, proxySourceRows } from './proxy';
import type { ProbeFact, networkSections } from './section';

export type NetworkSections = v.InferOutput<v.ObjectSchema<typeof networkSections, undefined>>;

/** What a request may change (diagnoseWith options.network, Test-WuUpdateEndpoint). */
export interface NetworkOptions {
  /** Certificates counted as genuine besides (or, with replaceGenuine, instead of) FACTS.md 7.1. */
  genuine?: readonly GenuineCertificate[];
  replaceGenuine?: boolean;
  /** Block-page addresses of the organisation's DNS filter, besides the built-in list. */
  blockPageAddresses?: readonly string[];
  /** Clock skew past which a finding is raised (default 300 s). */
  skewSeconds?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const IMF_DATE =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+(?:GMT|UTC|\+0000)$/;

/** An HTTP Date header (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") as ticks; null otherwise. */
export function parseHttpDate(text: string): bigint | null {
  const m = IMF_DATE.exec(text.trim());
  if (m === null) return null;
  const month = MONTHS.indexOf((m[2] as string).toLowerCase());
  if (month < 0) return null;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}T${m[4]}:${m[5]}:${m[6]}Z`;
  return parseIsoToTicks(iso);
}

/** A text as one sentence: its own final period kept, none added twice. */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
const via = (p: { proxy?: string | null | undefined }) => (p.proxy ? ` through ${p.proxy}` : '');
const proxyArg = (p: { proxy?: string | null | undefined }) => p.proxy ?? 'Direct';

function probeEvidence(p: ProbeFact, extra?: string): Evidence {
  const parts = [
    `${p.outcome}${p.stage ? ' at ' + p.stage : ''}`,
    p.proxy ? `via ${p.proxy} (${p.proxySource ?? 'proxy'})` : 'direct',
  ];
  if (p.address) parts.push(`connected to ${p.address}`);
  if (p.proxyStatusLine) parts.push(`proxy said "${p.proxyStatusLine}"`);
  if (p.httpStatusLine) parts.push(`server said "${p.httpStatusLine}"`);
  if (p.tlsProtocol) parts.push(p.tlsProtocol);
  if (p.timings?.totalMs !== undefined && p.timings?.totalMs !== null)
    parts.push(`${Math.round(p.timings.totalMs)} ms`);
  if (p.message) parts.push(p.message);
  if (extra) parts.push(extra);
  return { item: `Probe ${p.scheme}://${p.name}:${p.port}`, value: parts.join('; ') };
}

function certificateEvidence(p: ProbeFact): Evidence[] {
  return (p.certificates ?? []).slice(0, 6).map((c) => ({
    item: `${c.source} certificate from ${p.name}`,
    value:
      `subject ${c.subject}; issuer ${c.issuer}; thumbprint ${c.thumbprint.toUpperCase()}` +
      (c.notAfter ? `; valid ${c.notBefore ?? '?'} to ${c.notAfter}` : ''),
  }));
}

/** A plain-HTTP probe's verdict: any answer but an error status is the host reached (404 included: the path moved). */
export function httpVerdict(p: ProbeFact): 'Reachable' | 'Blocked' | 'Unreachable' {
  const status = p.httpStatus;
  if (p.outcome === 'Ok' && typeof status === 'number') return status < 400 || status === 404 ? 'Reachable' : 'Blocked';
  return 'Unreachable';
}

/** Why a probe failed, in a few words. */
function causeOf(p: ProbeFact): string {
  switch (p.outcome) {
    case 'ConnectFailed':
      return p.proxy ? 'the proxy refused or dropped the connection' : 'connection refused or unreachable';
    case 'Timeout':
      return `no answer within the timeout (${(p.stage ?? 'connect').toLowerCase()})`;
    case 'TlsFailed':
      return 'the TLS handshake failed';
    case 'HttpFailed':
      return 'no valid HTTP answer';
    case 'ProxyRefused':
      return `the proxy answered ${p.proxyStatusLine ?? p.proxyStatus ?? 'an error'}`;
    default:
      return p.message ?? p.outcome;
  }
}

interface NetworkVerdicts {
  rows: ProxySourceRow[];
  http: { probe: ProbeFact; verdict: ReturnType<typeof httpVerdict> }[];
  chains: { probe: ProbeFact; judgement: ChainJudgement }[];
  dns: DnsJudgement[];
  /** Median skew in seconds (local minus server), or null without a usable Date. */
  skewSeconds: number | null;
}

function chainOptions(options: NetworkOptions): ChainOptions {
  const extra = options.genuine ?? [];
  return {
    // The list itself when nothing is added: chain.ts indexes it once per list.
    genuine:
      options.replaceGenuine === true
        ? extra
        : extra.length === 0
          ? GENUINE_CERTIFICATES
          : [...GENUINE_CERTIFICATES, ...extra],
    genuineIssuerNames: [...GENUINE_ISSUER_NAMES, ...extra.map((g) => g.name)],
    products: INTERCEPTION_PRODUCTS,
    // The probes of one machine, and the machines of a fleet, present the same CAs: each name's key
    // is worked out once per engine.
    keyOf: SHARED_DN_KEYS,
  };
}

/** The network family: proxy sources, endpoint reachability and chains, DNS, clock skew. */
export function diagnoseNetwork(
  sections: NetworkSections,
  context: DiagnoseContext,
  options: NetworkOptions = {},
): FamilyResult & { verdicts: NetworkVerdicts } {
  const report = new Reporter(FAMILY_ID, NETWORK_CATALOGUE, NETWORK_CHECKS);
  const signals: Record<string, Signal> = {};
  const network = sections.network;
  const verdicts: NetworkVerdicts = { rows: [], http: [], chains: [], dns: [], skewSeconds: null };
  if (network === undefined || network === null) {
    for (const id of Object.keys(NETWORK_CHECKS)) report.check(id, 'NotRun', 'the network facts were not collected');
    return { findings: report.findings, checks: report.checks, signals, verdicts };
  }

  // --- Proxy sources -------------------------------------------------------------------------
  if (network.proxy === undefined || network.proxy === null) {
    report.check('NET.Proxy', 'NotRun', 'the proxy settings were not collected');
  } else {
    const rows = proxySourceRows(network.proxy);
    verdicts.rows = rows;
    const byId = (id: string) => rows.find((r) => r.source === id) as ProxySourceRow;
    const winHttp = byId('WinHttp');
    const malformed = rows.filter(
      (r) => (r.source === 'WinHttp' || r.source === 'WinHttp32') && r.state === 'Malformed',
    );
    for (const r of malformed) {
      report.finding('WUT-NET-008', {
        params: { source: r.source === 'WinHttp' ? '(64-bit view)' : '(32-bit view)' },
        detail: `${r.path}: ${r.notes.join('; ')}. What WinHTTP makes of it is unknown; the probes went direct.`,
        evidence: [{ item: r.path, value: r.notes.join('; '), path: r.path, type: 'REG_BINARY', raw: r.raw ?? '' }],
      });
    }
    const winHttp32 = byId('WinHttp32');
    if (
      winHttp.state !== 'Malformed' &&
      winHttp32.state !== 'Malformed' &&
      winHttp32.state !== 'NotCollected' &&
      winHttp32.state !== 'Unavailable' &&
      winHttp.state !== 'Unavailable' &&
      effectiveSetting(winHttp) !== effectiveSetting(winHttp32)
    ) {
      report.finding('WUT-NET-009', {
        detail: `64-bit view: ${effectiveSetting(winHttp)}; 32-bit view: ${effectiveSetting(winHttp32)}.`,
        evidence: [winHttp, winHttp32].map((r) => ({ item: r.path, value: effectiveSetting(r), raw: r.raw ?? '' })),
      });
    }
    // WinHTTP against the WinINET sources the update client may fall back to (KB 900935).
    let disagreements = 0;
    if (winHttp.state === 'Set' || winHttp.state === 'NotSet') {
      for (const other of rows.filter((r) => r.windowsUpdateUse === 'Fallback' && r.state === 'Set')) {
        if (effectiveSetting(other) === effectiveSetting(winHttp)) continue;
        disagreements++;
        const winHttpDirect = winHttp.mode === 'Direct';
        report.finding('WUT-NET-007', {
          params: {
            winHttp: effectiveSetting(winHttp),
            other:
              other.source === 'WinInetSystem'
                ? "LocalSystem's WinINET proxy"
                : other.source === 'WinInetUser'
                  ? "the user's WinINET proxy"
                  : 'the machine-wide WinINET proxy',
            otherSetting: effectiveSetting(other),
          },
          // Direct WinHTTP with a proxy elsewhere is the classic failure (PRIOR-ART.md F2); the reverse is only unusual.
          severity: winHttpDirect && other.mode !== 'Direct' ? 'Warning' : 'Info',
          detail:
            `${winHttp.description}: ${effectiveSetting(winHttp)}. ${other.description}: ${effectiveSetting(other)}. ` +
            (winHttpDirect && other.mode !== 'Direct'
              ? 'Where direct traffic is blocked, Windows Update scans fail while a browser works (PRIOR-ART.md F2).'
              : 'Windows Update follows WinHTTP first; this is worth knowing, not a fault by itself.'),
          evidence: [winHttp, other].map((r) => ({
            item: r.path,
            value: effectiveSetting(r),
            ...(r.raw ? { raw: r.raw } : {}),
          })),
        });
      }
    }
    const env = byId('Environment');
    if (env.state === 'Set') {
      report.finding('WUT-NET-040', {
        params: { names: env.notes.map((n) => n.split('=')[0]).join(', ') },
        detail: env.notes.join('; '),
        evidence: [{ item: 'Environment', value: env.notes.join('; ') }],
      });
    }
    report.check(
      'NET.Proxy',
      malformed.some((r) => r.source === 'WinHttp') || winHttp.state === 'Unavailable'
        ? 'Fail'
        : disagreements > 0
          ? 'Fail'
          : 'Pass',
      `WinHTTP: ${winHttp.state === 'Set' || winHttp.state === 'NotSet' ? effectiveSetting(winHttp) : winHttp.state + ' (' + winHttp.notes.join('; ') + ')'}` +
        (disagreements > 0 ? `; ${disagreements} other source(s) disagree` : ''),
    );
  }

  // --- Probes ----------------------------------------------------------------------------------
  const probes = network.probes;
  if (probes === undefined || probes === null) {
    const why = network.probesSkipped ? `skipped: ${network.probesSkipped}` : 'the endpoints were not probed';
    for (const id of ['NET.Reach', 'NET.Chain', 'NET.CtlCrl', 'NET.Clock']) report.check(id, 'NotRun', why);
  } else {
    judgeProbes(probes, context, options, report, signals, verdicts);
  }

  // --- DNS -------------------------------------------------------------------------------------
  const dns = network.dns;
  if (dns === undefined || dns === null) {
    report.check(
      'NET.Dns',
      'NotRun',
      network.probesSkipped ? `skipped: ${network.probesSkipped}` : 'the DNS answers were not collected',
    );
  } else {
    judgeDnsAnswers(dns, options, report, verdicts);
  }
  return { findings: report.findings, checks: report.checks, signals, verdicts };
}

function judgeProbes(
  probes: readonly ProbeFact[],
  context: DiagnoseContext,
  options: NetworkOptions,
  report: Reporter,
  signals: Record<string, Signal>,
  verdicts: NetworkVerdicts,
): void {
  const chainOpts = chainOptions(options);
  const tls = probes.filter((p) => p.scheme === 'https');
  const http = probes.filter((p) => p.scheme === 'http');
  const ctlHosts = new Set(DEFAULT_ENDPOINTS.filter((e) => e.role === 'Ctl').map((e) => e.name));

  // A proxy that nothing got through to is one finding, not one per endpoint.
  const deadProxies = new Map<string, ProbeFact[]>();
  for (const p of probes) {
    if (!p.proxy) continue;
    const list = deadProxies.get(p.proxy) ?? [];
    list.push(p);
    deadProxies.set(p.proxy, list);
  }
  const unreachableProxy = new Set<string>();
  for (const [proxy, list] of deadProxies) {
    if (list.every((p) => (p.outcome === 'ConnectFailed' || p.outcome === 'Timeout') && p.stage === 'Connect')) {
      unreachableProxy.add(proxy);
      report.finding('WUT-NET-006', {
        params: { proxy, cause: causeOf(list[0] as ProbeFact) },
        detail: `All ${list.length} probe(s) through ${proxy} failed while connecting to the proxy itself.`,
        evidence: list.slice(0, 6).map((p) => probeEvidence(p)),
      });
    }
  }

  const reachFailures: Finding[] = [];
  const intercepted: { probe: ProbeFact; judgement: ChainJudgement; finding: Finding }[] = [];
  let chainFailures = 0;
  for (const p of tls) {
    const judgement = judgeChain(p, chainOpts);
    verdicts.chains.push({ probe: p, judgement });
    const common = { name: p.name, port: p.port, via: via(p), proxyArg: proxyArg(p), proxy: p.proxy ?? '' };
    if (judgement.verdict === 'NoHandshake') {
      if (p.proxy && unreachableProxy.has(p.proxy)) continue;
      if (p.outcome === 'ProxyRefused') {
        const status = p.proxyStatusLine ?? String(p.proxyStatus ?? 'an error');
        reachFailures.push(
          report.finding('WUT-NET-005', {
            params: { ...common, status, authHint: p.proxyStatus === 407 ? ' without authentication' : '' },
            ...(p.proxyStatus === 407 ? { variant: 'auth' } : {}),
            detail: `CONNECT ${p.address ?? p.name}:${p.port} through ${p.proxy ?? '?'} was answered "${status}".`,
            evidence: [probeEvidence(p)],
          }),
        );
      } else {
        reachFailures.push(
          report.finding('WUT-NET-004', {
            params: { ...common, cause: causeOf(p) },
            detail: sentence(judgement.why),
            evidence: [probeEvidence(p)],
          }),
        );
      }
      continue;
    }
    const params = {
      ...common,
      issuer: judgement.issuer ?? '?',
      product: judgement.product ?? '?',
      why: judgement.why,
    };
    const evidence = [probeEvidence(p), ...certificateEvidence(p)];
    if (judgement.verdict === 'Intercepted') {
      chainFailures++;
      const finding = report.finding('WUT-NET-001', {
        params,
        detail:
          `${sentence(judgement.why)} The leaf's subject is not evidence (a forging proxy copies it); the issuer is. ` +
          (judgement.productEvidence === 'Weak'
            ? 'The product is named from an issuer name that only weak public evidence ties to it (FACTS.md 7.2). '
            : '') +
          'Windows Update pins its metadata chain, so every scan through this path fails (0x80072F8F and the like).',
        evidence,
      });
      intercepted.push({ probe: p, judgement, finding });
    } else if (judgement.verdict === 'UnknownIssuer') {
      chainFailures++;
      report.finding('WUT-NET-002', { params, detail: sentence(judgement.why), evidence });
    } else if (judgement.verdict === 'IncompleteChain') {
      report.finding('WUT-NET-003', {
        params,
        // Not sending the root is normal; a leaf without its issuing CA makes the client fetch it.
        severity: judgement.leafOnly ? 'Warning' : 'Info',
        detail: sentence(judgement.why),
        evidence,
      });
    }
  }
  if (intercepted.length > 0) {
    const products = [...new Set(intercepted.map((i) => i.judgement.product as string))];
    const proxies = [...new Set(intercepted.map((i) => i.probe.proxy ?? 'direct'))];
    signals['tlsIntercepted'] = {
      evidence: intercepted.map((i) => ({
        item: `TLS to ${i.probe.name}`,
        value: `${i.judgement.product} (${i.judgement.issuer})${via(i.probe)}`,
      })),
      findings: ['WUT-NET-001'],
      params: {
        product: products.join(', '),
        proxy: proxies.join(', '),
        proxyArg: proxyArg(intercepted[0]?.probe ?? {}),
        names: intercepted.map((i) => i.probe.name).join(', '),
        count: String(intercepted.length),
        via: proxies.length === 1 && proxies[0] !== 'direct' ? ` on the proxy ${proxies[0]}` : '',
      },
    };
  }
  if (tls.length === 0) {
    report.check('NET.Reach', 'NotRun', 'no TLS endpoint was probed');
    report.check('NET.Chain', 'NotRun', 'no TLS endpoint was probed');
  } else {
    const answered = verdicts.chains.filter((c) => c.judgement.verdict !== 'NoHandshake').length;
    report.check(
      'NET.Reach',
      answered === tls.length ? 'Pass' : 'Fail',
      `${answered} of ${tls.length} TLS endpoint(s) completed a handshake`,
    );
    const genuine = verdicts.chains.filter((c) => c.judgement.verdict === 'Genuine').length;
    report.check(
      'NET.Chain',
      answered === 0 ? 'NotRun' : chainFailures > 0 ? 'Fail' : 'Pass',
      answered === 0
        ? 'no endpoint completed a handshake, so no chain could be judged'
        : `${genuine} genuine, ${chainFailures} intercepted or unknown, of ${answered} handshake(s)`,
    );
  }

  // Plain HTTP: the CTL and CRL hosts.
  let httpFailures = 0;
  for (const p of http) {
    verdicts.http.push({ probe: p, verdict: httpVerdict(p) });
    if (httpVerdict(p) === 'Reachable') continue;
    httpFailures++;
    // Said once, as the proxy that does not answer.
    if (p.proxy && unreachableProxy.has(p.proxy) && p.outcome !== 'Ok') continue;
    const cause =
      p.outcome === 'Ok' || p.outcome === 'HttpFailed'
        ? `${p.httpStatusLine ?? (p.httpStatus ? `HTTP ${p.httpStatus}` : 'no HTTP status')}${p.httpStatus === 407 ? ' (proxy authentication required)' : ''}`
        : causeOf(p);
    const isCtl = ctlHosts.has(p.name.toLowerCase());
    const finding = report.finding(isCtl ? 'WUT-NET-030' : 'WUT-NET-031', {
      params: { name: p.name, via: via(p), proxyArg: proxyArg(p), cause },
      detail: `GET/HEAD http://${p.name}:${p.port}${p.path ?? '/'}${via(p)}: ${cause}.`,
      evidence: [probeEvidence(p)],
    });
    if (isCtl) {
      signals['ctlHostUnreachable'] = {
        evidence: finding.evidence,
        findings: ['WUT-NET-030'],
        params: { host: p.name, via: via(p), proxyArg: proxyArg(p), cause },
      };
    }
  }
  if (http.length === 0) report.check('NET.CtlCrl', 'NotRun', 'no CTL or CRL host was probed');
  else
    report.check(
      'NET.CtlCrl',
      httpFailures > 0 ? 'Fail' : 'Pass',
      `${http.length - httpFailures} of ${http.length} plain-HTTP host(s) answered`,
    );
  judgeClock(probes, context, options, report, verdicts);
}

/** One probe's clock skew in seconds (local minus the server's Date), or null without a readable Date. */
/** When a probe's answer arrived by the local clock (the collection time when it did not say); null if unreadable. */
function arrivalTicks(p: ProbeFact, nowTicks: bigint): bigint | null {
  return typeof p.receivedAt === 'string' ? parseIsoToTicks(p.receivedAt) : nowTicks;
}

/** One probe's clock: its arrival time and its skew in seconds (local minus the server's Date), or null without a readable Date. */
function probeClock(p: ProbeFact, nowTicks: bigint): { skew: number; local: bigint } | null {
  if (typeof p.date !== 'string') return null;
  const server = parseHttpDate(p.date);
  const local = arrivalTicks(p, nowTicks);
  if (server === null || local === null) return null;
  return { skew: Number((local - server) / TICKS_PER_SECOND), local };
}

/** One probe's clock skew in seconds, or null without a readable Date. */
export function probeSkew(p: ProbeFact, nowTicks: bigint): number | null {
  return probeClock(p, nowTicks)?.skew ?? null;
}

function judgeClock(
  probes: readonly ProbeFact[],
  context: DiagnoseContext,
  options: NetworkOptions,
  report: Reporter,
  verdicts: NetworkVerdicts,
): void {
  const threshold = options.skewSeconds ?? DEFAULT_SKEW_SECONDS;
  const samples: { probe: ProbeFact; skew: number; local: bigint }[] = [];
  for (const p of probes) {
    const clock = probeClock(p, context.nowTicks);
    if (clock !== null) samples.push({ probe: p, ...clock });
  }
  if (samples.length === 0) {
    report.check('NET.Clock', 'NotRun', 'no endpoint sent a readable Date header');
    return;
  }
  // The median: one server with a wrong clock (or a proxy's Date) does not decide it.
  const sorted = samples.map((s) => s.skew).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as number;
  verdicts.skewSeconds = median;
  const evidence = samples.slice(0, 6).map((s) => ({
    item: `Date from ${s.probe.name}${via(s.probe)}`,
    value: `${s.probe.date} received at ${formatTicks(s.local)} (skew ${s.skew} s)`,
  }));
  // A clock outside a genuine leaf's validity breaks TLS outright, whatever the threshold.
  let outside: { name: string; local: string } | null = null;
  for (const c of verdicts.chains) {
    if (c.judgement.verdict !== 'Genuine') continue;
    const leaf = (c.probe.certificates ?? []).find((x) => x.source === 'Leaf');
    const nb = leaf?.notBefore ? parseIsoToTicks(leaf.notBefore) : null;
    const na = leaf?.notAfter ? parseIsoToTicks(leaf.notAfter) : null;
    const local = arrivalTicks(c.probe, context.nowTicks);
    if (local !== null && ((nb !== null && local < nb) || (na !== null && local > na))) {
      outside = { name: c.probe.name, local: formatTicks(local) };
      break;
    }
  }
  const over = Math.abs(median) > threshold;
  if (over || outside !== null) {
    report.finding('WUT-NET-020', {
      params: {
        skew: describeSeconds(Math.abs(median)),
        direction: median > 0 ? 'ahead of' : 'behind',
        name: outside?.name ?? '',
        local: outside?.local ?? '',
      },
      ...(outside !== null ? { variant: 'outsideValidity', severity: 'Critical' as const } : {}),
      detail:
        `The median of ${samples.length} server Date header(s) is ${Math.abs(median)} s ${median > 0 ? 'behind' : 'ahead of'} ` +
        `this machine's clock; the threshold is ${threshold} s (Windows' default Kerberos clock tolerance, 5 minutes).` +
        (outside !== null ? ` At ${outside.local} the certificate of ${outside.name} is not valid.` : ''),
      evidence,
    });
  }
  report.check(
    'NET.Clock',
    over || outside !== null ? 'Fail' : 'Pass',
    `median skew ${median} s over ${samples.length} Date header(s) (threshold ${threshold} s)`,
  );
}

function judgeDnsAnswers(
  dns: NonNullable<NetworkSections['network']>['dns'] & object,
  options: NetworkOptions,
  report: Reporter,
  verdicts: NetworkVerdicts,
): void {
  const judged = judgeDns(dns, [...BLOCK_PAGE_ADDRESSES, ...(options.blockPageAddresses ?? [])]);
  verdicts.dns = judged;
  let failures = 0;
  for (const j of judged) {
    const evidence = [{ item: `DNS ${j.name} from ${j.server}`, value: j.answers.join('; ') }];
    if (j.verdict === 'Sinkhole') {
      failures++;
      report.finding('WUT-NET-010', {
        params: { name: j.name, server: j.server, address: j.sinkholes.join(', ') },
        detail: `${j.server} answers ${j.name} with ${j.sinkholes.join(', ')}, an address DNS filters use to block a name.`,
        evidence,
      });
    } else if (j.verdict === 'NxDomain') {
      failures++;
      report.finding('WUT-NET-011', {
        params: { name: j.name, server: j.server, answer: 'NXDOMAIN' },
        detail: `${j.server} says ${j.name} does not exist (NXDOMAIN) for every record type asked.`,
        evidence,
      });
    } else if (j.verdict !== 'Resolved') {
      failures++;
      const answer =
        { Refused: 'REFUSED', ServFail: 'SERVFAIL', Timeout: 'no answer (timeout)', NoAddress: 'no address' }[
          j.verdict as string
        ] ?? j.verdict;
      report.finding('WUT-NET-012', {
        params: { name: j.name, server: j.server, answer },
        detail: `${j.server} gave no address for ${j.name}: ${j.answers.join('; ')}.`,
        evidence,
      });
    }
  }
  // Resolvers that disagree on whether a name resolves (not on which addresses: CDNs answer by location).
  const byName = new Map<string, DnsJudgement[]>();
  for (const j of judged) byName.set(j.name, [...(byName.get(j.name) ?? []), j]);
  for (const [name, list] of byName) {
    const good = list.find((j) => j.verdict === 'Resolved');
    const bad = list.find((j) => j.verdict !== 'Resolved');
    if (good === undefined || bad === undefined) continue;
    report.finding('WUT-NET-013', {
      params: {
        name,
        first: `${bad.verdict}${bad.addresses.length > 0 ? ' ' + bad.addresses.join(', ') : ''}`,
        firstServer: bad.server,
        second: good.addresses.join(', '),
        secondServer: good.server,
      },
      detail: `${bad.server}: ${bad.answers.join('; ')}. ${good.server}: ${good.answers.join('; ')}.`,
      evidence: list.map((j) => ({ item: `DNS ${j.name} from ${j.server}`, value: j.answers.join('; ') })),
    });
  }
  report.check(
    'NET.Dns',
    failures > 0 ? 'Fail' : 'Pass',
    `${judged.length - failures} of ${judged.length} name/resolver pair(s) resolved`,
  );
}

export { commonName };
