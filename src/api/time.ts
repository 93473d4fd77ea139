/** Timestamps as the API serialises `metav1.Time`: RFC 3339 in UTC, whole seconds. */
import { flat } from '../util/flat';

// Many writes share a few instants (a status lists its start, its transitions, now): remember
// recent conversions each way. Formatted seconds in a direct-mapped table (a slot per second
// modulo its size: no hashing of a boxed number), parsed texts in a bounded map.
const SLOTS = 1024;
const slotSecond = new Float64Array(SLOTS).fill(NaN);
const slotText: string[] = new Array<string>(SLOTS).fill('');
const parsed = new Map<string, number>();
/**
 * The parsed texts kept at most: the times read back are recent ones. A larger map is slower
 * to write than a parse saves (ten thousand entries: several times the cost of a small map,
 * its table no longer in cache), and a parse is Date.parse, whatever the map holds.
 */
const PARSED_MAX = 1024;
let lastParsedText = '';
let lastParsed: number | undefined;

const DAY_S = 86_400;
/** Midnight (in seconds) of the day last formatted, and its `YYYY-MM-DDT`. */
let dayStart = NaN;
let dayPrefix = '';
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  const slot = second & (SLOTS - 1);
  if (slotSecond[slot] === second) return slotText[slot];
  const text = format(second);
  slotSecond[slot] = second;
  slotText[slot] = text;
  // Times this process wrote are read back often (conditions, start times): parse them for free.
  if (parsed.size > PARSED_MAX) parsed.clear();
  parsed.set(text, second * 1000);
  return text;
}

/** `toISOString` without its milliseconds, built from the day's prefix for years 1970 to 9999. */
function format(second: number): string {
  const day = Math.floor(second / DAY_S) * DAY_S;
  if (day !== dayStart) {
    const iso = new Date(day * 1000).toISOString();
    // Years outside 0000–9999 print with a sign and six digits: left to toISOString.
    if (iso.length !== 24) return new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    dayStart = day;
    dayPrefix = iso.slice(0, 11);
  }
  const s = second - day;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return flat(`${dayPrefix}${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[s % 60]}Z`);
}

/** `metav1.MicroTime` (events' eventTime): RFC 3339 with microseconds. */
export function rfc3339Micro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function parseTime(s: string | undefined): number | undefined {
  if (!s) return undefined;
  if (s === lastParsedText) return lastParsed;
  let t = parsed.get(s);
  if (t === undefined) {
    t = Date.parse(s);
    if (parsed.size > PARSED_MAX) parsed.clear();
    parsed.set(s, t);
  }
  lastParsedText = s;
  lastParsed = Number.isNaN(t) ? undefined : t;
  return lastParsed;
}
