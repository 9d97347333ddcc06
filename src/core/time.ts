/**
 * Time in the engine is FILETIME ticks (100 ns since 1601-01-01 UTC) held as bigint, so that a
 * registry FILETIME and the snapshot's collection time compare exactly. The engine never reads the
 * clock: "now" is always the snapshot's collectedAt.
 */
import { remember } from './remember';

export const TICKS_PER_SECOND = 10_000_000n;
const TICKS_PER_MS = 10_000n;
/** Seconds between 1601-01-01 and 1970-01-01 (Win32 FILETIME epoch). */
const UNIX_EPOCH_SECONDS = 11_644_473_600;
/** FILETIME ticks between 1601-01-01 and 1970-01-01: 116,444,736,000,000,000. */
export const UNIX_EPOCH_TICKS = BigInt(UNIX_EPOCH_SECONDS) * TICKS_PER_SECOND;
/** FILETIME is a signed 64-bit quantity for the time APIs; values at or above 2^63 are not times. */
export const MAX_FILETIME_TICKS = (1n << 63n) - 1n;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/;
/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses an ISO-8601 timestamp with an explicit zone (Z or +hh:mm) into FILETIME ticks; null if
 * invalid. The ticks are made once, from the seconds since 1601 and the seven fraction digits side
 * by side (one BigInt from text, where multiplying and adding BigInts cost a fifth of a snapshot's
 * time-keeping in Node); the day is checked against the month without building a Date.
 */
function readIsoTicks(text: string): bigint | null {
  const m = ISO_PATTERN.exec(text);
  if (m === null) {
    return null;
  }
  // Each field by itself: array destructuring walks an iterator, which costs under Jint.
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  // Date.UTC reads the years 0-99 as 1900-1999, so they were never accepted; nor are they now.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (year < 100 || day > (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number))) {
    return null; // e.g. 2023-02-30
  }
  const zone = m[8] as string;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(zone.substring(1, 3)) * 60 + Number(zone.substring(4, 6)));
  }
  const seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offsetMinutes * 60 + UNIX_EPOCH_SECONDS;
  if (seconds < 0) {
    return null;
  }
  return BigInt(`${seconds}${((m[7] ?? '') + '0000000').substring(0, 7)}`);
}

/**
 * parseIsoToTicks with its answers kept (bigints and null, which no caller can change), up to 4,096
 * texts: a snapshot's collection time is read by several families and its probes' times repeat
 * (20 readings of 7 texts in a bench fleet snapshot), and certificates' validity times repeat across a
 * fleet.
 */
export const parseIsoToTicks: (text: string) => bigint | null = remember(readIsoTicks, 4096);

/** FILETIME ticks as `YYYY-MM-DDTHH:MM:SS.fffffffZ` (7 fractional digits, as Windows logs print them). */
export function formatTicks(ticks: bigint): string {
  const fraction = ticks % TICKS_PER_SECOND;
  const ms = Number((ticks - fraction - UNIX_EPOCH_TICKS) / TICKS_PER_MS);
  const whole = new Date(ms).toISOString(); // ...SS.000Z
  return whole.substring(0, whole.length - 5) + '.' + fraction.toString().padStart(7, '0') + 'Z';
}

/** A duration in ticks in plain words: "45 s", "23 h 59 min", "30 h", "7 d 5 h" (days from 48 h on). */
export function describeDuration(ticks: bigint): string {
  const negative = ticks < 0n;
  let seconds = (negative ? -ticks : ticks) / TICKS_PER_SECOND;
  const days = seconds >= 172800n ? seconds / 86400n : 0n;
  seconds -= days * 86400n;
  const hours = seconds / 3600n;
  seconds -= hours * 3600n;
  const minutes = seconds / 60n;
  seconds -= minutes * 60n;
  const parts: string[] = [];
  if (days > 0n) parts.push(`${days} d`);
  if (hours > 0n) parts.push(`${hours} h`);
  if (minutes > 0n && days === 0n) parts.push(`${minutes} min`);
  if (parts.length === 0) parts.push(`${seconds} s`);
  return (negative ? '-' : '') + parts.join(' ');
}

/** Seconds as a duration in plain words. */
export function describeSeconds(seconds: number): string {
  return describeDuration(BigInt(seconds) * TICKS_PER_SECOND);
}
