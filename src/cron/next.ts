/**
 * When a schedule fires next: robfig/cron v3's `SpecSchedule.Next` and
 * `ConstantDelaySchedule.Next`, ported step for step. The search walks wall-clock fields in the
 * schedule's zone (month, then day, hour, minute, second), jumping with Go's `time.Date`
 * normalisation, which is what makes it skip times that spring-forward removes and fire twice
 * in the hour that fall-back repeats.
 */

import type { CronSchedule, SpecSchedule } from './schedule';
import { STAR_BIT } from './schedule';
import { WallClock } from './wall-clock';
import { zoneFor } from './zone';

/** A bit set split into two 32-bit halves, so matching is integer work, not bigint work. */
interface Bits {
  readonly lo: number;
  readonly hi: number;
}

interface Matcher {
  readonly second: Bits;
  readonly minute: Bits;
  readonly hour: Bits;
  readonly dom: Bits;
  readonly month: Bits;
  readonly dow: Bits;
  /** robfig's day rule: with a star in either day field both must match, else either. */
  readonly dayStar: boolean;
}

const matchers = new WeakMap<SpecSchedule, Matcher>();

function split(bits: bigint): Bits {
  return { lo: Number(bits & 0xffff_ffffn), hi: Number((bits >> 32n) & 0xffff_ffffn) };
}

function matcherOf(s: SpecSchedule): Matcher {
  let m = matchers.get(s);
  if (m === undefined) {
    m = {
      second: split(s.second),
      minute: split(s.minute),
      hour: split(s.hour),
      dom: split(s.dom),
      month: split(s.month),
      dow: split(s.dow),
      dayStar: (s.dom & STAR_BIT) !== 0n || (s.dow & STAR_BIT) !== 0n,
    };
    matchers.set(s, m);
  }
  return m;
}

function has(b: Bits, value: number): boolean {
  return value < 32 ? ((b.lo >>> value) & 1) === 1 : ((b.hi >>> (value - 32)) & 1) === 1;
}

function dayMatches(m: Matcher, c: WallClock): boolean {
  const domMatch = has(m.dom, c.day);
  const dowMatch = has(m.dow, c.weekday);
  return m.dayStar ? domMatch && dowMatch : domMatch || dowMatch;
}

/**
 * robfig's inner loops add one unit (`step` seconds) at a time until the field matches or wraps
 * to 0. This takes all those steps at once, to the next allowed value or the wrap, and then
 * reads the clock. That is the same as stepping when every offset change in between is a whole
 * number of `period`s (hours for the minute field, minutes for the second field, nothing for the
 * hour field), which the offsets at both ends confirm; otherwise it takes a single step.
 */
function advance(c: WallClock, t: number, bits: Bits, value: number, size: number, step: number, period: number): number {
  let target = value + 1;
  while (target < size && !has(bits, target)) target++;
  const jumped = t + (target - value) * step;
  const before = c.offset;
  c.read(jumped);
  const drift = c.offset - before;
  if (period === 0 ? drift === 0 : drift % period === 0) return jumped;
  c.read(t + step);
  return t + step;
}

/**
 * The first activation strictly after `after` (sub-second parts dropped), or `null` where robfig
 * returns the zero time: nothing matches within five years (`0 0 30 Feb ?`). A schedule without
 * `TZ=` is read in `localZone` (robfig: the zone of the instant given), UTC by default.
 */
export function next(schedule: CronSchedule, after: Date, localZone?: string): Date | null {
  const ms = after.getTime();
  if (Number.isNaN(ms)) throw new RangeError('next: invalid Date');
  const whole = Math.floor(ms / 1000);
  if (schedule.kind === 'every') {
    // t + delay - t.Nanosecond(): not aligned to the clock, only to the second.
    return new Date((whole + schedule.delaySeconds) * 1000);
  }

  const m = matcherOf(schedule);
  const c = new WallClock(zoneFor(schedule.location, localZone));
  let t = whole + 1;
  c.read(t);
  // Once any field has moved, the smaller ones start again from their minimum.
  let added = false;
  const yearLimit = c.year + 5;

  wrap: for (;;) {
    if (c.year > yearLimit) return null;

    while (!has(m.month, c.month)) {
      if (!added) {
        added = true;
        t = c.date(c.year, c.month, 1, 0, 0, 0);
        c.read(t);
      }
      t = c.addDate(1, 0);
      c.read(t);
      if (c.month === 1) continue wrap;
    }

    while (!dayMatches(m, c)) {
      if (!added) {
        added = true;
        t = c.date(c.year, c.month, c.day, 0, 0, 0);
        c.read(t);
      }
      t = c.addDate(0, 1);
      c.read(t);
      // Where DST removes midnight (Sao Paulo) the day starts at 01:00; robfig pulls the hour
      // back to 0, or pushes 23:00 forward to the next midnight.
      if (c.hour !== 0) {
        t += c.hour > 12 ? (24 - c.hour) * 3600 : -c.hour * 3600;
        c.read(t);
      }
      if (c.day === 1) continue wrap;
    }

    while (!has(m.hour, c.hour)) {
      if (!added) {
        added = true;
        t = c.date(c.year, c.month, c.day, c.hour, 0, 0);
        c.read(t);
      }
      // Absolute hours, so the repeated fall-back hour is visited twice.
      t = advance(c, t, m.hour, c.hour, 24, 3600, 0);
      if (c.hour === 0) continue wrap;
    }

    while (!has(m.minute, c.minute)) {
      if (!added) {
        added = true;
        // time.Truncate works on absolute time, not on the wall clock.
        t -= ((t % 60) + 60) % 60;
        c.read(t);
      }
      t = advance(c, t, m.minute, c.minute, 60, 60, 3600);
      if (c.minute === 0) continue wrap;
    }

    while (!has(m.second, c.second)) {
      // (Truncating to the second is a no-op here: t is already whole seconds.)
      added = true;
      t = advance(c, t, m.second, c.second, 60, 1, 60);
      if (c.second === 0) continue wrap;
    }

    return new Date(t * 1000);
  }
}
