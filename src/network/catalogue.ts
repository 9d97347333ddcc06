/** The network family's findings and checks (seed 001; FACTS.md sections 4 and 7, PRIOR-ART.md 6). */
import { type CatalogueEntry, catalogueOf, checksOf } from '../core/findings';

export const FAMILY_ID = 'NetworkTrust';

const REF_WU_SECURITY =
  'https://learn.microsoft.com/windows/deployment/update/windows-update-security (metadata connections are pinned; proxies must not inspect them)';
const REF_WU_TROUBLESHOOT =
  'https://learn.microsoft.com/troubleshoot/windows-client/installing-updates-features-roles/windows-update-issues-troubleshooting';
const REF_WU_PROXY =
  'https://learn.microsoft.com/troubleshoot/windows-client/installing-updates-features-roles/windows-update-proxy-server (KB 900935)';
const REF_WINHTTP_GPO =
  'https://learn.microsoft.com/troubleshoot/windows-client/networking/use-group-policy-apply-winhttp-proxy-settings';
const REF_ENDPOINTS = 'https://learn.microsoft.com/windows/privacy/manage-windows-11-endpoints';
const REF_KERBEROS_SKEW =
  'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/maximum-tolerance-for-computer-clock-synchronization';

/** Re-probing after the change is the remedy's command; the change itself is on the network device. */
const probeAgain = (name: string, description: string) => ({
  command: 'Test-WuUpdateEndpoint',
  parameters: { Name: name, Proxy: '{proxyArg}' },
  description,
});

const entries: CatalogueEntry[] = [
  {
    id: 'WUT-NET-001',
    severity: 'Critical',
    title: 'TLS to {name} is intercepted by {product}{via}',
    remedy: probeAgain(
      '{name}',
      'On {product}{via}, exempt {name} (and the other Windows Update names: *.update.microsoft.com, ' +
        '*.delivery.mp.microsoft.com, *.windowsupdate.com) from TLS inspection / SSL decryption; Windows Update ' +
        'pins its metadata chain and rejects a re-signed one. Then re-run this probe: the verdict turns Genuine.',
    ),
    references: [REF_WU_SECURITY, REF_WU_TROUBLESHOOT],
  },
  {
    id: 'WUT-NET-002',
    severity: 'Critical',
    title: 'TLS to {name} presents a chain from an unknown issuer ({issuer}){via}',
    remedy: probeAgain(
      '{name}',
      'Something between this machine and {name}{via} re-signs TLS with {issuer}: a TLS-inspecting proxy, firewall, ' +
        "VPN or security product not in WuTrust's list. Find the device whose CA this is and exempt the Windows Update " +
        'names from its inspection; then re-run this probe.',
    ),
    references: [REF_WU_SECURITY],
  },
  {
    id: 'WUT-NET-003',
    severity: 'Warning',
    title: '{name} presented an incomplete chain ({why})',
    remedy: probeAgain(
      '{name}',
      'Not interception: the server (or a proxy that passes TLS through) did not send the issuing CA. Windows then ' +
        'fetches it by AIA from www.microsoft.com/pki and /pkiops; make sure that is reachable over HTTP{via}.',
    ),
    references: [REF_ENDPOINTS],
  },
  {
    id: 'WUT-NET-004',
    severity: 'Critical',
    title: '{name}:{port} cannot be reached{via}: {cause}',
    remedy: probeAgain(
      '{name}',
      'Allow outbound TCP {port} to {name}{via} on the firewall, proxy or VPN in the path (Microsoft publishes no IP ' +
        'ranges for these names: allow them by name). Then re-run this probe.',
    ),
    references: [REF_ENDPOINTS, REF_WU_TROUBLESHOOT],
  },
  {
    id: 'WUT-NET-005',
    severity: 'Critical',
    title: 'The proxy {proxy} refuses {name}: {status}',
    remedy: probeAgain(
      '{name}',
      'The proxy answered CONNECT with {status}. Allow {name} on {proxy} for this machine{authHint}, then re-run this probe.',
    ),
    references: [REF_WU_TROUBLESHOOT],
    variants: {
      auth: {
        title: 'The proxy {proxy} requires authentication for {name} ({status})',
        remedy: {
          description:
            'Windows Update runs as LocalSystem and cannot answer a proxy authentication prompt (seed 001). On {proxy}, ' +
            'let the Windows Update names through without authentication, then re-run this probe.',
        },
      },
    },
  },
  {
    id: 'WUT-NET-006',
    severity: 'Critical',
    title: 'The proxy {proxy} does not answer ({cause})',
    remedy: {
      command: 'Get-WuProxyConfiguration',
      parameters: {},
      description:
        'Every probe through {proxy} failed before reaching it. Check that the proxy runs and that this machine may reach ' +
        'it; if the setting is stale, change it (netsh winhttp set proxy, or reset it with netsh winhttp reset proxy).',
    },
    references: [REF_WU_PROXY, REF_WINHTTP_GPO],
  },
  {
    id: 'WUT-NET-007',
    severity: 'Warning',
    title: 'The WinHTTP proxy (used by Windows Update) is {winHttp}, but {other} is {otherSetting}',
    remedy: {
      command: 'netsh.exe',
      arguments: ['winhttp', 'import', 'proxy', 'source=ie'],
      description:
        'Windows Update scans use WinHTTP first. If the WinINET (Internet Options) proxy is the right one, run this ' +
        'elevated, as the user whose settings are right, to copy it into WinHTTP (manual settings only, no PAC); ' +
        'or set WinHTTP by Group Policy / netsh winhttp set proxy. If WinHTTP is right, correct the other source.',
    },
    references: [REF_WU_PROXY, REF_WINHTTP_GPO],
  },
  {
    id: 'WUT-NET-008',
    severity: 'Warning',
    title: 'Malformed WinHTTP proxy setting {source}',
    remedy: {
      command: 'netsh.exe',
      arguments: ['winhttp', 'show', 'proxy'],
      description:
        'Shows what WinHTTP makes of the value. If it is not what you set, set it again (netsh winhttp set proxy, or ' +
        'netsh winhttp reset proxy for direct) after saving the raw bytes shown as evidence.',
    },
    references: [REF_WINHTTP_GPO],
  },
  {
    id: 'WUT-NET-009',
    severity: 'Info',
    title: 'The 32-bit WinHTTP proxy differs from the 64-bit one',
    remedy: {
      command: 'Get-WuProxyConfiguration',
      parameters: {},
      description:
        'The 64-bit update client reads the 64-bit view; 32-bit programs read the other. Set both (netsh of each ' +
        'bitness, or Group Policy) if 32-bit tools must use the same proxy.',
    },
    references: [REF_WINHTTP_GPO],
  },
  {
    id: 'WUT-NET-010',
    severity: 'Critical',
    title: 'DNS answers {name} with a sinkhole address ({address}) from {server}',
    remedy: {
      command: 'Resolve-DnsName',
      parameters: { Name: '{name}', Type: 'A' },
      description:
        'A DNS filter ({server}) blocks {name}. Allow the Windows Update names in the DNS filter (by name: *.update.microsoft.com, ' +
        '*.delivery.mp.microsoft.com, *.windowsupdate.com), then check the answer again.',
    },
    references: [REF_ENDPOINTS, REF_WU_TROUBLESHOOT],
  },
  {
    id: 'WUT-NET-011',
    severity: 'Critical',
    title: '{name} does not resolve: {answer} from {server}',
    remedy: {
      command: 'Resolve-DnsName',
      parameters: { Name: '{name}', Type: 'A' },
      description:
        'Microsoft publishes {name} as a Windows Update endpoint; {server} answers {answer}. Fix the DNS filter or ' +
        'forwarder for it (Windows Update reports 0x8024402C, WU_E_PT_WINHTTP_NAME_NOT_RESOLVED), then check again.',
    },
    references: [REF_ENDPOINTS],
  },
  {
    id: 'WUT-NET-012',
    severity: 'Warning',
    title: 'The DNS server {server} answers {answer} for {name}',
    remedy: {
      command: 'Resolve-DnsName',
      parameters: { Name: '{name}', Type: 'A' },
      description: 'The resolver did not give an address for {name}; check the DNS server and its forwarders.',
    },
    references: [REF_ENDPOINTS],
  },
  {
    id: 'WUT-NET-013',
    severity: 'Warning',
    title: 'Resolvers disagree on {name}: {first} from {firstServer}, {second} from {secondServer}',
    remedy: {
      command: 'Resolve-DnsName',
      parameters: { Name: '{name}', Type: 'A' },
      description:
        'One resolver answers {name} and the other does not (seed 001: compare with a public resolver to rule out DNS ' +
        'filtering). The one that does not is filtering or failing; allow the name there.',
    },
    references: [REF_ENDPOINTS],
  },
  {
    id: 'WUT-NET-020',
    severity: 'Warning',
    title: "The machine's clock is {skew} {direction} the update servers'",
    remedy: {
      command: 'w32tm.exe',
      arguments: ['/resync'],
      description:
        'Resynchronises the Windows Time service with its source (elevated; a domain member syncs from its domain). A ' +
        'clock off by hours makes valid certificates look expired or not yet valid.',
    },
    references: [REF_KERBEROS_SKEW],
    variants: {
      outsideValidity: {
        title: "The machine's clock ({local}) is outside the validity of {name}'s certificate",
      },
    },
  },
  {
    id: 'WUT-NET-030',
    severity: 'Critical',
    title: 'The CTL host {name} cannot be fetched over HTTP{via}: {cause}',
    remedy: probeAgain(
      '{name}',
      'crypt32 fetches the disallowed-certificate and root CTLs from http://{name} (port 80, plain HTTP); without them ' +
        'the disallowed CTL goes stale and revocation is reported offline (0x80092013). Allow http://{name}{via}, then ' +
        're-run this probe.',
    ),
    references: [REF_ENDPOINTS],
  },
  {
    id: 'WUT-NET-031',
    severity: 'Warning',
    title: 'The revocation host {name} cannot be fetched over HTTP{via}: {cause}',
    remedy: probeAgain(
      '{name}',
      'Chain building fetches CRLs and AIA certificates from http://{name}; when it cannot, revocation is offline ' +
        '(0x80092013). Allow http://{name}{via}, then re-run this probe.',
    ),
    references: [REF_ENDPOINTS],
  },
  {
    id: 'WUT-NET-040',
    severity: 'Info',
    title: 'Proxy environment variables are set ({names}); WinHTTP and Windows Update ignore them',
    remedy: {
      command: 'Get-WuProxyConfiguration',
      parameters: {},
      description:
        'curl, git and .NET tools use these; Windows Update does not. A probe that works from such a tool proves nothing ' +
        'about the update client.',
    },
    references: [REF_WU_PROXY],
  },
];

export const NETWORK_CATALOGUE = catalogueOf(entries);

export const NETWORK_CHECKS = checksOf([
  { id: 'NET.Proxy', title: 'The proxy Windows Update uses: WinHTTP read and decoded, and the other sources agree' },
  { id: 'NET.Reach', title: 'Each update endpoint answers TLS, directly or through the proxy that applies' },
  { id: 'NET.Chain', title: 'Each update endpoint presents the genuine Microsoft chain (no TLS interception)' },
  { id: 'NET.CtlCrl', title: 'The CTL and CRL hosts answer plain HTTP' },
  { id: 'NET.Dns', title: 'DNS answers the update names (no sinkhole, NXDOMAIN or refusal)' },
  { id: 'NET.Clock', title: "The machine's clock agrees with the update servers' Date" },
]);
