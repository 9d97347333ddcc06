const HEX_PATTERN = /^(?:[0-9a-fA-F]{2})*$/;

/** Parses a hex string (no separators) into bytes; null when it is not whole bytes of hex. */
export function hexToBytes(hex: string): number[] | null {
  if (!isHex(hex)) {
    return null;
  }
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) {
    bytes.push(parseInt(hex.substring(i, i + 2), 16));
  }
  return bytes;
}

/** True when a string is whole bytes of hex (no separators; empty is no bytes). */
export function isHex(hex: string): boolean {
  return HEX_PATTERN.test(hex);
}

const BYTE = /[0-9a-fA-F]{2}/g;

/**
 * The little-endian unsigned integer that whole bytes of hex spell ("C9000000" is 201n), as a
 * bigint: the bytes' order reversed and read at once (three native steps, where a loop over the
 * bytes made a BigInt per byte). The caller has checked the hex with isHex.
 */
export function readHexLE(hex: string): bigint {
  const bytes = hex.match(BYTE);
  return bytes === null ? 0n : BigInt('0x' + bytes.reverse().join(''));
}

/** A 32-bit value as 0x-prefixed upper-case hex without padding: 0xC9, 0x23C00. */
export function formatHex32(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase();
}

/** A 32-bit value as 0x-prefixed upper-case hex padded to 8 digits: 0x000F003F (access masks, HRESULTs). */
export function formatHex32Padded(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
