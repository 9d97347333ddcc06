/**
 * A pure function of a text with its answers kept, up to `limit` texts; when that many are kept
 * they are all forgotten and kept afresh (a bound on memory, not a cache policy: the texts that
 * repeat across a fleet come back at once). The answers are shared between callers, so they must
 * be values no caller changes (strings, numbers, or frozen objects).
 */
export function remember<T>(compute: (text: string) => T, limit = Infinity): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (known.size >= limit) known.clear();
      known.set(text, answer);
    }
    return answer;
  };
}
