import { type Table, lookup, table } from '../core/table';
import { sha1 } from './sha1';

/**
 * SDDL SID aliases that stand for a fixed SID (MicrosoftDocs win32 sid-strings.md; FACTS.md 3.3).
 * Domain-relative aliases (DA, DU, EA, ...) have no fixed SID and stay aliases.
 */
export const SID_ALIASES: Table<string> = table({
  AN: 'S-1-5-7', // ANONYMOUS LOGON
  AO: 'S-1-5-32-548', // Account Operators
  AU: 'S-1-5-11', // Authenticated Users
  BA: 'S-1-5-32-544', // BUILTIN\Administrators
  BG: 'S-1-5-32-546', // BUILTIN\Guests
  BO: 'S-1-5-32-551', // Backup Operators
  BU: 'S-1-5-32-545', // BUILTIN\Users
  CD: 'S-1-5-32-574', // Certificate Service DCOM Access
  CG: 'S-1-3-1', // CREATOR GROUP
  CO: 'S-1-3-0', // CREATOR OWNER
  CY: 'S-1-5-32-569', // Cryptographic Operators
  ED: 'S-1-5-9', // Enterprise Domain Controllers
  ER: 'S-1-5-32-573', // Event Log Readers
  HI: 'S-1-16-12288', // High integrity
  IS: 'S-1-5-32-568', // IIS_IUSRS
  IU: 'S-1-5-4', // INTERACTIVE
  LS: 'S-1-5-19', // LocalService
  LU: 'S-1-5-32-559', // Performance Log Users
  LW: 'S-1-16-4096', // Low integrity
  ME: 'S-1-16-8192', // Medium integrity
  MP: 'S-1-16-8448', // Medium Plus integrity
  MU: 'S-1-5-32-558', // Performance Monitor Users
  NO: 'S-1-5-32-556', // Network Configuration Operators
  NS: 'S-1-5-20', // NetworkService
  NU: 'S-1-5-2', // NETWORK
  OW: 'S-1-3-4', // OWNER RIGHTS
  PO: 'S-1-5-32-550', // Print Operators
  PS: 'S-1-5-10', // PRINCIPAL SELF
  PU: 'S-1-5-32-547', // Power Users
  RA: 'S-1-5-32-575', // RDS Remote Access Servers
  AA: 'S-1-5-32-579', // Access Control Assistance Operators
  HA: 'S-1-5-32-578', // Hyper-V Administrators
  RC: 'S-1-5-12', // RESTRICTED
  RD: 'S-1-5-32-555', // Remote Desktop Users
  RE: 'S-1-5-32-552', // Replicator
  RM: 'S-1-5-32-580', // Remote Management Users
  RU: 'S-1-5-32-554', // Pre-Windows 2000 Compatible Access
  SI: 'S-1-16-16384', // System integrity
  SO: 'S-1-5-32-549', // Server Operators
  SS: 'S-1-18-2', // Service asserted identity
  SU: 'S-1-5-6', // SERVICE
  SY: 'S-1-5-18', // LocalSystem
  WD: 'S-1-1-0', // Everyone
  WR: 'S-1-5-33', // WRITE RESTRICTED
  AC: 'S-1-15-2-1', // ALL APPLICATION PACKAGES
});

/** Aliases that name a SID relative to a domain; kept as aliases (no fixed value). */
export const DOMAIN_SID_ALIASES: ReadonlySet<string> = new Set([
  'CA',
  'CN',
  'DA',
  'DC',
  'DD',
  'DG',
  'DU',
  'EA',
  'EK',
  'KA',
  'LA',
  'LG',
  'PA',
  'RO',
  'RS',
  'SA',
  'AP',
]);

/** The alias SDDL prints for a literal SID, where one exists. */
const LITERAL_TO_ALIAS: Table<string> = table(
  Object.fromEntries(Object.entries(SID_ALIASES).map(([alias, sid]) => [sid, alias])),
);

const LITERAL_SID = /^S-1-(\d+)((?:-\d+)*)$/i;

/** A SID in canonical literal form, or a domain-relative alias; null when it is neither. */
export function normalizeSid(text: string): string | null {
  const alias = lookup(SID_ALIASES, text);
  if (alias !== undefined) return alias;
  if (DOMAIN_SID_ALIASES.has(text)) return text;
  const m = LITERAL_SID.exec(text);
  if (m === null) return null;
  const parts = text.substring(2).split('-').slice(1);
  // Identifier authority up to 2^48, sub-authorities 32-bit, at most 15 of them.
  if (parts.length < 1 || parts.length > 16) return null;
  const [authority, ...subs] = parts as [string, ...string[]];
  if (Number(authority) > 281474976710655) return null;
  for (const s of subs) {
    if (Number(s) > 4294967295) return null;
  }
  return 'S-1-' + [authority, ...subs].map((p) => String(Number(p))).join('-');
}

/** SID as SDDL prints it: the alias where one exists, else the literal. */
export function formatSid(sid: string): string {
  return lookup(LITERAL_TO_ALIAS, sid) ?? sid;
}

/**
 * The service SID of a service (S-1-5-80-...), as the SCM derives it: SHA-1 of the upper-cased
 * name in UTF-16LE, the 20-byte digest read as five little-endian UInt32s (FACTS.md 3.2).
 */
export function serviceSid(serviceName: string): string {
  const upper = serviceName.toUpperCase();
  const bytes: number[] = [];
  for (let i = 0; i < upper.length; i++) {
    const code = upper.charCodeAt(i);
    bytes.push(code & 255, code >>> 8);
  }
  const digest = sha1(bytes);
  const subs: number[] = [];
  for (let i = 0; i < 20; i += 4) {
    subs.push(
      ((digest[i] as number) |
        ((digest[i + 1] as number) << 8) |
        ((digest[i + 2] as number) << 16) |
        ((digest[i + 3] as number) << 24)) >>>
        0,
    );
  }
  return 'S-1-5-80-' + subs.join('-');
}
