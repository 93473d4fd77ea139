/**
 * Schedules as the controller evaluates them (formatSchedule + cron.ParseStandard, parsed once per
 * text), and times printed in a zone as Go's `Format(time.RFC3339)` does (`Z` for a zero offset).
 */
import { CronSchedule, GO_ZERO_TIME_MS, next, parseSchedule } from '../../cron';
import { loadLocation } from '../../cron/zone';
import { NextFn } from './schedule';

const parsed = new Map<string, NextFn>();

/** Results kept per schedule: a sync asks for the same few run times again and again. */
const REMEMBERED_RUNS = 64;

/** formatSchedule's text: a schedule naming TZ keeps it; otherwise `TZ=<timeZone>` is prefixed. */
export function effectiveSchedule(schedule: string, timeZone: string | undefined): string {
  if (schedule.includes('TZ') || timeZone == null) return schedule;
  return `TZ=${timeZone} ${schedule}`;
}

/** The schedule's Next as epoch milliseconds; throws robfig's parse error. */
export function nextFn(spec: string): NextFn {
  let fn = parsed.get(spec);
  if (!fn) {
    fn = rememberRuns(parseSchedule(spec));
    parsed.set(spec, fn);
  }
  return fn;
}

/** Next is a pure function of the time: each answer is computed once (a bounded memory). */
function rememberRuns(schedule: CronSchedule): NextFn {
  const runs = new Map<number, number>();
  return (after) => {
    let run = runs.get(after);
    if (run === undefined) {
      run = next(schedule, new Date(after))?.getTime() ?? GO_ZERO_TIME_MS;
      if (runs.size >= REMEMBERED_RUNS) runs.clear();
      runs.set(after, run);
    }
    return run;
  };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** `t.In(location).Format(time.RFC3339)`. */
export function formatRFC3339In(ms: number, timeZone: string | undefined): string {
  const seconds = Math.floor(ms / 1000);
  const zone = loadLocation(timeZone ?? '');
  const offset = zone ? zone.offsetAt(seconds) : 0;
  const d = new Date((seconds + offset) * 1000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (offset === 0) return `${date}Z`;
  const abs = Math.abs(offset);
  return `${date}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}
