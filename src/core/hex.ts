const HEX_PATTERN = /^(?:[0-9a-fA-F]{2})*$/;

/** Parses a hex string (no separators) into bytes; null when it is not whole bytes of hex. */
export function hexToBytes(hex: string): number[] | null {
  if (!HEX_PATTERN.test(hex)) {
    return null;
  }
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) {
    bytes.push(parseInt(hex.substring(i, i + 2), 16));
  }
  return bytes;
}

/** Little-endian unsigned integer of the given bytes, as a bigint. */
export function readUIntLE(bytes: readonly number[]): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) {
    value = (value << 8n) | BigInt(bytes[i] as number);
  }
  return value;
}

/** A 32-bit value as 0x-prefixed upper-case hex without padding: 0xC9, 0x23C00. */
export function formatHex32(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase();
}

/** A 32-bit value as 0x-prefixed upper-case hex padded to 8 digits: 0x000F003F (access masks, HRESULTs). */
export function formatHex32Padded(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
