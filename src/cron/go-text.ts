/**
 * The few pieces of Go's standard library whose exact error text reaches a CronJob user:
 * `strings.Fields`/`TrimSpace` (which characters count as space), `strconv.Atoi` and the two
 * different quoting functions (`strconv.Quote` for Atoi errors, `time`'s private `quote` for
 * duration and location errors).
 */

// unicode.IsSpace: Latin-1 \t \n \v \f \r space U+0085 U+00A0, plus the Unicode White_Space
// characters above Latin-1. JavaScript's \s differs (no U+0085, but U+FEFF), so spell it out.
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const FIELDS_SPLIT = new RegExp(`[${GO_SPACE}]+`);
const TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');

/** `strings.Fields`: the non-empty runs between Go white space. */
export function goFields(s: string): string[] {
  return s.split(FIELDS_SPLIT).filter((f) => f !== '');
}

/** `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  return s.replace(TRIM, '');
}

/** `fmt.Sprintf("%s", []string{...})`: `[a b c]`. */
export function goStringSlice(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}

const MAX_INT64 = (1n << 63n) - 1n;
const MAX_UINT64 = (1n << 64n) - 1n;

/**
 * `strconv.Atoi` on a 64-bit platform. Returns a bigint because robfig prints the parsed value
 * in later messages (`end of range (99999999999) above maximum (59)`), which must not round.
 * Throws an Error carrying Go's message, e.g. `strconv.Atoi: parsing "x": invalid syntax`.
 */
export function goAtoi(s: string): bigint {
  const syntax = (): Error => new Error(`strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`);
  const range = (): Error => new Error(`strconv.Atoi: parsing ${goQuote(s)}: value out of range`);
  let digits = s;
  let negative = false;
  if (digits.startsWith('+') || digits.startsWith('-')) {
    negative = digits[0] === '-';
    digits = digits.slice(1);
  }
  if (digits === '') throw syntax();
  // ParseUint scans left to right and reports overflow as soon as it happens, even if a bad
  // character follows; the fast path for short strings (< 19 bytes) cannot overflow.
  let n = 0n;
  for (const ch of digits) {
    if (ch < '0' || ch > '9') throw syntax();
    n = n * 10n + BigInt(ch.charCodeAt(0) - 48);
    if (n > MAX_UINT64) throw range();
  }
  if (negative ? n > MAX_INT64 + 1n : n > MAX_INT64) throw range();
  return negative ? -n : n;
}

import { goQuote } from '../util/goQuote';
export { goQuote, goTimeQuote } from '../util/goQuote';
