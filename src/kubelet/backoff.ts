/**
 * The kubelet's restart back-off (CrashLoopBackOff), as client-go's flowcontrol.Backoff used by
 * the kubelet: the first restart is immediate; then 10 s, doubling up to 300 s; an entry older
 * than twice the maximum (10 minutes without a restart) starts again from 10 s.
 */

export const INITIAL_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 300_000;

export interface BackoffEntry {
  readonly backoffMs: number;
  readonly lastUpdate: number;
}

/** Whether an entry has expired at `now` (`hasExpired`: more than 2 × max since its last update). */
export function backoffExpired(entry: BackoffEntry, now: number, maxMs = MAX_BACKOFF_MS): boolean {
  return now - entry.lastUpdate > maxMs * 2;
}

/** `IsInBackOffSince(key, finishedAt)`: whether a container that finished then must still wait. */
export function inBackoffSince(entry: BackoffEntry | undefined, finishedAt: number, now: number): boolean {
  if (!entry || backoffExpired(entry, now)) return false;
  return now - finishedAt < entry.backoffMs;
}

/** `Next(key, at)`: the entry after one more restart at `at`. */
export function nextBackoff(entry: BackoffEntry | undefined, at: number, initialMs = INITIAL_BACKOFF_MS, maxMs = MAX_BACKOFF_MS): BackoffEntry {
  if (!entry || backoffExpired(entry, at, maxMs)) return { backoffMs: initialMs, lastUpdate: at };
  return { backoffMs: Math.min(entry.backoffMs * 2, maxMs), lastUpdate: at };
}

/** When a container that finished at `finishedAt` may restart (immediately if not in back-off). */
export function restartAt(entry: BackoffEntry | undefined, finishedAt: number, now: number): number {
  return inBackoffSince(entry, finishedAt, now) ? finishedAt + entry!.backoffMs : now;
}
