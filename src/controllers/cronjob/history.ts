/**
 * History limits (cleanupFinishedJobs): finished Jobs beyond successfulJobsHistoryLimit and
 * failedJobsHistoryLimit are deleted, oldest start time first (no start time last, then by name).
 */
import { parseTime } from '../../api/time';
import { sortInPlace } from '../../util/sort';

export type Outcome = 'Complete' | 'Failed' | undefined;

/** getFinishedStatus: the first Complete or Failed condition that is True. */
export function finishedOutcome(job: any): Outcome {
  for (const c of job.status?.conditions ?? []) {
    if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type;
  }
  return undefined;
}

/** byJobStartTime. */
export function compareByStartTime(a: any, b: any): number {
  const ta = parseTime(a.status?.startTime);
  const tb = parseTime(b.status?.startTime);
  if (ta === undefined && tb !== undefined) return 1;
  if (ta !== undefined && tb === undefined) return -1;
  if (ta === tb) return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
  return ta! - tb!;
}

/** The Jobs to delete so that at most `limit` remain of each outcome. */
export function jobsBeyondLimits(jobs: readonly any[], successfulLimit: number | undefined, failedLimit: number | undefined): any[] {
  const out: any[] = [];
  pick(jobs, 'Complete', successfulLimit, out);
  pick(jobs, 'Failed', failedLimit, out);
  return out;
}

function pick(jobs: readonly any[], outcome: Outcome, limit: number | undefined, out: any[]): void {
  if (limit == null) return;
  // Within the limit nothing goes, whatever the order: sorting is for choosing. Counted first,
  // as most syncs find nothing to choose from (no array for them).
  let count = 0;
  for (const j of jobs) if (finishedOutcome(j) === outcome) count++;
  if (count <= limit) return;
  const group = jobs.filter((j) => finishedOutcome(j) === outcome);
  sortInPlace(group, compareByStartTime);
  out.push(...group.slice(0, group.length - limit));
}

