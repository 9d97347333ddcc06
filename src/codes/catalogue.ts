/**
 * The error-code catalogue (#12): every code of the generated table (src/codes/table.ts, from the
 * headers in tools/codes/SOURCES.md) with its names, and the decoding of any 32-bit value (FACTS.md
 * 5.1) whether the table knows it or not. Meanings are WuTrust's own words: hand-written for the
 * codes tied to trust (causes.ts), otherwise made from the symbolic name; no header text is copied.
 */
import { CODE_ROWS } from './table';

export interface CodeName {
  name: string;
  /** The header that defines it: wuerror.h, winerror.h, winhttp.h or wininet.h. */
  header: string;
  meaning: string;
}

let table: Map<number, { name: string; header: string }[]> | null = null;

/** The generated table, split on first use. */
export function codeTable(): Map<number, { name: string; header: string }[]> {
  if (table !== null) return table;
  const built = new Map<number, { name: string; header: string }[]>();
  for (const line of CODE_ROWS.split('\n')) {
    if (line === '') continue;
    const [hex, name, header] = line.split(' ') as [string, string, string];
    const value = parseInt(hex, 16) >>> 0;
    const list = built.get(value);
    if (list === undefined) built.set(value, [{ name, header }]);
    else list.push({ name, header });
  }
  table = built;
  return built;
}

export const NAME_ORDER_NOTE =
  'Windows Update talks to its servers through WinHTTP (PRIOR-ART F2), so the WinHTTP name is what an update ' +
  'log means and comes first; WinINet numbers its errors from the same base (12000), so the same value also ' +
  "carries a WinINet name, which Microsoft's own error-lookup tools and many support articles print.";

/** The subsystem a name's prefix stands for, in words. */
const PREFIXES: readonly [RegExp, string][] = [
  [/^WU_[ES]_PT_/, 'Windows Update, communication with the update service'],
  [/^WU_[ES]_AU_/, 'Windows Update, Automatic Updates'],
  [/^WU_[ES]_DM_/, 'Windows Update, download manager'],
  [/^WU_[ES]_UH_/, 'Windows Update, update handler'],
  [/^WU_[ES]_DS_/, 'Windows Update, data store'],
  [/^WU_[ES]_EE_/, 'Windows Update, applicability expressions'],
  [/^WU_[ES]_XML_/, 'Windows Update, update metadata XML'],
  [/^WU_[ES]_SLS_/, 'Windows Update, service locator'],
  [/^WU_[ES]_SETUP_/, 'Windows Update, agent setup'],
  [/^WU_[ES]_REPORTER_/, 'Windows Update, event reporting'],
  [/^WU_[ES]_DRV_/, 'Windows Update, driver updates'],
  [/^WU_[ES]_INVENTORY_/, 'Windows Update, inventory'],
  [/^WU_[ES]_SIH_/, 'Windows Update, service-initiated healing'],
  [/^WU_[ES]_MSI_/, 'Windows Update, Windows Installer'],
  [/^WU_[ES]_OH_/, 'Windows Update, operation handler'],
  [/^WU_[ES]_AUCLIENT_/, 'Windows Update, Automatic Updates client'],
  [/^WU_[ES]_/, 'Windows Update'],
  [/^ERROR_WINHTTP_/, 'WinHTTP'],
  [/^ERROR_INTERNET_/, 'WinINet'],
  [/^ERROR_HTTP_/, 'WinINet HTTP'],
  [/^WININET_E_/, 'WinINet (as an HRESULT)'],
  [/^CRYPT_E_/, 'cryptography'],
  [/^TRUST_E_/, 'trust verification'],
  [/^CERT_E_/, 'certificate'],
  [/^ERROR_/, 'Win32'],
];

const WORDS: Readonly<Record<string, string>> = {
  ID: 'ID',
  URL: 'URL',
  HTTP: 'HTTP',
  XML: 'XML',
  CTL: 'CTL',
  CRL: 'CRL',
  CA: 'CA',
  CN: 'CN',
  SOAP: 'SOAP',
  SOAPCLIENT: 'SOAP client',
  WINHTTP: 'WinHTTP',
  WSUS: 'WSUS',
  EULA: 'license terms',
  EULAS: 'license terms',
  INVALIDINDEX: 'invalid index',
  ITEMNOTFOUND: 'item not found',
  RANGEOVERLAP: 'range overlap',
  TOOMANYRANGES: 'too many ranges',
  OPERATIONINPROGRESS: 'operation in progress',
  COULDNOTCANCEL: 'could not cancel',
  NOOP: 'no operation',
  SERVICEUNAVAIL: 'service unavailable',
  REQ: 'required',
};

/** A name's meaning in words, made from its parts: "WinHTTP: secure failure". */
export function meaningFromName(name: string): string {
  for (const [prefix, words] of PREFIXES) {
    if (!prefix.test(name)) continue;
    const rest = name.replace(prefix, '');
    const text = rest
      .split('_')
      .filter((p) => p !== '')
      .map((p) => WORDS[p] ?? p.toLowerCase())
      .join(' ');
    return `${words}: ${text}`;
  }
  return name;
}
