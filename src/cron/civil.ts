/**
 * Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01, the part of Go's
 * `time.Date` that does not involve a time zone. Plain integer maths (no `Date` objects) because
 * `next()` reads calendar fields thousands of times per simulated month.
 */

export const SECONDS_PER_DAY = 86_400;

/** Days from 1970-01-01 to the given date; `month` is 1-12, `day` may overflow like Go's. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: count from 0000-03-01 so the leap day ends each "year".
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Writes the calendar date of a day number into `out`. */
export function civilFromDays(days: number, out: { year: number; month: number; day: number }): void {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  out.year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  out.month = month;
  out.day = doy - Math.floor((153 * mp + 2) / 5) + 1;
}

/**
 * The seconds since the epoch of a wall-clock reading taken as if it were UTC, after Go's
 * `time.Date` normalisation: the month overflows into the year, everything else is linear.
 */
export function civilToSeconds(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = m0 - Math.floor(m0 / 12) * 12 + 1;
  return (daysFromCivil(y, m, 1) + day - 1) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
}
