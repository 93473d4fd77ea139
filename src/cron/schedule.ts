/**
 * What a parsed cron schedule is, mirroring robfig/cron v3: a `SpecSchedule` of six bit sets
 * (bit n set = value n allowed; bit 63 = the field was written `*` or `?`) or, for
 * `@every <duration>`, a `ConstantDelaySchedule`.
 */

export interface SpecSchedule {
  readonly kind: 'spec';
  /** Always `1n` (second 0) for the standard 5-field parser; kept so `next()` is robfig's. */
  readonly second: bigint;
  readonly minute: bigint;
  readonly hour: bigint;
  readonly dom: bigint;
  readonly month: bigint;
  readonly dow: bigint;
  /**
   * IANA zone from a `TZ=`/`CRON_TZ=` prefix (`TZ=` with an empty name is Go's UTC). `null` is
   * robfig's `time.Local`: the schedule is read in the zone of the instant it is asked about,
   * which for a JavaScript `Date` means the `localZone` given to `next()` (UTC by default).
   */
  readonly location: string | null;
}

export interface ConstantDelaySchedule {
  readonly kind: 'every';
  /** Whole seconds, at least 1: robfig truncates the duration to seconds and raises it to 1s. */
  readonly delaySeconds: number;
}

export type CronSchedule = SpecSchedule | ConstantDelaySchedule;

/** robfig's `starBit` (`1 << 63`). */
export const STAR_BIT = 1n << 63n;

/** Thrown by `parseSchedule`; the message is robfig/cron's own error text. */
export class CronParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CronParseError';
  }
}
