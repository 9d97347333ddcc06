/**
 * CERT_TRUST_* status bits (FACTS.md 5.5, from wincrypt.h): a chain's dwErrorStatus and
 * dwInfoStatus in names. Seed 000's 0x1000040 is REVOCATION_STATUS_UNKNOWN | IS_OFFLINE_REVOCATION.
 */
import { formatHex32Padded } from '../core/hex';

const ERROR_BITS: readonly [number, string, string][] = [
  [0x1, 'IS_NOT_TIME_VALID', 'a certificate is expired or not yet valid'],
  [0x2, 'IS_NOT_TIME_NESTED', 'validity periods are not nested'],
  [0x4, 'IS_REVOKED', 'a certificate is revoked'],
  [0x8, 'IS_NOT_SIGNATURE_VALID', 'a signature does not verify'],
  [0x10, 'IS_NOT_VALID_FOR_USAGE', 'a certificate is not valid for this use'],
  [0x20, 'IS_UNTRUSTED_ROOT', 'the root is not trusted'],
  [0x40, 'REVOCATION_STATUS_UNKNOWN', 'revocation could not be determined'],
  [0x80, 'IS_CYCLIC', 'the chain is cyclic'],
  [0x100, 'INVALID_EXTENSION', 'an extension is invalid'],
  [0x200, 'INVALID_POLICY_CONSTRAINTS', 'policy constraints are invalid'],
  [0x400, 'INVALID_BASIC_CONSTRAINTS', 'basic constraints are invalid'],
  [0x800, 'INVALID_NAME_CONSTRAINTS', 'name constraints are invalid'],
  [0x1000, 'HAS_NOT_SUPPORTED_NAME_CONSTRAINT', 'a name constraint is not supported'],
  [0x2000, 'HAS_NOT_DEFINED_NAME_CONSTRAINT', 'a name constraint is not defined'],
  [0x4000, 'HAS_NOT_PERMITTED_NAME_CONSTRAINT', 'a name is not permitted'],
  [0x8000, 'HAS_EXCLUDED_NAME_CONSTRAINT', 'a name is excluded'],
  [0x10000, 'IS_PARTIAL_CHAIN', 'the chain could not be built to a root'],
  [0x20000, 'CTL_IS_NOT_TIME_VALID', 'a CTL is outside its validity'],
  [0x40000, 'CTL_IS_NOT_SIGNATURE_VALID', "a CTL's signature does not verify"],
  [0x80000, 'CTL_IS_NOT_VALID_FOR_USAGE', 'a CTL is not valid for this use'],
  [0x100000, 'HAS_WEAK_SIGNATURE', 'a signature uses a weak algorithm'],
  [0x1000000, 'IS_OFFLINE_REVOCATION', 'revocation is offline (the server or a usable CTL was not reached)'],
  [0x2000000, 'NO_ISSUANCE_CHAIN_POLICY', 'no issuance chain policy'],
  [0x4000000, 'IS_EXPLICIT_DISTRUST', 'a certificate is explicitly distrusted'],
  [0x8000000, 'HAS_NOT_SUPPORTED_CRITICAL_EXT', 'a critical extension is not supported'],
];

const INFO_BITS: readonly [number, string, string][] = [
  [0x1, 'HAS_EXACT_MATCH_ISSUER', 'issuer found by exact match'],
  [0x2, 'HAS_KEY_MATCH_ISSUER', 'issuer found by key match'],
  [0x4, 'HAS_NAME_MATCH_ISSUER', 'issuer found by name match'],
  [0x8, 'IS_SELF_SIGNED', 'self-signed'],
  [0x100, 'HAS_PREFERRED_ISSUER', 'has a preferred issuer'],
  [0x10000, 'IS_COMPLEX_CHAIN', 'complex chain'],
];

export interface CertTrustBits {
  hex: string;
  flags: { bit: string; name: string; meaning: string }[];
  /** Bits set that wincrypt.h does not name. */
  unknownBits: string[];
}

function decodeBits(value: number, table: readonly [number, string, string][], prefix: string): CertTrustBits {
  const flags = table
    .filter(([bit]) => (value & bit) !== 0)
    .map(([bit, name, meaning]) => ({ bit: formatHex32Padded(bit), name: `${prefix}${name}`, meaning }));
  const known = table.reduce((m, [bit]) => m | bit, 0);
  const unknownBits: string[] = [];
  for (let i = 0; i < 32; i++) {
    const bit = (1 << i) >>> 0;
    if ((value & bit) !== 0 && (known & bit) === 0) unknownBits.push(formatHex32Padded(bit));
  }
  return { hex: formatHex32Padded(value), flags, unknownBits };
}

export function decodeCertTrustStatus(error: number, info: number | null) {
  const errors = decodeBits(error >>> 0, ERROR_BITS, 'CERT_TRUST_');
  const infos = info === null ? null : decodeBits(info >>> 0, INFO_BITS, 'CERT_TRUST_');
  const offline = (error & 0x1000040) === 0x1000040;
  return {
    error: errors,
    info: infos,
    summary:
      errors.flags.length === 0
        ? 'no error bits: the chain is trusted'
        : errors.flags.map((f) => f.name).join(' | ') +
          (offline
            ? ': revocation offline - on Windows Update chains the mark of a stale disallowed CTL (seed 000) or ' +
              'unreachable CRL hosts'
            : ''),
  };
}
