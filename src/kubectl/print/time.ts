/**
 * Timestamps as kubectl and the API show them: RFC 1123 with a numeric zone (describe's
 * `Start Time`, `CreationTimestamp`, ...), RFC 3339 (how metav1.Time serialises) and its
 * microsecond variant (metav1.MicroTime), plus a strict RFC 3339 parser for API timestamps.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Go's "2006" year: at least four digits. */
function year(d: Date): string {
  return pad(d.getUTCFullYear(), 4);
}

/**
 * Go's time.RFC1123Z layout, `Mon, 02 Jan 2006 15:04:05 -0700`. kubectl formats in its local zone;
 * the simulator's kubectl runs in UTC, so the zone is `+0000` unless an offset (minutes east) is given.
 */
export function formatRFC1123Z(ms: number, offsetMinutes = 0): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate(), 2)} ${MONTHS[d.getUTCMonth()]} ${year(d)} ` +
    `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)} ` +
    `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`
  );
}

function datePart(d: Date): string {
  return (
    `${year(d)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T` +
    `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
  );
}

/** metav1.Time as JSON/YAML: `t.UTC().Format(time.RFC3339)`; sub-second digits are dropped, not rounded. */
export function formatRFC3339(ms: number): string {
  return `${datePart(new Date(Math.floor(ms / 1000) * 1000))}Z`;
}

/** metav1.MicroTime as JSON/YAML: RFC3339Micro, always six fractional digits (ours end in 000). */
export function formatRFC3339Micro(ms: number): string {
  const whole = Math.floor(ms);
  const d = new Date(whole);
  return `${datePart(d)}.${pad(d.getUTCMilliseconds(), 3)}000Z`;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an RFC 3339 timestamp (as the API writes them) to epoch milliseconds; undefined when
 * malformed. Sub-millisecond digits are kept as a fraction so that elapsed-second truncation
 * against an integer `now` gives the same answer as Go's nanosecond arithmetic.
 */
export function parseRFC3339(s: string): number | undefined {
  const m = RFC3339.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999 (the zero time is year 1).
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(sec), 0);
  let ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  if (frac) ms += Number(`0${frac}`) * 1000;
  if (zone !== 'Z') {
    const offset = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
    ms -= (zone[0] === '-' ? -offset : offset) * 60_000;
  }
  return ms;
}

/** Go's zero time.Time (`0001-01-01T00:00:00Z`), which metav1.Time.IsZero reports as unset. */
export const ZERO_TIME_MS = parseRFC3339('0001-01-01T00:00:00Z') as number;
