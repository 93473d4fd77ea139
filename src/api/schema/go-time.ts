/**
 * The errors of Go's `time.Parse` for the two layouts metav1.Time and metav1.MicroTime decode
 * with (RFC3339 and RFC3339 with microseconds). The API server returns them verbatim, e.g.
 * `parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"`.
 * A port of the layout walk in Go's time/format.go, limited to the elements these layouts use.
 */
import { goTimeQuote as quote } from './go-json';

export const RFC3339 = '2006-01-02T15:04:05Z07:00';
export const RFC3339_MICRO = '2006-01-02T15:04:05.000000Z07:00';

type Element = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'micros' | 'zone';

/** Each layout as Go's nextStdChunk splits it: literal prefix, element, and the element's text. */
const LAYOUTS: Record<string, readonly (readonly [string, Element, string])[]> = {
  [RFC3339]: [
    ['', 'year', '2006'],
    ['-', 'month', '01'],
    ['-', 'day', '02'],
    ['T', 'hour', '15'],
    [':', 'minute', '04'],
    [':', 'second', '05'],
    ['', 'zone', 'Z07:00'],
  ],
  [RFC3339_MICRO]: [
    ['', 'year', '2006'],
    ['-', 'month', '01'],
    ['-', 'day', '02'],
    ['T', 'hour', '15'],
    [':', 'minute', '04'],
    [':', 'second', '05'],
    ['', 'micros', '.000000'],
    ['', 'zone', 'Z07:00'],
  ],
};

const isDigit = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/** Go's getnum: one or two digits, exactly two when `fixed`. */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigit(s, 0)) return undefined;
  if (!isDigit(s, 1)) return fixed ? undefined : [s.charCodeAt(0) - 48, s.slice(1)];
  return [(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), s.slice(2)];
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** undefined when `value` parses; otherwise Go's ParseError text. */
export function goTimeParseError(layout: typeof RFC3339 | typeof RFC3339_MICRO, value: string): string | undefined {
  const cannot = (rest: string, elem: string): string =>
    `parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(rest)} as ${quote(elem)}`;
  const chunks = LAYOUTS[layout];
  let rest = value;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let c = 0; c < chunks.length; c++) {
    const [prefix, element, elementText] = chunks[c];
    if (prefix !== '') {
      if (!rest.startsWith(prefix)) return cannot(rest, prefix);
      rest = rest.slice(prefix.length);
    }
    const hold = rest;
    let range = '';
    let bad = false;
    switch (element) {
      case 'year': {
        const digits = rest.slice(0, 4);
        if (rest.length < 4 || !/^\d{4}$/.test(digits)) bad = true;
        else [year, rest] = [Number(digits), rest.slice(4)];
        break;
      }
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second': {
        // Go lets the hour have one digit ("15" is not a zero-padded element); the others need two.
        const got = getnum(rest, element !== 'hour');
        if (!got) {
          bad = true;
          break;
        }
        const [n, after] = got;
        rest = after;
        if (element === 'month') [month, range] = [n, n < 1 || n > 12 ? 'month' : ''];
        else if (element === 'day') day = n;
        else if (element === 'hour') range = n >= 24 ? 'hour' : '';
        else if (element === 'minute') range = n >= 60 ? 'minute' : '';
        else if (n >= 60) range = 'second';
        // A fraction the layout does not spell is still accepted after the seconds.
        else if (chunks[c + 1]?.[1] !== 'micros' && /^[.,]\d/.test(rest)) rest = rest.replace(/^[.,]\d+/, '');
        break;
      }
      case 'micros':
        if (rest.length < 7 || !/^[.,]\d{6}/.test(rest)) bad = true;
        else rest = rest.slice(7);
        break;
      case 'zone': {
        if (rest.startsWith('Z')) {
          rest = rest.slice(1);
          break;
        }
        if (rest.length < 6 || rest[3] !== ':') {
          bad = true;
          break;
        }
        const hours = getnum(rest.slice(1, 3), true);
        const minutes = hours && getnum(rest.slice(4, 6), true);
        if (!hours || !minutes) bad = true;
        // Go tests with `>`, not `>=`: offsets of 24 hours or 60 minutes are let through.
        if ((hours?.[0] ?? 0) > 24) range = 'time zone offset hour';
        if ((minutes?.[0] ?? 0) > 60) range = 'time zone offset minute';
        if (rest[0] !== '+' && rest[0] !== '-') bad = true;
        rest = rest.slice(6);
        break;
      }
    }
    if (range !== '') return `parsing time ${quote(value)}: ${range} out of range`;
    if (bad) return cannot(hold, elementText);
  }
  if (rest !== '') return `parsing time ${quote(value)}: extra text: ${quote(rest)}`;
  if (day < 1 || day > daysIn(month, year)) return `parsing time ${quote(value)}: day out of range`;
  return undefined;
}
