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

/** Upper-case hex, no separators: the form evidence carries. */
export function bytesToHex(bytes: readonly number[]): string {
  let out = '';
  for (const b of bytes) {
    out += (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  }
  return out;
}

/** Little-endian unsigned integer of the given bytes, as a bigint. */
export function readUIntLE(bytes: readonly number[]): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) {
    value = (value << 8n) | BigInt(bytes[i] as number);
  }
  return value;
}
