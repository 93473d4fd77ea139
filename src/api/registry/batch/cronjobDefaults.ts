/** SetDefaults_CronJob and the defaults of its job template (the Job defaults, without a selector). */
import { KubeObject } from '../../types';
import { defaultJobSpec } from './jobDefaults';

export function defaultCronJob(cronJob: KubeObject): void {
  const spec = (cronJob.spec ??= {});
  if (!spec.concurrencyPolicy) spec.concurrencyPolicy = 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobTemplate = (spec.jobTemplate ??= {});
  defaultJobSpec((jobTemplate.spec ??= {}));
}
