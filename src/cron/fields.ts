/**
 * One cron field to a bit set: robfig/cron's `getField`, `getRange`, `getBits` and `all`, with
 * their bounds, names and error messages. Checks run in robfig's order, because the first
 * failure is the message a user sees.
 */

import { goAtoi } from './go-text';
import { CronParseError, STAR_BIT } from './schedule';

export interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: ReadonlyMap<string, number>;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DOW_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export const SECONDS: Bounds = { min: 0, max: 59 };
export const MINUTES: Bounds = { min: 0, max: 59 };
export const HOURS: Bounds = { min: 0, max: 23 };
export const DOM: Bounds = { min: 1, max: 31 };
export const MONTHS: Bounds = { min: 1, max: 12, names: new Map(MONTH_NAMES.map((n, i) => [n, i + 1])) };
// Day of week stops at 6: robfig rejects the 7-for-Sunday that other crons accept.
export const DOW: Bounds = { min: 0, max: 6, names: new Map(DOW_NAMES.map((n, i) => [n, i])) };

/** `getBits`: bits min..max stepping by `step` (>= 1). */
export function getBits(min: number, max: number, step: number): bigint {
  let bits = 0n;
  for (let i = min; i <= max; i += step) bits |= 1n << BigInt(i);
  return bits;
}

/** `all`: every value of the field plus the star bit, as the descriptors use it. */
export function allBits(r: Bounds): bigint {
  return getBits(r.min, r.max, 1) | STAR_BIT;
}

/** `getField`: a comma-separated list of ranges; empty items are skipped (`strings.FieldsFunc`). */
export function getField(field: string, r: Bounds): bigint {
  let bits = 0n;
  for (const expr of field.split(',')) {
    if (expr !== '') bits |= getRange(expr, r);
  }
  return bits;
}

/** `getRange`: `*`, `?`, `n`, `a-b`, each optionally followed by `/step`. */
export function getRange(expr: string, r: Bounds): bigint {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: bigint;
  let end: bigint;
  let step: bigint;
  let extra = 0n;

  // robfig does not look past a leading `*`/`?`, so `*-5` is simply `*`.
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = BigInt(r.min);
    end = BigInt(r.max);
    extra = STAR_BIT;
  } else {
    start = parseIntOrName(lowAndHigh[0], r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1], r.names);
    else throw new CronParseError(`too many hyphens: ${expr}`);
  }

  if (rangeAndStep.length === 1) {
    step = 1n;
  } else if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1]);
    // "N/step" means "N-max/step".
    if (singleDigit) end = BigInt(r.max);
    // Only a step of 1 keeps the star bit: `*/1` still counts as `*` for the day rule.
    if (step > 1n) extra = 0n;
  } else {
    throw new CronParseError(`too many slashes: ${expr}`);
  }

  if (start < BigInt(r.min)) throw new CronParseError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > BigInt(r.max)) throw new CronParseError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronParseError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0n) throw new CronParseError(`step of range should be a positive number: ${expr}`);

  // A step wider than the field only ever reaches `start`.
  const stride = step > 64n ? 64 : Number(step);
  return getBits(Number(start), Number(end), stride) | extra;
}

function parseIntOrName(expr: string, names: ReadonlyMap<string, number> | undefined): bigint {
  if (names !== undefined) {
    const named = names.get(goToLower(expr));
    if (named !== undefined) return BigInt(named);
  }
  return mustParseInt(expr);
}

function mustParseInt(expr: string): bigint {
  let num: bigint;
  try {
    num = goAtoi(expr);
  } catch (err) {
    throw new CronParseError(`failed to parse int from ${expr}: ${(err as Error).message}`);
  }
  if (num < 0n) throw new CronParseError(`negative number (${num}) not allowed: ${expr}`);
  return num;
}

/**
 * `strings.ToLower` uses simple per-rune case mapping, so `İ` becomes `i` (JavaScript gives
 * `i̇`); that is the one difference that can turn a non-ASCII spelling into a day name (`FRİ`).
 */
function goToLower(s: string): string {
  let out = '';
  for (const ch of s) out += ch === '\u0130' ? 'i' : ch.toLowerCase();
  return out;
}
