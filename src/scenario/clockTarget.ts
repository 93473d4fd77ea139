/**
 * Where `the clock reaches "…"` goes: `"10:30"` or `"10:30:15"` is the next time the clock shows
 * it (UTC, today or tomorrow); an RFC 3339 instant is that instant. A time already past is refused.
 */

export function clockTarget(text: string, now: number): number {
  const hm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (hm) {
    const [h, m, s] = [Number(hm[1]), Number(hm[2]), Number(hm[3] ?? 0)];
    if (h > 23 || m > 59 || s > 59) throw new Error(`invalid time of day "${text}"`);
    const d = new Date(now);
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h, m, s);
    if (t < now) t += 86_400_000;
    return t;
  }
  const t = Date.parse(text);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(text.trim())) {
    throw new Error(`invalid time "${text}": expected "10:30", "10:30:15" or an RFC 3339 instant such as "2026-03-01T10:30:00Z"`);
  }
  if (t < now) throw new Error(`the clock already shows ${new Date(now).toISOString()}: it cannot go back to ${text}`);
  return t;
}
