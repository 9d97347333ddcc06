/**
 * The codes tied to certificate trust and the update path: a meaning in WuTrust's words, the cause
 * WuTrust looks for, and the checks that confirm or rule it out (#12; FACTS.md 5, the seeds). The
 * check IDs are the families' (CTL.*, ACL.*, WTR.*, NET.*).
 */

export interface TrustCause {
  meaning: string;
  cause: string;
  checks: readonly string[];
}

const TLS_CHECKS = ['CTL.DisallowedSync', 'ACL.AutoUpdate', 'NET.Chain', 'NET.Clock'];
const REVOCATION_CHECKS = ['CTL.DisallowedSync', 'ACL.AutoUpdate', 'CTL.Policy', 'NET.CtlCrl'];
const REACH_CHECKS = ['NET.Reach', 'NET.Proxy', 'NET.Dns'];

export const TRUST_CAUSES: ReadonlyMap<number, TrustCause> = new Map<number, TrustCause>([
  [
    0x80072f8f,
    {
      meaning: 'A certificate error ended the TLS connection (the chain, its revocation or its dates).',
      cause:
        'TLS failure: a stale disallowed CTL (revocation reported offline: seed 000), a TLS-inspecting proxy ' +
        're-signing the chain, or a clock far off. Run the CTL and network families.',
      checks: TLS_CHECKS,
    },
  ],
  [
    0x80092013,
    {
      meaning: 'The revocation server could not be reached, so revocation is unknown.',
      cause:
        'Revocation offline: the disallowed CTL is stale (crypt32 then distrusts its revocation answers: seed 000), or ' +
        'the CRL hosts cannot be fetched over HTTP.',
      checks: REVOCATION_CHECKS,
    },
  ],
  [
    0x80092012,
    {
      meaning: 'The revocation check could not be completed.',
      cause: 'Revocation not checked: the same causes as 0x80092013 (stale disallowed CTL, CRL hosts unreachable).',
      checks: REVOCATION_CHECKS,
    },
  ],
  [
    0x800b010e,
    {
      meaning: 'The revocation check of a signature could not continue.',
      cause:
        'A signature rejected because revocation is offline: the WinTrust Software Publishing State of the hive that ' +
        'ran the installer (seed 002), or revocation itself offline (stale CTL, CRL unreachable).',
      checks: ['WTR.State', 'LOG.SetupLogs', ...REVOCATION_CHECKS],
    },
  ],
  [
    0x800b010b,
    {
      meaning: 'Generic trust failure (a signature did not verify for a reason not given here).',
      cause:
        'Often the final code of a .NET/KB setup whose log shows 0x800B010E (seed 002): the WinTrust State or ' +
        'revocation. The setup log names the underlying code.',
      checks: ['WTR.State', 'LOG.SetupLogs', ...REVOCATION_CHECKS],
    },
  ],
  [
    0x80070643,
    {
      meaning: 'Windows Installer: a fatal error during installation (ERROR_INSTALL_FAILURE, 1603).',
      cause:
        'For .NET Framework updates, often a signature check that failed (0x800B010E in the KB setup log: seed 002); ' +
        'the setup log says which.',
      checks: ['LOG.SetupLogs', 'WTR.State'],
    },
  ],
  [
    0x8024402c,
    {
      meaning: 'The update service or the proxy name could not be resolved.',
      cause: 'Name resolution: DNS filtering or a proxy name that does not resolve (not TLS: seed 001 checked).',
      checks: ['NET.Dns', 'NET.Proxy'],
    },
  ],
  [
    0x80072ee7,
    {
      meaning: 'WinHTTP could not resolve the server or proxy name.',
      cause: 'Name resolution: DNS filtering, or a proxy name that does not resolve.',
      checks: ['NET.Dns', 'NET.Proxy'],
    },
  ],
  [
    0x80072ee2,
    {
      meaning: 'WinHTTP timed out waiting for the server.',
      cause: 'Timeout: a proxy or firewall dropping the connection, or a proxy that does not answer.',
      checks: REACH_CHECKS,
    },
  ],
  [
    0x8024401c,
    {
      meaning: 'The update service answered HTTP 408 (request timeout).',
      cause:
        'Timeout on the way to the update service: a proxy or firewall (an HTTP status mapping, not a certificate error).',
      checks: REACH_CHECKS,
    },
  ],
  [
    0x80072efd,
    {
      meaning: 'WinHTTP could not connect to the server.',
      cause: 'Blocked connection: a firewall, a proxy the machine cannot reach, or no route.',
      checks: REACH_CHECKS,
    },
  ],
  [
    0x80072efe,
    {
      meaning: 'The connection to the server was ended abnormally.',
      cause: 'Connection reset: a firewall or TLS-inspecting device cutting the connection.',
      checks: ['NET.Reach', 'NET.Chain', 'NET.Proxy'],
    },
  ],
  [
    0x80240438,
    {
      meaning: 'Windows Update: no route or no network connectivity to the endpoint.',
      cause: 'The update endpoint is unreachable: firewall, proxy or DNS.',
      checks: REACH_CHECKS,
    },
  ],
  [
    0x8024401b,
    {
      meaning: 'The proxy answered HTTP 407 (proxy authentication required).',
      cause: 'A proxy that wants credentials: Windows Update runs as SYSTEM and cannot answer it.',
      checks: ['NET.Reach', 'NET.Proxy'],
    },
  ],
  [
    0x80244018,
    {
      meaning: 'The update service or a proxy answered HTTP 403 (forbidden).',
      cause: 'A proxy or filter blocking the update names.',
      checks: ['NET.Reach', 'NET.Proxy', 'NET.CtlCrl'],
    },
  ],
  [
    0x80072f0d,
    {
      meaning: 'The server certificate was issued by an authority that is not trusted.',
      cause:
        'An untrusted issuer: TLS interception by a CA the machine does not trust, or the AuthRoot store not syncing.',
      checks: ['NET.Chain', 'CTL.TrustedRootSync', 'ACL.AuthRootKeys'],
    },
  ],
  [
    0x800b0109,
    {
      meaning: 'The chain ends at a root that is not trusted.',
      cause: 'An untrusted root: TLS interception, or AuthRoot keys CryptSvc cannot write (trusted-root CTL stale).',
      checks: ['NET.Chain', 'CTL.TrustedRootSync', 'ACL.AuthRootKeys'],
    },
  ],
  [
    0x80072f05,
    {
      meaning: 'The server certificate is expired or not yet valid by the clock of this machine.',
      cause: 'Clock skew, or an interception device presenting an out-of-date certificate.',
      checks: ['NET.Clock', 'NET.Chain'],
    },
  ],
  [
    0x80072f06,
    {
      meaning: 'The server certificate names another host.',
      cause: 'A device presenting its own certificate for the update name (interception or a captive portal).',
      checks: ['NET.Chain'],
    },
  ],
  [
    0x80072f19,
    {
      meaning: 'WinHTTP could not check the server certificate for revocation.',
      cause: 'Revocation offline: stale disallowed CTL or CRL hosts unreachable.',
      checks: REVOCATION_CHECKS,
    },
  ],
  [
    0x80072f7d,
    {
      meaning: 'An error in the secure channel (TLS) support.',
      cause: 'TLS handshake failure: interception, protocol or cipher mismatch.',
      checks: ['NET.Chain', 'NET.Reach'],
    },
  ],
  [
    0x80072f9c,
    {
      meaning: 'A certificate error on the TLS connection to the proxy.',
      cause: 'The proxy itself presents a certificate this machine rejects.',
      checks: ['NET.Proxy', 'NET.Chain'],
    },
  ],
]);
