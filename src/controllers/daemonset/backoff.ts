/**
 * client-go's `flowcontrol.Backoff` as the DaemonSet controller uses it for failed daemon pods:
 * per key, 1 s doubling to 15 min; an entry idle for twice the maximum starts over.
 */
const INITIAL_MS = 1000;
const MAX_MS = 15 * 60_000;

export class Backoff {
  private readonly entries = new Map<string, { backoff: number; lastUpdate: number }>();

  private expired(now: number, lastUpdate: number): boolean {
    return now - lastUpdate > 2 * MAX_MS;
  }

  /** `IsInBackOffSinceUpdate`. */
  inBackoff(key: string, now: number): boolean {
    const e = this.entries.get(key);
    if (!e || this.expired(now, e.lastUpdate)) return false;
    return now - e.lastUpdate < e.backoff;
  }

  /** The current delay of a key. */
  get(key: string): number {
    return this.entries.get(key)?.backoff ?? 0;
  }

  /** `Next`: the first delay, or the next doubling. */
  next(key: string, now: number): void {
    const e = this.entries.get(key);
    if (!e || this.expired(now, e.lastUpdate)) this.entries.set(key, { backoff: INITIAL_MS, lastUpdate: now });
    else this.entries.set(key, { backoff: Math.min(e.backoff * 2, MAX_MS), lastUpdate: now });
  }
}
