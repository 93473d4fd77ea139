/**
 * Durations as scenarios write them: `30 seconds`, `1 hour`, `2 minutes 10 seconds`, `90s`, `2m`,
 * `1h30m`, `500ms`, `1 day` — into milliseconds.
 */

const UNITS: Record<string, number> = {
  ms: 1,
  millisecond: 1,
  milliseconds: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hrs: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
  w: 604_800_000,
  week: 604_800_000,
  weeks: 604_800_000,
};

const PART = /\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*(?:and\s+|,\s*)?/giy;

/** Milliseconds in a duration; throws a message naming the text when it is not one. */
export function parseDuration(text: string): number {
  const input = text.trim();
  let total = 0;
  let matched = 0;
  PART.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (PART.lastIndex < input.length && (m = PART.exec(input)) !== null) {
    // An own key only: "5 constructor" must not find Object.prototype.constructor.
    const word = m[2].toLowerCase();
    const unit = Object.hasOwn(UNITS, word) ? UNITS[word] : undefined;
    if (unit === undefined) break;
    total += Number(m[1]) * unit;
    matched = PART.lastIndex;
  }
  if (input === '' || matched !== input.length) {
    throw new Error(`invalid duration "${text}": expected a duration such as "90 seconds", "2 minutes 10 seconds", "1h30m" or "500ms"`);
  }
  return Math.round(total);
}
