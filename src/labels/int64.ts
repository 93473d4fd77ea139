/**
 * Go's `strconv.ParseInt(s, 10, 64)` and int64 comparison, for the `>`/`<` selector operators.
 * Short values stay plain numbers so that matching does not allocate BigInts.
 */

const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;
/** Up to 15 decimal digits are exact as a double. */
const SAFE_DIGITS = 15;

export type Int64 = number | bigint;

/** Optional sign, then one or more ASCII digits, within int64; otherwise undefined. */
export function parseInt64(s: string): Int64 | undefined {
  const n = s.length;
  let i = 0;
  if (n > 0) {
    const c = s.charCodeAt(0);
    if (c === 0x2b || c === 0x2d) i = 1; // '+' or '-'
  }
  if (i === n) return undefined;
  for (let j = i; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  if (n - i <= SAFE_DIGITS) return Number(s);
  const big = BigInt(s);
  return big < MIN_INT64 || big > MAX_INT64 ? undefined : big;
}

/** Negative, zero or positive as a is below, equal to or above b. */
export function compareInt64(a: Int64, b: Int64): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
