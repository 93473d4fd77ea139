/** The CronJob kind at the API server: defaults, validation, status subresource. */
import { Strategy } from '../strategy';
import { subdomainName } from '../../validation/objectmeta';
import { defaultCronJob } from './cronjobDefaults';
import { validateCronJob, validateCronJobUpdate } from './cronjobValidation';

export const cronJobStrategy: Strategy = {
  nameValidator: subdomainName,
  hasStatus: true,
  tracksGeneration: true,
  prepareForCreate: (cronJob) => {
    defaultCronJob(cronJob);
    cronJob.status = {};
  },
  prepareForUpdate: (cronJob) => defaultCronJob(cronJob),
  validate: (cronJob) => validateCronJob(cronJob),
  validateUpdate: (cronJob, old) => validateCronJobUpdate(cronJob, old),
};
