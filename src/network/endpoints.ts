/**
 * The network family's reference data: the endpoints it probes (PRIOR-ART.md 6, FACTS.md 7.1),
 * the genuine Microsoft certificates (FACTS.md 7.1), the interception products by issuer
 * (FACTS.md 7.2) and the addresses DNS filters answer with. All of it is engine data that a
 * request may override (an internal PKI, a WSUS server, a filter's block page).
 */

export interface Endpoint {
  name: string;
  port: number;
  scheme: 'https' | 'http';
  /** The path a plain-HTTP probe asks for (HEAD). */
  path: string;
  /** What the endpoint is for, in the admin's words. */
  purpose: string;
  /** Ctl and Crl endpoints feed the revocation and CTL checks; Update ones the update client. */
  role: 'Update' | 'Ctl' | 'Crl';
}

const update = (name: string, purpose: string): Endpoint => ({
  name,
  port: 443,
  scheme: 'https',
  path: '/',
  purpose,
  role: 'Update',
});

/**
 * The default endpoints: the metadata services Microsoft certificate-pins (PRIOR-ART.md F2), RSA
 * and ECC ("cr") front ends both (FACTS.md 7.1), and the plain-HTTP CTL and CRL hosts crypt32
 * fetches from (FACTS.md 2.4, PRIOR-ART.md 6.2).
 */
export const DEFAULT_ENDPOINTS: readonly Endpoint[] = [
  update('fe3.delivery.mp.microsoft.com', 'Windows Update service (RSA chain)'),
  update('fe3cr.delivery.mp.microsoft.com', 'Windows Update service (ECC chain)'),
  update('sls.update.microsoft.com', 'Windows Update service locator (RSA chain)'),
  update('slscr.update.microsoft.com', 'Windows Update service locator (ECC chain)'),
  update('fe2.update.microsoft.com', 'Windows/Microsoft Update service (RSA chain)'),
  update('fe2cr.update.microsoft.com', 'Windows/Microsoft Update service (ECC chain)'),
  update('tsfe.trafficshaping.dsp.mp.microsoft.com', 'content regulation'),
  update('definitionupdates.microsoft.com', 'Defender definitions'),
  {
    name: 'ctldl.windowsupdate.com',
    port: 80,
    scheme: 'http',
    path: '/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab',
    purpose: 'the disallowed-certificate and root CTLs crypt32 syncs',
    role: 'Ctl',
  },
  {
    name: 'crl.microsoft.com',
    port: 80,
    scheme: 'http',
    path: '/pki/crl/products/MicRooCerAut2011_2011_03_22.crl',
    purpose: 'CRLs of the Microsoft roots',
    role: 'Crl',
  },
  {
    name: 'www.microsoft.com',
    port: 80,
    scheme: 'http',
    path: '/pkiops/crl/',
    purpose: 'Microsoft PKI CRLs and AIA certificates (intermediates fetched when a server sends only its leaf)',
    role: 'Crl',
  },
];

export interface GenuineCertificate {
  thumbprint: string;
  name: string;
  /** Subject Key Identifier, hex, where known: a leaf naming it as its authority key is Microsoft-issued. */
  ski?: string;
}

/**
 * FACTS.md 7.1: Microsoft's roots and the RSA update intermediate (SHA-1 thumbprints). A chain
 * presented for an update endpoint is genuine when it leads from the leaf to one of these. The
 * ECC update intermediate's thumbprint was not found (UNVERIFIED); its root is in the list.
 */
export const GENUINE_CERTIFICATES: readonly GenuineCertificate[] = [
  { thumbprint: '8F43288AD272F3103B6FB1428485EA3014C0BCFE', name: 'Microsoft Root Certificate Authority 2011' },
  { thumbprint: '3B1EFD3A66EA28B16697394703A72CA340A05BD5', name: 'Microsoft Root Certificate Authority 2010' },
  {
    thumbprint: '06F1AA330B927B753A40E68CDF22E34BCBEF3352',
    name: 'Microsoft ECC Product Root Certificate Authority 2018',
  },
  { thumbprint: '73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74', name: 'Microsoft RSA Root Certificate Authority 2017' },
  { thumbprint: '999A64C37FF47D9FAB95F14769891460EEC4C3C5', name: 'Microsoft ECC Root Certificate Authority 2017' },
  { thumbprint: 'DF3C24F9BFD666761B268073FE06D1CC8D4F82A4', name: 'DigiCert Global Root G2' },
  { thumbprint: 'A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436', name: 'DigiCert Global Root CA' },
  { thumbprint: 'D4DE20D05E66FC53FE1A50882C78DB2852CAE474', name: 'Baltimore CyberTrust Root' },
  { thumbprint: '7EED6032C9F56387EC734CBBF32BFC14DB6DE0A2', name: 'Microsoft Update Secure Server CA 2.1' },
];

/** The issuing CAs a genuine update leaf names (FACTS.md 7.1): a leaf-only chain naming one is incomplete, not forged. */
export const GENUINE_ISSUER_NAMES: readonly string[] = [
  'Microsoft Update Secure Server CA 2.1',
  'Microsoft ECC Update Secure Server CA 2.1',
  'Microsoft Azure RSA TLS Issuing CA',
  'Microsoft Azure ECC TLS Issuing CA',
  'DigiCert',
];

export interface InterceptionProduct {
  product: string;
  /** Case-insensitive substrings of an issuer's CN or O (FACTS.md 7.2). */
  patterns: readonly string[];
  /** How sure FACTS.md 7.2 is of the name: Strong (vendor code, many reports) or Weak (one list). */
  evidence: 'Strong' | 'Weak';
}

export const INTERCEPTION_PRODUCTS: readonly InterceptionProduct[] = [
  { product: 'Zscaler', patterns: ['zscaler'], evidence: 'Strong' },
  { product: 'Palo Alto Networks (PAN-OS decryption)', patterns: ['palo alto networks'], evidence: 'Weak' },
  { product: 'Fortinet FortiGate', patterns: ['fortigate', 'fortinet'], evidence: 'Strong' },
  { product: 'Netskope', patterns: ['netskope', 'goskope'], evidence: 'Strong' },
  { product: 'Cisco Umbrella', patterns: ['cisco umbrella'], evidence: 'Strong' },
  {
    product: 'Blue Coat / Symantec ProxySG',
    patterns: ['blue coat', 'bluecoat', 'proxysg', 'symantec ssl visibility'],
    evidence: 'Weak',
  },
  { product: 'Forcepoint / Websense', patterns: ['forcepoint', 'websense'], evidence: 'Weak' },
  { product: 'Sophos', patterns: ['sophos'], evidence: 'Weak' },
  { product: 'Check Point', patterns: ['check point', 'checkpoint'], evidence: 'Weak' },
  { product: 'Kaspersky', patterns: ['kaspersky'], evidence: 'Strong' },
  { product: 'ESET', patterns: ['eset ssl filter', 'eset, spol'], evidence: 'Strong' },
  { product: 'Avast', patterns: ['avast'], evidence: 'Strong' },
  { product: 'AVG', patterns: ['avg web/mail shield', 'avg technologies'], evidence: 'Weak' },
  { product: 'Bitdefender', patterns: ['bitdefender'], evidence: 'Strong' },
  { product: 'Norton', patterns: ['norton web/mail shield'], evidence: 'Weak' },
  { product: 'AdGuard', patterns: ['adguard'], evidence: 'Weak' },
  { product: 'mitmproxy', patterns: ['mitmproxy'], evidence: 'Strong' },
  { product: 'Fiddler', patterns: ['fiddlerroot', 'do_not_trust'], evidence: 'Strong' },
  { product: 'Charles', patterns: ['charles proxy', 'xk72'], evidence: 'Weak' },
  { product: 'Burp Suite', patterns: ['portswigger'], evidence: 'Weak' },
  { product: 'HTTP Toolkit', patterns: ['http toolkit'], evidence: 'Weak' },
];

/**
 * Addresses DNS filters answer with besides 0.0.0.0, :: and 127.0.0.0/8. FACTS.md has no list of
 * block-page addresses; these are Cisco Umbrella's block-page addresses as commonly reported
 * (UNVERIFIED, and far from complete). A request adds an organisation's own filter's addresses.
 */
export const BLOCK_PAGE_ADDRESSES: readonly string[] = ['146.112.61.104', '146.112.61.105', '::ffff:146.112.61.104'];

/**
 * Clock skew past which a finding is raised: 300 s, the default "Maximum tolerance for computer
 * clock synchronization" of Windows' Kerberos policy (learn.microsoft.com, Windows security policy
 * settings): a domain member that far off already fails authentication; the TLS effect is larger
 * skew making a valid certificate look not yet valid or expired.
 */
export const DEFAULT_SKEW_SECONDS = 300;
