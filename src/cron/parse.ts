/**
 * `cron.ParseStandard` from robfig/cron v3, the parser Kubernetes uses for `spec.schedule`:
 * an optional `TZ=`/`CRON_TZ=` prefix, then either a descriptor (`@daily`, `@every 1h30m`) or
 * exactly five fields (minute hour day-of-month month day-of-week).
 */

import { allBits, DOM, DOW, getField, HOURS, MINUTES, MONTHS, SECONDS } from './fields';
import { parseGoDuration } from './go-duration';
import { goFields, goStringSlice, goTrimSpace } from './go-text';
import type { CronSchedule, SpecSchedule } from './schedule';
import { CronParseError } from './schedule';
import { loadLocation } from './zone';

const NANOS_PER_SECOND = 1_000_000_000n;

export function parseSchedule(spec: string): CronSchedule {
  if (spec.length === 0) throw new CronParseError('empty spec string');

  let location: string | null = null;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    // robfig slices spec[eq+1:space] unchecked, so with no space Go panics; reject instead.
    if (space < 0) throw new CronParseError('runtime error: slice bounds out of range [:-1]');
    const name = spec.slice(spec.indexOf('=') + 1, space);
    try {
      location = loadLocation(name)?.name ?? null;
    } catch (err) {
      throw new CronParseError(`provided bad location ${name}: ${(err as Error).message}`);
    }
    spec = goTrimSpace(spec.slice(space));
  }

  if (spec.startsWith('@')) return parseDescriptor(spec, location);

  const fields = goFields(spec);
  if (fields.length !== 5) {
    throw new CronParseError(`expected exactly 5 fields, found ${fields.length}: ${goStringSlice(fields)}`);
  }
  // Parsed in robfig's order, so the leftmost bad field is the one reported.
  return {
    kind: 'spec',
    second: getField('0', SECONDS),
    minute: getField(fields[0], MINUTES),
    hour: getField(fields[1], HOURS),
    dom: getField(fields[2], DOM),
    month: getField(fields[3], MONTHS),
    dow: getField(fields[4], DOW),
    location,
  };
}

function specSchedule(
  minute: bigint,
  hour: bigint,
  dom: bigint,
  month: bigint,
  dow: bigint,
  location: string | null,
): SpecSchedule {
  return { kind: 'spec', second: 1n, minute, hour, dom, month, dow, location };
}

/** `parseDescriptor`: exact, case-sensitive names; anything else after `@` is an error. */
function parseDescriptor(descriptor: string, location: string | null): CronSchedule {
  switch (descriptor) {
    case '@yearly':
    case '@annually':
      return specSchedule(1n, 1n, 1n << 1n, 1n << 1n, allBits(DOW), location);
    case '@monthly':
      return specSchedule(1n, 1n, 1n << 1n, allBits(MONTHS), allBits(DOW), location);
    case '@weekly':
      return specSchedule(1n, 1n, allBits(DOM), allBits(MONTHS), 1n, location);
    case '@daily':
    case '@midnight':
      return specSchedule(1n, 1n, allBits(DOM), allBits(MONTHS), allBits(DOW), location);
    case '@hourly':
      return specSchedule(1n, allBits(HOURS), allBits(DOM), allBits(MONTHS), allBits(DOW), location);
  }

  const every = '@every ';
  if (descriptor.startsWith(every)) {
    let nanos: bigint;
    try {
      nanos = parseGoDuration(descriptor.slice(every.length));
    } catch (err) {
      throw new CronParseError(`failed to parse duration ${descriptor}: ${(err as Error).message}`);
    }
    // cron.Every: under a second becomes a second; otherwise truncate to whole seconds.
    // The location is ignored: a constant delay does not depend on the wall clock.
    const seconds = nanos < NANOS_PER_SECOND ? 1n : nanos / NANOS_PER_SECOND;
    return { kind: 'every', delaySeconds: Number(seconds) };
  }

  throw new CronParseError(`unrecognized descriptor: ${descriptor}`);
}
