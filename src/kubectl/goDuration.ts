/**
 * Go's time.ParseDuration, for duration flags (`--timeout=30s`, `1m30s`, `1.5h`, `-1s`, `0`):
 * milliseconds, or the error text Go gives (`time: invalid duration "x"`).
 */

const UNIT_MS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export class GoDurationError extends Error {}

export function parseGoDuration(text: string): number {
  const quoted = JSON.stringify(text);
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new GoDurationError(`time: invalid duration ${quoted}`);
  let total = 0;
  while (s !== '') {
    const number = /^(\d*)(\.\d*)?/.exec(s)!;
    if (number[0] === '' || number[0] === '.') throw new GoDurationError(`time: invalid duration ${quoted}`);
    s = s.slice(number[0].length);
    const unit = /^[^\d.]*/.exec(s)![0];
    if (unit === '') throw new GoDurationError(`time: missing unit in duration ${quoted}`);
    if (!Object.hasOwn(UNIT_MS, unit)) throw new GoDurationError(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
    total += Number(number[0]) * UNIT_MS[unit];
    s = s.slice(unit.length);
  }
  return sign * total;
}
