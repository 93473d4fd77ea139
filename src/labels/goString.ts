/**
 * Go string semantics that label code depends on: Go compares and measures strings as UTF-8
 * bytes, while JavaScript uses UTF-16 code units, and Go's `%q` quotes differently from JSON.
 */

/**
 * Byte-wise (UTF-8) order, as Go's `<` and `sort.Strings`. UTF-16 order differs from code-point
 * order only when a surrogate (code point >= U+10000) meets a unit in U+E000..U+FFFF, so only that
 * case is remapped.
 */
export function compareGo(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Sorted copy, or the input itself when it is already sorted (Go's `safeSort`). */
export function sortedGo(values: readonly string[]): readonly string[] {
  for (let i = 1; i < values.length; i++) {
    if (compareGo(values[i - 1], values[i]) > 0) return [...values].sort(compareGo);
  }
  return values;
}

/** Go's `len(s)`: the UTF-8 byte length. ASCII strings (the usual case) skip the encoder. */
export function utf8Length(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return Buffer.byteLength(s, 'utf8');
  }
  return s.length;
}

export { goQuote } from '../util/goQuote';
