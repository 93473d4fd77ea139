/**
 * Whether a JSON value decodes into a resource.Quantity, and if not, the error the API server
 * returns verbatim (Quantity.UnmarshalJSON → ParseQuantity in apimachinery
 * pkg/api/resource/quantity.go). Only acceptance is modelled, not the parsed amount.
 */
import { goNumberText } from './go-json';

const SPLIT_RE = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
export const ERR_FORMAT_WRONG = `quantities must match the regular expression '${SPLIT_RE}'`;
export const ERR_NUMERIC = 'unable to parse numeric part of quantity';
export const ERR_SUFFIX = "unable to parse quantity's suffix";

const SUFFIX_CHARS = 'eEinumkKMGTP';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** undefined when the value is a Quantity; otherwise the error text. */
export function quantityError(value: unknown): string | undefined {
  if (value === null) return undefined;
  // UnmarshalJSON strips the quotes of a string and parses numbers from their JSON text; any
  // other JSON starts with `{`, `[`, `t` or `f` and fails the format check.
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number' || typeof value === 'bigint') text = goNumberText(value);
  else return ERR_FORMAT_WRONG;
  return parseError(text);
}

function parseError(str: string): string | undefined {
  if (str.length === 0) return ERR_FORMAT_WRONG;
  if (str === '0') return undefined;
  // parseQuantityString: sign, numerator, optional `.denominator`, then the suffix.
  let pos = str[0] === '-' || str[0] === '+' ? 1 : 0;
  while (isDigit(str[pos])) pos++;
  if (str[pos] === '.') {
    pos++;
    while (isDigit(str[pos])) pos++;
  }
  const numeric = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < str.length && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos < str.length) return ERR_FORMAT_WRONG;
  const exponent = suffixExponent(str.slice(suffixStart));
  if (exponent === undefined) return ERR_SUFFIX;
  // A numeric part without digits ("." or "+.") still reads as 0 on ParseQuantity's int64 fast
  // path; off it, inf.Dec.SetString refuses it.
  if (!/\d/.test(numeric) && !fastPath(numeric, exponent)) return ERR_NUMERIC;
  return undefined;
}

interface Exponent {
  readonly binary: boolean;
  readonly value: number;
}

function suffixExponent(suffix: string): Exponent | undefined {
  if (BINARY_SUFFIXES.has(suffix)) return { binary: true, value: BINARY_SUFFIXES.get(suffix) ?? 0 };
  if (DECIMAL_SUFFIXES.has(suffix)) return { binary: false, value: DECIMAL_SUFFIXES.get(suffix) ?? 0 };
  // `e3`, `E-2`: strconv.ParseInt on what follows the `e`, so it must fit an int64.
  if (/^[eE][-+]?\d+$/.test(suffix)) {
    const n = BigInt(suffix.slice(1));
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return { binary: false, value: Number(BigInt.asIntN(32, n)) };
  }
  return undefined;
}

/** Whether ParseQuantity takes its int64 shortcut for a numeric part without digits. */
function fastPath(numeric: string, exponent: Exponent): boolean {
  const denominator = numeric.includes('.') ? numeric.slice(numeric.indexOf('.') + 1) : '';
  // The precision rules of ParseQuantity, with the numerator read as the single digit "0".
  if (exponent.binary) return denominator.length === 0 && 13 - Math.trunc((exponent.value * 3) / 10) >= 0;
  return 17 - denominator.length >= 0 && exponent.value - denominator.length >= -9;
}

const DECIMAL_SUFFIXES = new Map([
  ['n', -9],
  ['u', -6],
  ['m', -3],
  ['', 0],
  ['k', 3],
  ['M', 6],
  ['G', 9],
  ['T', 12],
  ['P', 15],
  ['E', 18],
]);
const BINARY_SUFFIXES = new Map([
  ['Ki', 10],
  ['Mi', 20],
  ['Gi', 30],
  ['Ti', 40],
  ['Pi', 50],
  ['Ei', 60],
]);
