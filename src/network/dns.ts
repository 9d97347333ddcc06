/**
 * DNS verdicts per name and resolver: a sinkhole answer (0.0.0.0, ::, 127.0.0.0/8, ::1 or a known
 * block-page address), NXDOMAIN, REFUSED and the like, and resolvers that disagree. Addresses that
 * merely differ between resolvers are not a finding: the update names are served by CDNs that
 * answer by location.
 */
import type { DnsAnswerFact } from './section';

export type DnsVerdict =
  'Resolved' | 'Sinkhole' | 'NxDomain' | 'Refused' | 'ServFail' | 'NoAddress' | 'Timeout' | 'Error';

export interface DnsJudgement {
  name: string;
  server: string;
  verdict: DnsVerdict;
  addresses: string[];
  /** The sinkhole addresses among them. */
  sinkholes: string[];
  /** Per record type: "A NOERROR 1.2.3.4", "AAAA NXDOMAIN". */
  answers: string[];
}

/** Whether an address is what a DNS filter answers instead of the real one. */
export function isSinkhole(address: string, blockPage: readonly string[]): boolean {
  const a = address.trim().toLowerCase();
  if (a === '0.0.0.0' || a === '::' || a === '::1' || a === '0:0:0:0:0:0:0:0' || a === '0:0:0:0:0:0:0:1') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a)) return true;
  if (/^::ffff:(?:0\.0\.0\.0|127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.test(a)) return true;
  return blockPage.some((b) => b.trim().toLowerCase() === a);
}

const RCODE_RANK: Record<string, DnsVerdict> = {
  NXDOMAIN: 'NxDomain',
  REFUSED: 'Refused',
  SERVFAIL: 'ServFail',
  Timeout: 'Timeout',
  FORMERR: 'Error',
  NOTIMP: 'Error',
  Error: 'Error',
};
const ORDER: readonly DnsVerdict[] = ['NxDomain', 'Refused', 'ServFail', 'Timeout', 'Error', 'NoAddress'];

/** One verdict per (name, server) over its record types. */
export function judgeDns(answers: readonly DnsAnswerFact[], blockPage: readonly string[]): DnsJudgement[] {
  const groups = new Map<string, DnsAnswerFact[]>();
  for (const a of answers) {
    const key = `${a.name.toLowerCase()}\u0000${a.server}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [a]);
    else list.push(a);
  }
  const out: DnsJudgement[] = [];
  for (const list of groups.values()) {
    const first = list[0] as DnsAnswerFact;
    const addresses = list.flatMap((a) =>
      a.rcode === 'NOERROR' ? (a.answers ?? []).filter((x) => x.type !== 'CNAME').map((x) => x.data) : [],
    );
    const sinkholes = addresses.filter((a) => isSinkhole(a, blockPage));
    const text = list.map((a) => {
      const data = (a.answers ?? []).map((x) => (x.type === a.type ? x.data : `${x.type} ${x.data}`));
      return `${a.type} ${a.rcode}${data.length > 0 ? ' ' + data.join(', ') : ''}`;
    });
    let verdict: DnsVerdict;
    if (sinkholes.length > 0) verdict = 'Sinkhole';
    else if (addresses.length > 0) verdict = 'Resolved';
    else {
      const seen = list.map((a) => (a.rcode === 'NOERROR' ? 'NoAddress' : (RCODE_RANK[a.rcode] ?? 'Error')));
      verdict = ORDER.find((v) => seen.includes(v)) ?? 'Error';
    }
    out.push({ name: first.name.toLowerCase(), server: first.server, verdict, addresses, sinkholes, answers: text });
  }
  return out;
}
