/**
 * Kubernetes' `validateTimeZone` for `CronJob.spec.timeZone` (pkg/apis/batch/validation): the
 * messages it attaches to `spec.timeZone: Invalid value`. Returns them in Kubernetes' order;
 * an empty list means the zone is accepted.
 */

import { loadLocation } from './zone';

// IANA naming rules for one path component; digits and '+' tolerated for legacy names.
const VALID_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

export function validateTimeZone(timeZone: string | null | undefined): string[] {
  if (timeZone === null || timeZone === undefined) return [];
  if (timeZone.length === 0) return ['timeZone must be nil or non-empty string'];

  for (const part of timeZone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !VALID_PART.test(part)) {
      return [`unknown time zone ${timeZone}`];
    }
  }

  const errors: string[] = [];
  // strings.EqualFold; the part check above already limited the name to ASCII.
  if (timeZone.toLowerCase() === 'local') {
    errors.push('timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones');
  }
  try {
    loadLocation(timeZone);
  } catch (err) {
    errors.push((err as Error).message);
  }
  return errors;
}
