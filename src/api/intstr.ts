/**
 * `intstr.IntOrString` as the API carries it (a JSON number or string) and apimachinery's
 * arithmetic on it: `GetScaledValueFromIntOrPercent` turns "25%" of a total into a count,
 * rounding up or down; anything else is an error with apimachinery's text.
 */

export type IntOrString = number | string;

export class IntOrStringError extends Error {}

/** `getIntOrPercentValueSafely`: the number and whether it was a percentage. */
function valueOf(v: IntOrString): { value: number; percent: boolean } {
  if (typeof v === 'number') return { value: Math.trunc(v), percent: false };
  if (!v.endsWith('%')) throw new IntOrStringError('invalid type: string is not a percentage');
  const digits = v.slice(0, -1);
  if (!/^[+-]?\d+$/.test(digits)) throw new IntOrStringError(`invalid value ${JSON.stringify(v)}: strconv.Atoi: parsing ${JSON.stringify(digits)}: invalid syntax`);
  return { value: Number(digits), percent: true };
}

/** `GetScaledValueFromIntOrPercent`: an int as is, a percentage of `total` rounded up or down. */
export function scaledValue(v: IntOrString | null | undefined, total: number, roundUp: boolean): number {
  if (v === null || v === undefined) throw new IntOrStringError('nil value for IntOrString');
  let parsed;
  try {
    parsed = valueOf(v);
  } catch (e) {
    throw new IntOrStringError(`invalid value for IntOrString: ${(e as Error).message}`);
  }
  if (!parsed.percent) return parsed.value;
  const exact = (parsed.value * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

const PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** `validation.IsValidPercent`. */
export function percentErrors(s: string): string[] {
  return /^[0-9]+%$/.test(s) ? [] : [PERCENT_MESSAGE];
}

/** The value as the apps validation reads it (`getIntOrPercentValue`): "25%" → 25, 3 → 3, junk → 0. */
export function intOrPercentValue(v: IntOrString | null | undefined): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'string' && percentErrors(v).length === 0) return Number(v.slice(0, -1));
  // IntValue() of a non-numeric string is 0 (strconv.Atoi fails).
  return typeof v === 'string' && /^[+-]?\d+$/.test(v) ? Number(v) : 0;
}

export function isPercent(v: IntOrString | null | undefined): v is string {
  return typeof v === 'string' && percentErrors(v).length === 0;
}
