/** Timestamps as the API serialises `metav1.Time`: RFC 3339 in UTC, whole seconds. */

// Many writes share a few instants (a status lists its start, its transitions, now): remember
// recent conversions each way, in bounded maps.
const formatted = new Map<number, string>();
const parsed = new Map<string, number>();

export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  let text = formatted.get(second);
  if (text === undefined) {
    text = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(second, text);
  }
  return text;
}

/** `metav1.MicroTime` (events' eventTime): RFC 3339 with microseconds. */
export function rfc3339Micro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function parseTime(s: string | undefined): number | undefined {
  if (!s) return undefined;
  let t = parsed.get(s);
  if (t === undefined) {
    t = Date.parse(s);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(s, t);
  }
  return Number.isNaN(t) ? undefined : t;
}
