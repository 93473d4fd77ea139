/** Simulated instants and lengths as the reports print them: no wall-clock time ever appears. */
import { formatDuration } from '../util/formatDuration';

const DAY = 24 * 3600_000;

/** A length of simulated time: `250ms`, `45s`, `1m30s`, `3h`, `6d23h`. */
export function elapsed(ms: number): string {
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const rest = Math.floor((ms - days * DAY) / 60_000) * 60_000;
    return `${days}d${rest > 0 ? formatDuration(rest) : ''}`;
  }
  return ms <= 0 ? '0s' : formatDuration(Math.round(ms));
}

/** An offset from the scenario's start: `+0s`, `+1m45s`. */
export function offset(ms: number): string {
  return `+${elapsed(Math.max(ms, 0))}`;
}

/** An RFC 3339 instant, without milliseconds when they are zero. */
export function instant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A length to one unit, for tight labels: `~6d`, `~23h`, `~40m`. */
export function roughly(ms: number): string {
  for (const [unit, size] of [['d', DAY], ['h', 3600_000], ['m', 60_000]] as const) {
    if (ms >= size) return `~${Math.round(ms / size)}${unit}`;
  }
  return elapsed(ms);
}
