/**
 * The pod-failure back-off of the job controller (backoff_utils.go): before it creates
 * replacement pods, a Job waits 10 s after its last failure, doubling with each failure since
 * the last success, up to 10 minutes.
 */

export const DEFAULT_POD_FAILURE_BACKOFF_MS = 10_000;
export const MAX_POD_FAILURE_BACKOFF_MS = 600_000;

export interface BackoffRecord {
  readonly failuresAfterLastSuccess: number;
  /** When the latest counted failure finished (ms). */
  readonly lastFailureTime?: number;
}

export const NO_BACKOFF: BackoffRecord = { failuresAfterLastSuccess: 0 };

/**
 * newBackoffRecord: the record after the pods newly counted in a sync (their finish times). A
 * success clears the record, except for failures that finished after it.
 */
export function nextBackoffRecord(old: BackoffRecord, succeededAt: readonly number[], failedAt: readonly number[]): BackoffRecord {
  if (succeededAt.length === 0) {
    if (failedAt.length === 0) return old;
    return { failuresAfterLastSuccess: old.failuresAfterLastSuccess + failedAt.length, lastFailureTime: latest(failedAt, -Infinity) };
  }
  const lastSuccess = latest(succeededAt, -Infinity);
  let after = 0;
  for (const t of failedAt) if (t > lastSuccess) after++;
  if (after === 0) return NO_BACKOFF;
  return { failuresAfterLastSuccess: after, lastFailureTime: latest(failedAt, lastSuccess) };
}

/** The latest of the times after `after` (the last of them sorted). */
function latest(times: readonly number[], after: number): number {
  let max = after;
  for (const t of times) if (t > max) max = t;
  return max;
}

/** The back-off for N failures in a row: 10 s, 20 s, 40 s … capped at 10 minutes. */
export function backoffDelayMs(failures: number, initialMs = DEFAULT_POD_FAILURE_BACKOFF_MS, maxMs = MAX_POD_FAILURE_BACKOFF_MS): number {
  if (failures <= 0) return 0;
  let delay = initialMs;
  for (let i = 1; i < failures; i++) {
    delay *= 2;
    if (delay >= maxMs) return maxMs;
  }
  return delay;
}

/** getRemainingTime: how long before new pods may be created (0 = now). */
export function remainingBackoffMs(record: BackoffRecord, now: number): number {
  if (record.failuresAfterLastSuccess === 0 || record.lastFailureTime === undefined) return 0;
  const delay = backoffDelayMs(record.failuresAfterLastSuccess);
  const elapsed = now - record.lastFailureTime;
  return delay < elapsed ? 0 : delay - elapsed;
}
