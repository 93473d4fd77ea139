/** The Job kind at the API server: defaults, the generated selector, validation, status subresource. */
import { Strategy } from '../strategy';
import { subdomainName } from '../../validation/objectmeta';
import { defaultJob, generateSelector } from './jobDefaults';
import { validateJob, validateJobUpdate } from './jobValidation';

export const jobStrategy: Strategy = {
  nameValidator: subdomainName,
  hasStatus: true,
  tracksGeneration: true,
  prepareForCreate: (job, ctx) => {
    defaultJob(job);
    // The API server gives an object its uid before the strategy runs (FillObjectMetaSystemFields);
    // the generated selector is made of it, so the Job's uid is drawn here.
    job.metadata.uid = ctx.rng.uuid();
    generateSelector(job);
    job.status = {};
  },
  prepareForUpdate: (job) => {
    defaultJob(job);
  },
  validate: (job) => validateJob(job),
  validateUpdate: (job, old) => validateJobUpdate(job, old),
};
