/**
 * The CronJob controller's scheduling decision (pkg/controller/cronjob/utils.go), ported with
 * its quirks: the missed-run count is an estimate from the first two run times, only the most
 * recent missed run is ever started, and the requeue comes 100 ms after the next run time.
 */
import { GO_ZERO_TIME_MS } from '../../cron';

/** `schedule.Next(t)` in epoch ms; GO_ZERO_TIME_MS when the schedule never fires again. */
export type NextFn = (after: number) => number;

/** nextScheduleDelta: wake up a little after the run time, so `now` is past it. */
export const NEXT_SCHEDULE_DELTA_MS = 100;
/** More missed runs than this is "too many" (a TooManyMissedTimes warning). */
export const MANY_MISSED = 100;

export type Missed = 'none' | 'few' | 'many';

export interface ScheduleFacts {
  readonly creationTimestamp: number;
  readonly lastScheduleTime?: number;
  readonly startingDeadlineSeconds?: number;
}

export interface MostRecent {
  /** Where the search started: last schedule time, creation, or now − startingDeadlineSeconds. */
  readonly earliest: number;
  /** The latest run time at or before now, if any. */
  readonly mostRecent?: number;
  readonly missed: Missed;
  /** The schedule fires less than a second apart, or never: `InvalidSchedule`. */
  readonly error?: string;
}

/** Go's Duration.Round(time.Second), in whole seconds (halves away from zero). */
function roundSeconds(ms: number): number {
  return Math.sign(ms) * Math.round(Math.abs(ms) / 1000);
}

/** mostRecentScheduleTime. */
export function mostRecentScheduleTime(cj: ScheduleFacts, now: number, next: NextFn, includeStartingDeadline: boolean): MostRecent {
  let earliest = cj.lastScheduleTime ?? cj.creationTimestamp;
  if (includeStartingDeadline && cj.startingDeadlineSeconds != null) {
    const deadline = now - cj.startingDeadlineSeconds * 1000;
    if (deadline > earliest) earliest = deadline;
  }
  const t1 = next(earliest);
  const t2 = next(t1);
  if (now < t1) return { earliest, missed: 'none' };
  if (now < t2) return { earliest, mostRecent: t1, missed: 'none' };
  const interval = roundSeconds(t2 - t1);
  if (interval < 1) return { earliest, missed: 'none', error: 'time difference between two schedules is less than 1 second' };
  const elapsed = Math.trunc((now - t1) / 1000);
  const missedCount = Math.trunc(elapsed / interval) + 1;
  const potentialEarliest = t1 + (missedCount - 2) * interval * 1000;
  let mostRecent: number | undefined;
  for (let t = next(potentialEarliest); t <= now && t !== GO_ZERO_TIME_MS; t = next(t)) mostRecent = t;
  const missed: Missed = missedCount > MANY_MISSED ? 'many' : missedCount > 0 ? 'few' : 'none';
  return { earliest, mostRecent, missed };
}

/** nextScheduleTime: the run to start now, if any (and whether to warn of too many missed). */
export function nextScheduleTime(cj: ScheduleFacts, now: number, next: NextFn): { time?: number; tooManyMissed: boolean; error?: string } {
  const r = mostRecentScheduleTime(cj, now, next, true);
  if (r.mostRecent === undefined || r.mostRecent > now) return { tooManyMissed: false, error: r.error };
  return { time: r.mostRecent, tooManyMissed: r.missed === 'many', error: r.error };
}

/** nextScheduleTimeDuration: how long until the controller should look again (ms). */
export function nextScheduleTimeDuration(cj: ScheduleFacts, now: number, next: NextFn): number {
  const r = mostRecentScheduleTime(cj, now, next, false);
  let from: number;
  if (r.error) from = now;
  else if (r.mostRecent === undefined) from = r.missed === 'none' ? r.earliest : now;
  else from = r.mostRecent;
  return next(from) + NEXT_SCHEDULE_DELTA_MS - now;
}

/** getJobName: `<cronjob>-<scheduled time in minutes since the epoch>`. */
export function jobNameFor(cronJobName: string, scheduledTime: number): string {
  return `${cronJobName}-${Math.floor(scheduledTime / 60_000)}`;
}
