/**
 * Cron schedules exactly as Kubernetes' CronJob controller reads them (robfig/cron v3
 * `ParseStandard` + `Next`), with `spec.timeZone` handling and validation messages.
 */

import { next } from './next';
import { parseSchedule } from './parse';
import { loadLocation } from './zone';

export { next } from './next';
export { parseSchedule } from './parse';
export { CronParseError, STAR_BIT } from './schedule';
export type { ConstantDelaySchedule, CronSchedule, SpecSchedule } from './schedule';
export { validateTimeZone } from './time-zone';

/** Go's zero `time.Time`, 0001-01-01T00:00:00Z, in epoch milliseconds: robfig's "no match". */
export const GO_ZERO_TIME_MS = -62_135_596_800_000;

/**
 * The next time `schedule` fires strictly after `after`, as the CronJob controller computes it.
 * A `timeZone` must load (the controller checks it first), and then the schedule is parsed as
 * `TZ=<timeZone> <schedule>` (`formatSchedule`), except that a schedule which already mentions
 * `TZ` keeps its own zone, as the controller does. Returns Go's zero time (`GO_ZERO_TIME_MS`)
 * when nothing matches within five years, like robfig, so controller arithmetic ports unchanged.
 * Throws robfig's parse error (`CronParseError`), or Go's `time.LoadLocation` error
 * (`unknown time zone Mars/Olympus`) for a bad `timeZone`.
 */
export function nextCronTime(schedule: string, after: Date, timeZone?: string): Date {
  let spec = schedule;
  if (timeZone !== undefined) {
    loadLocation(timeZone);
    if (!schedule.includes('TZ')) spec = `TZ=${timeZone} ${schedule}`;
  }
  return next(parseSchedule(spec), after) ?? new Date(GO_ZERO_TIME_MS);
}
