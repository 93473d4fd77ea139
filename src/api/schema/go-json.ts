/**
 * How Go's encoding/json names a JSON value in its errors, and how kubectl's JSON encoder
 * prints a number: the API server sees the manifest as the JSON kubectl sends, so its error
 * texts quote that JSON, not the YAML the user wrote.
 */

/** JSON value kinds as `UnmarshalTypeError.Value` spells them (numbers get their text added where Go adds it). */
export type GoValueKind = 'string' | 'number' | 'bool' | 'array' | 'object' | 'null';

export function goValueKind(value: unknown): GoValueKind {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'bool';
  return Array.isArray(value) ? 'array' : 'object';
}

/**
 * A number as Go's json.Marshal prints a float64 (kubectl decodes YAML numbers to int64 or
 * float64 and encodes them again): shortest round-trip digits, exponent form below 1e-6 and
 * from 1e21 on, exponent without leading zeros. JavaScript's `String` prints exactly that.
 */
export function goNumberText(value: number | bigint): string {
  return String(value);
}

/** The text of Go's `*json.UnmarshalTypeError`. */
export function unmarshalTypeError(value: string, goType: string, struct: string | undefined, fieldPath: string): string {
  if (struct === undefined && fieldPath === '') return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
  return `json: cannot unmarshal ${value} into Go struct field ${struct ?? ''}.${fieldPath} of type ${goType}`;
}

const GO_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

/**
 * Go's `strconv.Quote`, which the strict errors use for field paths. Printable characters
 * outside ASCII are kept, as Go keeps them; Unicode's other non-printables are not escaped here.
 */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch in GO_ESCAPES) out += GO_ESCAPES[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Go's `time.quote`: non-ASCII and control bytes as `\xNN`, quotes and backslashes escaped. */
export function goTimeQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x80 || code < 0x20) {
      for (const byte of Buffer.from(ch, 'utf8')) out += `\\x${byte.toString(16).padStart(2, '0')}`;
    } else {
      out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
    }
  }
  return `${out}"`;
}
