/**
 * The proxy settings of each source side by side (Get-WuProxyConfiguration), which one the update
 * client uses, and the plan the probes follow: each endpoint with the proxy that applies to it.
 *
 * Which source Windows Update uses (PRIOR-ART.md F2): its scans use WinHTTP, and "How the Windows
 * Update client determines which proxy server to use" (KB 900935) says they try the WinHTTP proxy
 * first and fall back to the user's proxy on certain errors. That the service also reads the
 * SYSTEM account's own WinINET settings is a community observation (UNVERIFIED). So the WinHTTP
 * value (64-bit view) is the one the probes follow; the others are shown and compared.
 */
import { hexToBytes } from '../core/hex';
import { type RegistryValueFact } from '../snapshot/schema';
import { statusText } from '../snapshot/registry';
import type { Endpoint } from './endpoints';
import { CONNECTIONS_PATH, type ProxySourcesFact } from './section';
import { decodeWinHttpSettings, decodeWinInetSettings, proxyFor } from './winhttp';

export const PROXY_SOURCES = [
  'WinHttp',
  'WinHttp32',
  'WinInetSystem',
  'WinInetUser',
  'WinInetMachine',
  'Environment',
  'Advanced',
] as const;
export type ProxySourceId = (typeof PROXY_SOURCES)[number];

export interface ProxySourceRow {
  source: ProxySourceId;
  description: string;
  path: string;
  /** Set: read and decoded; NotSet: absent (for WinHTTP: direct); Malformed; Unavailable; NotCollected. */
  state: 'Set' | 'NotSet' | 'Malformed' | 'Unavailable' | 'NotCollected';
  mode: 'Direct' | 'Proxy' | 'AutoConfig' | 'AutoDetect' | null;
  proxy: string;
  bypass: string;
  autoConfigUrl: string;
  autoDetect: boolean | null;
  /** First: the update client tries it first; Fallback: it may fall back to it; No. */
  windowsUpdateUse: 'First' | 'Fallback' | 'No';
  /** The raw registry bytes as hex (registry sources). */
  raw: string | null;
  notes: string[];
}

const WINHTTP_VALUE = 'WinHttpSettings';
const WININET_VALUE = 'DefaultConnectionSettings';

const DESCRIPTIONS: Record<
  ProxySourceId,
  { description: string; path: string; use: ProxySourceRow['windowsUpdateUse'] }
> = {
  WinHttp: {
    description: 'WinHTTP (64-bit view): what Windows Update scans use first (netsh winhttp show proxy)',
    path: `HKLM\\${CONNECTIONS_PATH}\\${WINHTTP_VALUE}`,
    use: 'First',
  },
  WinHttp32: {
    description: 'WinHTTP (32-bit view, WOW6432Node): what 32-bit programs read',
    path: `HKLM\\${CONNECTIONS_PATH.replace('SOFTWARE\\', 'SOFTWARE\\WOW6432Node\\')}\\${WINHTTP_VALUE}`,
    use: 'No',
  },
  WinInetSystem: {
    description:
      "WinINET of LocalSystem (HKU\\.DEFAULT): the update service's own account (community reports; UNVERIFIED)",
    path: `HKU\\.DEFAULT\\${CONNECTIONS_PATH}\\${WININET_VALUE}`,
    use: 'Fallback',
  },
  WinInetUser: {
    description:
      'WinINET of the collecting user (Internet Options): a scan a user starts may fall back to it (KB 900935)',
    path: `HKCU\\${CONNECTIONS_PATH}\\${WININET_VALUE}`,
    use: 'Fallback',
  },
  WinInetMachine: {
    description: "WinINET machine-wide (used instead of each user's when the ProxySettingsPerUser policy is 0)",
    path: `HKLM\\${CONNECTIONS_PATH}\\${WININET_VALUE}`,
    use: 'No',
  },
  Environment: {
    description:
      'Proxy environment variables of the collecting process: read by curl, git, .NET HttpClient; not by WinHTTP',
    path: 'Env:',
    use: 'No',
  },
  Advanced: {
    description:
      'The advanced WinHTTP proxy (Get-WinhttpProxy -Advanced, Windows 11); where Windows stores it is UNVERIFIED',
    path: 'Get-WinhttpProxy -Advanced',
    use: 'No',
  },
};

function row(source: ProxySourceId, partial: Partial<ProxySourceRow>): ProxySourceRow {
  const d = DESCRIPTIONS[source];
  return {
    source,
    description: d.description,
    path: d.path,
    state: 'NotCollected',
    mode: null,
    proxy: '',
    bypass: '',
    autoConfigUrl: '',
    autoDetect: null,
    windowsUpdateUse: d.use,
    raw: null,
    notes: [],
    ...partial,
  };
}

/** A registry source: absent, unreadable, not REG_BINARY, undecodable, or decoded. */
function registryRow(
  source: ProxySourceId,
  fact: RegistryValueFact | null | undefined,
  winHttp: boolean,
): ProxySourceRow {
  if (fact === undefined || fact === null) return row(source, { notes: ['not collected'] });
  if (fact.status === 'NotFound') {
    return row(source, {
      state: 'NotSet',
      mode: 'Direct',
      notes: [
        winHttp ? 'absent: WinHTTP goes direct (netsh winhttp reset proxy removes it)' : 'absent: no settings saved',
      ],
    });
  }
  if (fact.status !== 'Ok' && fact.status !== 'Malformed') {
    return row(source, { state: 'Unavailable', notes: [`could not be read (${statusText(fact)})`] });
  }
  const bytes = typeof fact.hex === 'string' ? hexToBytes(fact.hex) : null;
  const raw = bytes === null ? null : (fact.hex as string).toUpperCase();
  if (fact.status === 'Malformed' || bytes === null) {
    return row(source, { state: 'Malformed', raw, notes: [fact.message ?? 'the collector could not read the data'] });
  }
  if (fact.type !== undefined && fact.type !== 'REG_BINARY') {
    return row(source, { state: 'Malformed', raw, notes: [`type is ${fact.type}, expected REG_BINARY`] });
  }
  if (winHttp) {
    const decoded = decodeWinHttpSettings(bytes);
    if (!decoded.ok) return row(source, { state: 'Malformed', raw, notes: [decoded.why] });
    const s = decoded.settings;
    return row(source, { state: 'Set', mode: s.mode, proxy: s.proxy, bypass: s.bypass, raw, notes: s.notes });
  }
  const decoded = decodeWinInetSettings(bytes);
  if (!decoded.ok) return row(source, { state: 'Malformed', raw, notes: [decoded.why] });
  const s = decoded.settings;
  return row(source, {
    state: 'Set',
    mode: s.mode,
    proxy: s.proxy,
    bypass: s.bypass,
    autoConfigUrl: s.autoConfigUrl,
    autoDetect: s.autoDetect,
    raw,
    notes: s.notes,
  });
}

const ENV_PROXY = ['HTTPS_PROXY', 'HTTP_PROXY', 'ALL_PROXY'];

function environmentRow(environment: Readonly<Record<string, string>> | null | undefined): ProxySourceRow {
  if (environment === undefined || environment === null) return row('Environment', { notes: ['not collected'] });
  const upper: Record<string, string> = {};
  for (const [name, value] of Object.entries(environment)) if (value !== '') upper[name.toUpperCase()] = value;
  const proxyName = ENV_PROXY.find((n) => upper[n] !== undefined);
  const notes = Object.keys(upper)
    .sort()
    .map((n) => `${n}=${upper[n]}`);
  if (proxyName === undefined) return row('Environment', { state: 'NotSet', mode: 'Direct', notes });
  return row('Environment', {
    state: 'Set',
    mode: 'Proxy',
    proxy: upper[proxyName] as string,
    bypass: upper['NO_PROXY'] ?? '',
    notes,
  });
}

function advancedRow(advanced: ProxySourcesFact['advanced']): ProxySourceRow {
  if (advanced === undefined || advanced === null) return row('Advanced', { notes: ['not collected'] });
  if (advanced.status === 'NotSupportedOnThisOS' || advanced.status === 'NotFound') {
    return row('Advanced', { state: 'NotSet', notes: [advanced.message ?? 'Get-WinhttpProxy is not on this system'] });
  }
  if (advanced.status !== 'Ok') {
    return row('Advanced', { state: 'Unavailable', notes: [`could not be read (${statusText(advanced)})`] });
  }
  const lines = (advanced.text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return row('Advanced', { state: lines.length > 0 ? 'Set' : 'NotSet', notes: lines.slice(0, 20) });
}

/** Every proxy source decoded, in a fixed order; the per-user policy is noted where it applies. */
export function proxySourceRows(proxy: ProxySourcesFact | null | undefined): ProxySourceRow[] {
  const p = proxy ?? {};
  const rows = [
    registryRow('WinHttp', p.winHttp, true),
    registryRow('WinHttp32', p.winHttp32, true),
    registryRow('WinInetSystem', p.winInetSystem, false),
    registryRow('WinInetUser', p.winInetUser, false),
    registryRow('WinInetMachine', p.winInetMachine, false),
    environmentRow(p.environment),
    advancedRow(p.advanced),
  ];
  const policy = p.perUserPolicy;
  if (policy && policy.status === 'Ok' && policy.type === 'REG_DWORD' && policy.hex === '00000000') {
    for (const r of rows) {
      if (r.source === 'WinInetUser')
        r.notes.push('ProxySettingsPerUser = 0: WinINET uses the machine-wide settings instead of these');
      if (r.source === 'WinInetMachine') {
        r.notes.push('ProxySettingsPerUser = 0: these apply to every user');
        r.windowsUpdateUse = 'Fallback';
      }
    }
  }
  return rows;
}

/** A row's effective setting in one comparable line. */
export function effectiveSetting(r: ProxySourceRow): string {
  switch (r.mode) {
    case 'Proxy':
      return `proxy ${r.proxy}${r.bypass !== '' ? ` (bypass ${r.bypass})` : ''}`;
    case 'AutoConfig':
      return `auto-config ${r.autoConfigUrl}`;
    case 'AutoDetect':
      return 'autodetect (WPAD)';
    case 'Direct':
      return 'direct';
    default:
      return r.state.toLowerCase();
  }
}

export interface PlannedProbe extends Endpoint {
  address: string | null;
  proxy: string | null;
  proxySource: string;
}

export interface ProbePlan {
  /** Where the probes' proxy comes from, in words. */
  basis: string;
  probes: PlannedProbe[];
}

/** "host:port" of a proxy given as host, host:port or scheme://host:port[/]; null for Direct or none. */
export function normaliseProxy(text: string): string | null {
  const trimmed = text
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/+$/, '');
  if (trimmed === '' || /^direct$/i.test(trimmed)) return null;
  return /:\d+$/.test(trimmed) || /^\[.*\]:\d+$/.test(trimmed) ? trimmed : `${trimmed}:80`;
}

export interface PlanInput {
  proxy: ProxySourcesFact | null | undefined;
  /** -Proxy: 'Direct' or a proxy; every probe uses it instead of the machine's settings. */
  override?: string | null;
  endpoints: readonly (Endpoint & { address?: string | null })[];
}

/** The probes to make: each endpoint with the proxy that applies to it after the bypass list. */
export function planProbes(input: PlanInput): ProbePlan {
  if (input.override !== undefined && input.override !== null) {
    const proxy = normaliseProxy(input.override);
    return {
      basis: proxy === null ? '-Proxy Direct: every probe goes direct' : `-Proxy ${proxy}: every probe goes through it`,
      probes: input.endpoints.map((e) => ({ ...e, address: e.address ?? null, proxy, proxySource: 'Override' })),
    };
  }
  const winHttp = proxySourceRows(input.proxy)[0] as ProxySourceRow;
  const usable = winHttp.state === 'Set' || winHttp.state === 'NotSet';
  const basis = usable
    ? `the WinHTTP proxy (${effectiveSetting(winHttp)}), which Windows Update scans use first`
    : `the WinHTTP proxy is ${winHttp.state.toLowerCase()} (${winHttp.notes.join('; ')}); the probes go direct`;
  return {
    basis,
    probes: input.endpoints.map((e) => {
      const server = usable ? proxyFor({ ...winHttp, mode: winHttp.mode ?? 'Direct' }, e.name, e.scheme) : null;
      return {
        ...e,
        address: e.address ?? null,
        proxy: server === null ? null : normaliseProxy(server),
        proxySource: usable && winHttp.mode === 'Proxy' ? (server === null ? 'WinHttpBypass' : 'WinHttp') : 'Direct',
      };
    }),
  };
}
