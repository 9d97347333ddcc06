/** The network-trust family (seed 001): its section, catalogue, diagnosis and commands. */
import * as v from 'valibot';
import { EngineError } from '../core/errors';
import { type DiagnoseContext, command, defineFamily } from '../core/family';
import { requestObject } from '../core/request';
import { parseIsoToTicks } from '../core/time';
import { expected, text } from '../snapshot/schema';
import { FAMILY_ID, NETWORK_CATALOGUE, NETWORK_CHECKS } from './catalogue';
import { type NetworkOptions, type NetworkSections, diagnoseNetwork, probeSkew } from './diagnose';
import type { ProbeFact } from './section';
import { DEFAULT_ENDPOINTS, DEFAULT_SKEW_SECONDS, type Endpoint, GENUINE_CERTIFICATES } from './endpoints';
import { planProbes, proxySourceRows } from './proxy';
import { SCHEMES, hostName, networkSections, proxySourcesFact } from './section';

const thumbprint = v.pipe(text(), v.regex(/^[0-9A-Fa-f]{40}$/, expected('a SHA-1 thumbprint (40 hex digits)')));

/** diagnoseWith options.network and judgeNetwork's options. */
export const networkOptions = v.object(
  {
    genuine: v.optional(
      v.pipe(
        v.array(
          v.object(
            {
              thumbprint,
              name: text(),
              ski: v.optional(v.pipe(text(), v.regex(/^(?:[0-9A-Fa-f]{2}){1,64}$/, expected('hex digits')))),
            },
            expected('a certificate (an object with thumbprint and name)'),
          ),
          expected('a list of certificates'),
        ),
        v.maxLength(1000, expected('at most 1000 certificates')),
      ),
    ),
    replaceGenuine: v.optional(v.boolean(expected('true or false'))),
    blockPageAddresses: v.optional(
      v.pipe(v.array(text(), expected('a list of addresses')), v.maxLength(1000, expected('at most 1000 addresses'))),
    ),
    skewSeconds: v.optional(
      v.pipe(
        v.number(expected('a number of seconds')),
        v.integer(expected('whole seconds')),
        v.minValue(1, expected('1 or more')),
      ),
    ),
  },
  expected('an object of network options'),
);

const endpointRequest = v.object(
  {
    name: hostName,
    port: v.optional(
      v.pipe(v.number(expected('a TCP port')), v.integer(expected('a whole port')), v.minValue(1), v.maxValue(65535)),
    ),
    scheme: v.optional(v.picklist(SCHEMES, expected('https or http'))),
    path: v.optional(v.pipe(text(), v.regex(/^\/[\x21-\x7e]*$/, expected('a path starting with / (printable ASCII)')))),
    address: v.nullish(hostName),
  },
  expected('an endpoint (an object with a name)'),
);

/** Endpoints chosen by name (wildcards over the defaults; other names as HTTPS on 443), or given whole. */
function chooseEndpoints(
  names: readonly string[] | undefined,
  given: readonly v.InferOutput<typeof endpointRequest>[] | undefined,
): (Endpoint & { address?: string | null })[] {
  const out: (Endpoint & { address?: string | null })[] = [];
  for (const e of given ?? []) {
    const known = DEFAULT_ENDPOINTS.find((d) => d.name === e.name.toLowerCase());
    const scheme = e.scheme ?? known?.scheme ?? 'https';
    out.push({
      name: e.name,
      port: e.port ?? known?.port ?? (scheme === 'https' ? 443 : 80),
      scheme,
      path: e.path ?? known?.path ?? '/',
      purpose: known?.purpose ?? 'given by the caller',
      role: known?.role ?? 'Update',
      address: e.address ?? null,
    });
  }
  if (names === undefined && given === undefined) return [...DEFAULT_ENDPOINTS];
  for (const n of names ?? []) {
    const pattern = new RegExp(
      '^' +
        n
          .toLowerCase()
          .split('*')
          .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
    );
    const matched = DEFAULT_ENDPOINTS.filter((d) => pattern.test(d.name));
    if (matched.length > 0) out.push(...matched.filter((m) => !out.some((o) => o.name === m.name)));
    else if (n.includes('*'))
      throw new EngineError(
        'InvalidRequest',
        `-Name '${n}' matches none of the default endpoints: ${DEFAULT_ENDPOINTS.map((d) => d.name).join(', ')}.`,
      );
    else out.push({ name: n, port: 443, scheme: 'https', path: '/', purpose: 'given by the caller', role: 'Update' });
  }
  return out;
}

const NAME_LIST = v.pipe(
  v.array(
    v.pipe(text(), v.regex(/^[A-Za-z0-9.*-]{1,253}$/, expected('a host name (wildcards allowed)'))),
    expected('a list of names'),
  ),
  v.maxLength(256, expected('at most 256 names')),
);

export const networkFamily = defineFamily({
  id: FAMILY_ID,
  sections: networkSections,
  catalogue: NETWORK_CATALOGUE,
  checks: NETWORK_CHECKS,
  options: { key: 'network', schema: networkOptions },
  diagnose: (sections: NetworkSections, context: DiagnoseContext) => {
    const { findings, checks, signals } = diagnoseNetwork(
      sections,
      context,
      (context.familyOptions['network'] ?? {}) as NetworkOptions,
    );
    return { findings, checks, signals };
  },
  commands: {
    /** {} -> the default endpoints, genuine certificates and skew threshold (engine data). */
    networkDefaults: command(v.unknown(), () => ({
      endpoints: DEFAULT_ENDPOINTS,
      genuine: GENUINE_CERTIFICATES,
      skewSeconds: DEFAULT_SKEW_SECONDS,
    })),
    /** { proxy } -> each proxy source decoded, side by side (Get-WuProxyConfiguration). */
    proxySources: command(requestObject('proxySources', { proxy: v.nullish(proxySourcesFact) }), (r) => ({
      sources: proxySourceRows(r.proxy),
      plan: planProbes({ proxy: r.proxy, endpoints: [] }).basis,
    })),
    /**
     * { proxy?, override?, names?, endpoints? } -> the probes to make: each endpoint with the proxy
     * that applies to it (the WinHTTP proxy after its bypass list, or -Proxy).
     */
    planProbes: command(
      requestObject('planProbes', {
        proxy: v.nullish(proxySourcesFact),
        override: v.nullish(
          v.pipe(
            text(),
            v.regex(
              /^(?:[a-z]+:\/\/)?[A-Za-z0-9._\-[\]:]{1,300}\/?$/i,
              expected('a proxy as host:port, http://host:port or Direct'),
            ),
          ),
        ),
        names: v.optional(NAME_LIST),
        endpoints: v.optional(v.pipe(v.array(endpointRequest, expected('a list of endpoints')), v.maxLength(256))),
      }),
      (r) =>
        planProbes({ proxy: r.proxy, override: r.override ?? null, endpoints: chooseEndpoints(r.names, r.endpoints) }),
    ),
    /**
     * { network, collectedAt, options? } -> the family's findings and checks over one network
     * section, with the verdict per probe and per DNS name (Test-WuUpdateEndpoint).
     */
    judgeNetwork: command(
      requestObject('judgeNetwork', {
        network: networkSections.network,
        collectedAt: text(),
        options: v.optional(networkOptions),
      }),
      (r) => {
        const nowTicks = parseIsoToTicks(r.collectedAt);
        if (nowTicks === null) throw new EngineError('InvalidRequest', '"collectedAt" must be an ISO-8601 UTC time.');
        /** What every endpoint row says about its probe besides the verdict. */
        const details = (probe: ProbeFact) => ({
          timeMs: probe.timings?.totalMs ?? null,
          skewSeconds: probeSkew(probe, nowTicks),
          certificates: probe.certificates ?? [],
        });
        const result = diagnoseNetwork(
          { network: r.network },
          { nowTicks, collectedBy: null, logMaxAgeDays: 30, familyOptions: {} },
          r.options ?? {},
        );
        return {
          findings: result.findings,
          checksRun: result.checks.filter((c) => c.outcome !== 'NotRun'),
          checksNotRun: result.checks.filter((c) => c.outcome === 'NotRun'),
          endpoints: [
            ...result.verdicts.chains.map(({ probe, judgement }) => ({
              name: probe.name,
              port: probe.port,
              scheme: probe.scheme,
              proxy: probe.proxy ?? null,
              outcome: probe.outcome,
              verdict: judgement.verdict,
              product: judgement.product,
              issuer: judgement.issuer,
              anchor: judgement.anchor,
              why: judgement.why,
              ...details(probe),
            })),
            ...result.verdicts.http.map(({ probe, verdict }) => ({
              name: probe.name,
              port: probe.port,
              scheme: probe.scheme,
              proxy: probe.proxy ?? null,
              outcome: probe.outcome,
              verdict,
              product: null,
              issuer: null,
              anchor: null,
              why:
                verdict === 'Reachable'
                  ? `answered ${probe.httpStatusLine ?? probe.httpStatus}`
                  : verdict === 'Blocked'
                    ? `answered ${probe.httpStatusLine ?? probe.httpStatus}`
                    : `${probe.outcome}${probe.stage ? ' at ' + probe.stage : ''}${probe.message ? ': ' + probe.message : ''}`,
              ...details(probe),
            })),
          ],
          dns: result.verdicts.dns,
          skewSeconds: result.verdicts.skewSeconds,
        };
      },
    ),
  },
});
