/**
 * Any error code as an admin meets it - 0x80072F8F, -2147012721, 2147954575, "80072F8F", a Win32
 * number such as 12175 - decoded: the HRESULT's parts (FACTS.md 5.1), every name the value carries
 * (the update client's first), and for the codes tied to trust the cause and the checks to run.
 * A value the table does not know is still decoded, and says so.
 */
import { EngineError } from '../core/errors';
import { formatHex32Padded } from '../core/hex';
import { type CodeName, NAME_ORDER_NOTE, codeTable, meaningFromName } from './catalogue';
import { TRUST_CAUSES, type TrustCause } from './causes';

const FACILITIES: Readonly<Record<number, string>> = {
  0: 'NULL',
  1: 'RPC',
  2: 'DISPATCH',
  3: 'STORAGE',
  4: 'ITF',
  7: 'WIN32',
  8: 'WINDOWS',
  9: 'SECURITY (SSPI, crypt32)',
  10: 'CONTROL',
  11: 'CERT (certificates and trust)',
  12: 'INTERNET',
  25: 'HTTP',
  36: 'WINDOWSUPDATE',
};

export interface DecodedCode {
  input: string;
  /** How the input was read: "HRESULT (hex)", "HRESULT (signed decimal)", "Win32 code as HRESULT_FROM_WIN32", ... */
  parsedAs: string;
  hresult: string;
  unsigned: number;
  signed: number;
  severity: 'Success' | 'Error';
  /** The customer bit (29): set on codes not defined by Microsoft. */
  customer: boolean;
  facility: { number: number; name: string };
  code: number;
  /** The Win32 code inside a facility-7 HRESULT. */
  win32: number | null;
  known: boolean;
  names: CodeName[];
  /** Why the names are in this order, when there are several. */
  namesNote: string | null;
  trust: TrustCause | null;
  summary: string;
}

const HEX8 = /^(?:0x)?([0-9a-f]{8})$/i;
const HEX_PREFIXED = /^0x([0-9a-f]{1,8})$/i;
const DECIMAL = /^[+-]?\d{1,11}$/;

/** The 32-bit value an input stands for, and how it was read; null when it is not a code. */
export function parseCode(input: string | number): { value: number; parsedAs: string } | null {
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < -0x80000000 || input > 0xffffffff) return null;
    return readNumber(input, 'a number');
  }
  const text = input.trim().replace(/^\[|\]$/g, '');
  let m = HEX_PREFIXED.exec(text);
  if (m !== null) return { value: parseInt(m[1] as string, 16) >>> 0, parsedAs: 'HRESULT (hex)' };
  m = HEX8.exec(text);
  // Eight hex digits without 0x are hex: update logs print codes that way ([80072F8F]).
  if (m !== null)
    return { value: parseInt(m[1] as string, 16) >>> 0, parsedAs: 'HRESULT (8 hex digits, as logs print them)' };
  if (DECIMAL.test(text)) {
    const n = Number(text);
    if (n < -0x80000000 || n > 0xffffffff) return null;
    return readNumber(n, 'a decimal');
  }
  return null;
}

function readNumber(n: number, what: string): { value: number; parsedAs: string } {
  if (n < 0) return { value: n >>> 0, parsedAs: `HRESULT (${what}, signed)` };
  // A small positive number is a Win32 code (12175), taken as HRESULT_FROM_WIN32.
  if (n > 0 && n <= 0xffff) return { value: (0x80070000 | n) >>> 0, parsedAs: `Win32 code ${n} as HRESULT_FROM_WIN32` };
  return { value: n >>> 0, parsedAs: `HRESULT (${what}, unsigned)` };
}

export function decodeCode(input: string | number): DecodedCode {
  const parsed = parseCode(input);
  if (parsed === null) {
    throw new EngineError(
      'InvalidRequest',
      `${JSON.stringify(String(input)).substring(0, 60)} is not an error code; expected a value such as 0x80072F8F, ` +
        '80072F8F, -2147012721, 2147954575 or a Win32 code such as 12175.',
    );
  }
  const value = parsed.value;
  const signed = value | 0;
  const facilityNumber = (value >>> 16) & 0xfff;
  const code = value & 0xffff;
  const severity = value >>> 31 === 1 ? 'Error' : 'Success';
  const win32 = facilityNumber === 7 ? code : null;
  const found = [...(codeTable().get(value) ?? [])].sort(
    (a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const trust = TRUST_CAUSES.get(value) ?? null;
  const names: CodeName[] = found.map((n, i) => ({
    name: n.name,
    header: n.header,
    meaning: i === 0 && trust !== null ? trust.meaning : meaningFromName(n.name),
  }));
  const facility = { number: facilityNumber, name: FACILITIES[facilityNumber] ?? `facility ${facilityNumber}` };
  const hresult = formatHex32Padded(value);
  const summary =
    names.length > 0
      ? `${hresult} ${names.map((n) => n.name).join(' / ')}: ${names[0]?.meaning}`
      : `${hresult} is not in WuTrust's table: ${severity.toLowerCase()}, facility ${facilityNumber} (${facility.name}), ` +
        `code ${code}${win32 !== null ? ` (Win32 ${win32})` : ''}`;
  return {
    input: String(input),
    parsedAs: parsed.parsedAs,
    hresult,
    unsigned: value,
    signed,
    severity,
    customer: ((value >>> 29) & 1) === 1,
    facility,
    code,
    win32,
    known: names.length > 0,
    names,
    namesNote: names.length > 1 && names.some((n) => n.header === 'winhttp.h') ? NAME_ORDER_NOTE : null,
    trust,
    summary,
  };
}

const HEADER_ORDER: Record<string, number> = { 'wuerror.h': 0, 'winhttp.h': 1, 'winerror.h': 2, 'wininet.h': 3 };
function rank(n: { name: string; header: string }): number {
  return (HEADER_ORDER[n.header] ?? 9) * 2 + (n.name.startsWith('WININET_E_') ? 1 : 0);
}
