/** Timestamps as the API serialises `metav1.Time`: RFC 3339 in UTC, whole seconds. */

// Many writes share an instant: remember the last conversion each way.
let lastSecond = NaN;
let lastText = '';
const parsed = new Map<string, number>();

export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastText = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
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
