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
  const succeeded = [...succeededAt].sort((a, b) => a - b);
  const failed = [...failedAt].sort((a, b) => a - b);
  if (succeeded.length === 0) {
    if (failed.length === 0) return old;
    return { failuresAfterLastSuccess: old.failuresAfterLastSuccess + failed.length, lastFailureTime: failed[failed.length - 1] };
  }
  const lastSuccess = succeeded[succeeded.length - 1];
  const after = failed.filter((t) => t > lastSuccess);
  if (after.length === 0) return NO_BACKOFF;
  return { failuresAfterLastSuccess: after.length, lastFailureTime: after[after.length - 1] };
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
