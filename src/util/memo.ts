/**
 * A pure function of a string, computed once per argument. Bounded (cleared once it holds
 * `limit` results) so that a long run with ever new arguments cannot grow it without end.
 */
export function memo(fn: (key: string) => string, limit: number): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let out = seen.get(key);
    if (out === undefined) {
      if (seen.size >= limit) seen.clear();
      seen.set(key, (out = fn(key)));
    }
    return out;
  };
}
