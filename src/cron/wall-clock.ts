/**
 * Go's `time.Time` reduced to what robfig's `Next` uses: an instant (whole seconds since the
 * epoch) read as wall-clock fields in one zone, and `time.Date` / `AddDate`, which turn wall
 * fields back into an instant with Go's rules for local times that DST skips or repeats.
 */

import { civilFromDays, civilToSeconds } from './civil';
import type { Zone } from './zone';

export class WallClock {
  year = 0;
  month = 0;
  day = 0;
  hour = 0;
  minute = 0;
  second = 0;
  weekday = 0;
  /** The zone's offset at the instant last read. */
  offset = 0;

  constructor(private readonly zone: Zone) {}

  /** Sets the fields to the wall clock at `unixSeconds`. */
  read(unixSeconds: number): void {
    this.offset = this.zone.offsetAt(unixSeconds);
    const local = unixSeconds + this.offset;
    const days = Math.floor(local / 86_400);
    const secondOfDay = local - days * 86_400;
    civilFromDays(days, this);
    this.weekday = (((days + 4) % 7) + 7) % 7;
    this.hour = Math.floor(secondOfDay / 3600);
    this.minute = Math.floor(secondOfDay / 60) % 60;
    this.second = secondOfDay % 60;
  }

  /**
   * `time.Date(year, month, day, hour, minute, second, 0, zone)` as unix seconds. Fields may
   * overflow (month 13, day 32) and are normalised first. Go then guesses the offset at the
   * wall time read as UTC and, if the instant that gives falls outside that offset's period,
   * takes the offset at that instant instead. So a time skipped by spring-forward lands an hour
   * early west of Greenwich (02:30 New York -> 01:30 EST) and an hour late east of it (02:30
   * Berlin -> 03:30 CEST), and a repeated time resolves to its first occurrence in the west
   * (01:30 New York -> EDT) and its second in the east.
   */
  date(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
    const unix = civilToSeconds(year, month, day, hour, minute, second);
    const guess = this.zone.offsetAt(unix);
    if (guess === 0) return unix;
    // Equal to Go's period check: inside the guessed period both lookups agree.
    return unix - this.zone.offsetAt(unix - guess);
  }

  /** `t.AddDate(0, months, days)` for the instant last read. */
  addDate(months: number, days: number): number {
    return this.date(this.year, this.month + months, this.day + days, this.hour, this.minute, this.second);
  }
}
