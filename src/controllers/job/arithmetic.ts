/**
 * The job controller's arithmetic (pkg/controller/job/job_controller.go): how many pods should
 * run, when the Job is complete, when it has failed too often or run too long.
 */

export interface Counts {
  /** spec.completions; undefined for a work-queue Job. */
  readonly completions?: number;
  readonly parallelism: number;
  readonly succeeded: number;
  readonly active: number;
}

/**
 * manageJob's wantActive: a work-queue Job runs `parallelism` pods until the first success,
 * then starts no more; otherwise min(parallelism, completions - succeeded), never below 0.
 */
export function wantActive(c: Counts): number {
  if (c.completions === undefined) return c.succeeded > 0 ? c.active : c.parallelism;
  return Math.max(0, Math.min(c.parallelism, c.completions - c.succeeded));
}

/** A work-queue Job is complete after one success with nothing running; otherwise at `completions`. */
export function isComplete(c: Pick<Counts, 'completions' | 'succeeded' | 'active'>): boolean {
  if (c.completions === undefined) return c.succeeded > 0 && c.active === 0;
  return c.succeeded >= c.completions && c.active === 0;
}

/** `failed > backoffLimit`: with the default 6, the seventh failed pod fails the Job. */
export function exceedsBackoffLimit(failed: number, backoffLimit: number): boolean {
  return failed > backoffLimit;
}

/**
 * pastBackoffLimitOnFailure: with restartPolicy OnFailure, failures are container restarts. The
 * restarts of every pending or running pod are summed; the Job fails when the sum reaches the
 * limit (or is above 0 for a limit of 0).
 */
export function pastBackoffLimitOnFailure(restartPolicy: string | undefined, backoffLimit: number, pods: readonly any[]): boolean {
  if (restartPolicy !== 'OnFailure') return false;
  let restarts = 0;
  for (const pod of pods) {
    const phase = pod.status?.phase;
    if (phase !== 'Running' && phase !== 'Pending') continue;
    for (const s of pod.status?.initContainerStatuses ?? []) restarts += s.restartCount ?? 0;
    for (const s of pod.status?.containerStatuses ?? []) restarts += s.restartCount ?? 0;
  }
  return backoffLimit === 0 ? restarts > 0 : restarts >= backoffLimit;
}

/**
 * How long until activeDeadlineSeconds is reached (ms, 0 or less = past it), or undefined when
 * no deadline runs: none set, not started, or suspended.
 */
export function deadlineRemainingMs(activeDeadlineSeconds: number | undefined, startTime: number | undefined, suspended: boolean, now: number): number | undefined {
  if (activeDeadlineSeconds == null || startTime === undefined || suspended) return undefined;
  return activeDeadlineSeconds * 1000 - (now - startTime);
}
