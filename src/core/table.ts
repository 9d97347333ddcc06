/**
 * Lookup tables without a prototype. A key that comes from a snapshot or a request ("toString",
 * "__proto__", "constructor") must never find something the table did not define.
 */
export type Table<T> = Readonly<Record<string, T>>;

/** A frozen copy of `entries` whose prototype is null. */
export function table<T>(entries: Record<string, T>): Table<T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(entries)) out[key] = entries[key] as T;
  return Object.freeze(out);
}

/** The table's own value for `key`, or undefined. */
export function lookup<T>(entries: Table<T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : undefined;
}
