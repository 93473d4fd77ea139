/**
 * CronJob validation (pkg/apis/batch/validation ValidateCronJobCreate/Update): the schedule as
 * robfig's parser reads it, the TZ/CRON_TZ refusal, the time zone, the concurrency policy, the
 * job template and the history limits, and the 52-character name limit on create.
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { CronParseError, parseSchedule, validateTimeZone } from '../../../cron';
import { validateJobSpecFields } from './jobValidation';

const CONCURRENCY_POLICIES = ['Allow', 'Forbid', 'Replace'];
/** Job names are the CronJob's plus `-<minutes since the epoch>`: 11 characters within 63. */
export const MAX_CRONJOB_NAME_LENGTH = 52;

function validateSchedule(schedule: string, allowTZ: boolean, timeZone: unknown, path: FieldPath, errs: FieldError[]): void {
  try {
    parseSchedule(schedule);
  } catch (e) {
    if (!(e instanceof CronParseError)) throw e;
    errs.push(fieldErrors.invalid(path, schedule, e.message));
  }
  if (allowTZ && schedule.includes('TZ') && timeZone != null) {
    errs.push(fieldErrors.invalid(path, schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  } else if (!allowTZ && schedule.includes('TZ')) {
    errs.push(fieldErrors.invalid(path, schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
}

function nonNegative(value: unknown, path: FieldPath, errs: FieldError[]): void {
  if (typeof value === 'number' && value < 0) errs.push(fieldErrors.invalid(path, value, 'must be greater than or equal to 0'));
}

function validateCronJobSpec(spec: any, old: any | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec.schedule) errs.push(fieldErrors.required(path.child('schedule')));
  else validateSchedule(String(spec.schedule), !!old && String(old.schedule ?? '').includes('TZ'), spec.timeZone, path.child('schedule'), errs);
  nonNegative(spec.startingDeadlineSeconds, path.child('startingDeadlineSeconds'), errs);
  if (!old || old.timeZone !== spec.timeZone) {
    for (const msg of validateTimeZone(spec.timeZone)) errs.push(fieldErrors.invalid(path.child('timeZone'), spec.timeZone, msg));
  }
  const policy = spec.concurrencyPolicy;
  if (policy === '' || policy == null) errs.push(fieldErrors.required(path.child('concurrencyPolicy')));
  else if (!CONCURRENCY_POLICIES.includes(policy)) errs.push(fieldErrors.notSupported(path.child('concurrencyPolicy'), policy, CONCURRENCY_POLICIES));
  const templatePath = path.child('jobTemplate');
  const jobSpec = spec.jobTemplate?.spec ?? {};
  errs.push(...validateJobSpecFields(jobSpec, templatePath.child('spec')));
  if (jobSpec.selector != null) errs.push(fieldErrors.invalid(templatePath.child('spec', 'selector'), jobSpec.selector, '`selector` will be auto-generated'));
  if (jobSpec.manualSelector === true) errs.push(fieldErrors.notSupported(templatePath.child('spec', 'manualSelector'), true, ['nil', 'false']));
  nonNegative(spec.successfulJobsHistoryLimit, path.child('successfulJobsHistoryLimit'), errs);
  nonNegative(spec.failedJobsHistoryLimit, path.child('failedJobsHistoryLimit'), errs);
  return errs;
}

export function validateCronJob(cronJob: any): FieldError[] {
  const errs = validateCronJobSpec(cronJob.spec ?? {}, undefined, FieldPath.root('spec'));
  const name: string = cronJob.metadata.name ?? '';
  if (name.length > MAX_CRONJOB_NAME_LENGTH) {
    errs.push(fieldErrors.invalid(FieldPath.root('metadata').child('name'), name, `must be no more than ${MAX_CRONJOB_NAME_LENGTH} characters`));
  }
  return errs;
}

/** On update the name limit is not checked, so CronJobs with longer names can still be changed. */
export function validateCronJobUpdate(cronJob: any, old: any): FieldError[] {
  return validateCronJobSpec(cronJob.spec ?? {}, old.spec ?? {}, FieldPath.root('spec'));
}
