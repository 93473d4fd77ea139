/**
 * Whether a string decodes as Go's base64.StdEncoding (what encoding/json uses for `[]byte`,
 * e.g. Secret.data), and if not, Go's error: `illegal base64 data at input byte 4`. A port of
 * decodeQuantum from Go's encoding/base64: padding is required, CR and LF are skipped.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALID = new Uint8Array(256);
for (const ch of ALPHABET) VALID[ch.charCodeAt(0)] = 1;

const CR = 13;
const LF = 10;
const PAD = 61; // '='

const corrupt = (offset: number): string => `illegal base64 data at input byte ${offset}`;

export function base64Error(text: string): string | undefined {
  // Offsets count bytes of the UTF-8 text, as Go's do.
  const src = Buffer.from(text, 'utf8');
  let si = 0;
  while (si < src.length) {
    const result = decodeQuantum(src, si);
    if (typeof result === 'string') return result;
    si = result;
  }
  return undefined;
}

/** Consumes one 4-character quantum; returns the next offset, or the error. */
function decodeQuantum(src: Buffer, start: number): number | string {
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) {
      // Ran out inside a quantum: with padding required, only a clean end is fine.
      return j === 0 ? si : corrupt(si - j);
    }
    const c = src[si++];
    if (VALID[c]) continue;
    if (c === LF || c === CR) {
      j--;
      continue;
    }
    if (c !== PAD || j < 2) return corrupt(si - 1);
    if (j === 2) {
      // "==" expected: the first "=" is consumed, look for the second past any newlines.
      while (si < src.length && (src[si] === LF || src[si] === CR)) si++;
      if (si === src.length) return corrupt(src.length);
      if (src[si] !== PAD) return corrupt(si - 1);
      si++;
    }
    while (si < src.length && (src[si] === LF || src[si] === CR)) si++;
    // Anything after the padding is trailing garbage.
    return si < src.length ? corrupt(si) : si;
  }
  return si;
}
