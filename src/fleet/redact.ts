/**
 * -Redact (#13): a snapshot (or a fleet report's machine records) with the names that identify a
 * person or a machine hashed, the same input always giving the same token, so reports from the
 * same fleet still join: the computer name, the collecting account, user SIDs (the domain part;
 * the RID stays, so 500 still reads as the built-in Administrator) and user profile folders.
 * Registry data kept as hex is not rewritten (it holds proxy and CTL settings, not people).
 */
import { sha256Hex } from './sha256';

/** The first 8 hex digits of SHA-256 over key + value (upper-case). */
function token(key: string, value: string): string {
  return sha256Hex(`${key}\u0000${value.toLowerCase()}`).substring(0, 8).toUpperCase();
}

/** S-1-5-21-<three sub-authorities> (the domain or machine), then an optional RID. */
const USER_SID = /S-1-5-21-(\d{1,10})-(\d{1,10})-(\d{1,10})(?=-\d|\b)/g;
/** <drive>:\Users\<name> and \Documents and Settings\<name> (not Public, Default or All Users). */
const PROFILE = /([A-Za-z]:\\(?:Users|Documents and Settings)\\)([^\\/"]+)/g;
const SHARED_PROFILES = new Set(['public', 'default', 'default user', 'all users']);
const WELL_KNOWN_DOMAINS = new Set([
  'NT AUTHORITY',
  'BUILTIN',
  'NT SERVICE',
  'WORKGROUP',
  'WINDOW MANAGER',
  'FONT DRIVER HOST',
]);

export interface Redactor {
  text(value: string): string;
  computer(name: string): string;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A redactor for one machine: its computer name and the collecting account's name are replaced
 * wherever they stand as words (PC-<hash>, user-<hash>: the account's token is the one its
 * profile folder gets).
 */
export function redactorFor(
  key: string,
  computerName: string | null,
  account: string | null,
  domain: string | null = null,
): Redactor {
  const computer = (name: string) => `PC-${token(key, name)}`;
  const replacements = new Map<string, string>();
  // The account's domain: a local account's is a computer name (the same token as that computer
  // would get), a domain's identifies the organisation; Windows' own authorities stay.
  if (domain !== null && domain.length >= 2 && !WELL_KNOWN_DOMAINS.has(domain.toUpperCase())) {
    replacements.set(domain.toLowerCase(), `DOMAIN-${token(key, domain)}`);
  }
  if (account !== null && account.length >= 2) replacements.set(account.toLowerCase(), `user-${token(key, account)}`);
  if (computerName !== null && computerName.length >= 2)
    replacements.set(computerName.toLowerCase(), computer(computerName));
  const exact =
    replacements.size === 0
      ? null
      : new RegExp(`\\b(?:${[...replacements.keys()].map(escapeRegex).join('|')})\\b`, 'gi');
  const text = (value: string): string => {
    let out = value.replace(USER_SID, (_m, a: string, b: string, c: string) => {
      const h = sha256Hex(`${key}\u0000${a}-${b}-${c}`);
      const part = (i: number) => (parseInt(h.substring(i * 8, i * 8 + 8), 16) >>> 0).toString();
      return `S-1-5-21-${part(0)}-${part(1)}-${part(2)}`;
    });
    out = out.replace(PROFILE, (m, root: string, name: string) =>
      SHARED_PROFILES.has(name.toLowerCase()) ? m : `${root}user-${token(key, name)}`,
    );
    if (exact !== null) out = out.replace(exact, (m) => replacements.get(m.toLowerCase()) ?? m);
    return out;
  };
  return { text, computer };
}

/** Every string in a JSON value passed through the redactor (keys stay: they are WuTrust's). */
export function redactValue(value: unknown, r: Redactor): unknown {
  if (typeof value === 'string') return r.text(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, r));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(value)) out[k] = redactValue((value as Record<string, unknown>)[k], r);
    return out;
  }
  return value;
}

/** The account and domain parts of DOMAIN\user or user@domain. */
function accountOf(name: string | null | undefined): { account: string | null; domain: string | null } {
  if (typeof name !== 'string') return { account: null, domain: null };
  const back = name.lastIndexOf('\\');
  const at = name.indexOf('@');
  if (back >= 0) return { account: name.substring(back + 1), domain: name.substring(0, back) };
  if (at > 0) return { account: name.substring(0, at), domain: name.substring(at + 1) };
  return { account: name, domain: null };
}

/** A snapshot with its identifying names hashed (machine.computerName becomes PC-<hash>). */
export function redactSnapshot(snapshot: Record<string, unknown>, key: string): Record<string, unknown> {
  const machine = (snapshot['machine'] ?? null) as Record<string, unknown> | null;
  const computerName = typeof machine?.['computerName'] === 'string' ? (machine['computerName'] as string) : null;
  const by = (machine?.['collectedBy'] ?? null) as Record<string, unknown> | null;
  const { account, domain } = accountOf(typeof by?.['name'] === 'string' ? (by['name'] as string) : null);
  const r = redactorFor(
    key,
    computerName,
    account,
    domain !== null && computerName !== null && domain.toLowerCase() === computerName.toLowerCase() ? null : domain,
  );
  const out = redactValue(snapshot, r) as Record<string, unknown>;
  const outMachine = out['machine'] as Record<string, unknown> | undefined;
  if (outMachine !== undefined && outMachine !== null && computerName !== null) {
    outMachine['computerName'] = r.computer(computerName);
  }
  return out;
}
