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

export { goQuote, goTimeQuote } from '../../util/goQuote';
