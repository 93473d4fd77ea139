/**
 * SetDefaults_CronJob, and the pod defaults of its job template. The template's Job fields
 * (backoffLimit, completions…) are not defaulted here: the Job gets them when it is created.
 */
import { KubeObject } from '../../types';
import { defaultPodSpec } from '../pod/defaults';

export function defaultCronJob(cronJob: KubeObject): void {
  const spec = (cronJob.spec ??= {});
  if (!spec.concurrencyPolicy) spec.concurrencyPolicy = 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobSpec = ((spec.jobTemplate ??= {}).spec ??= {});
  defaultPodSpec(((jobSpec.template ??= {}).spec ??= {}));
}
