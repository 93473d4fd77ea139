/**
 * What the API server fills in on a new Job: the batch/v1 defaults (SetDefaults_Job), the pod
 * template defaults, and the selector it generates from the Job's uid (generateSelector).
 */
import { KubeObject } from '../../types';
import { defaultPodSpec } from '../pod/defaults';
import {
  CONTROLLER_UID_LABEL,
  JOB_NAME_LABEL,
  LEGACY_CONTROLLER_UID_LABEL,
  LEGACY_JOB_NAME_LABEL,
} from './labels';

/** SetDefaults_Job on a Job spec (changes it in place). */
export function defaultJobSpec(spec: any): void {
  if (spec.completions == null && spec.parallelism == null) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex != null ? 2147483647 : 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    for (const pattern of rule.onPodConditions ?? []) pattern.status ||= 'True';
  }
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  const template = (spec.template ??= {});
  template.spec ??= {};
  defaultPodSpec(template.spec);
}

/**
 * The defaults of a whole Job. The Job's labels default to its template's: Go shares the map,
 * so the labels generateSelector adds to the template later show on the Job too.
 */
export function defaultJob(job: KubeObject): void {
  const spec = (job.spec ??= {});
  defaultJobSpec(spec);
  const templateLabels = spec.template.metadata?.labels;
  if (templateLabels && Object.keys(job.metadata.labels ?? {}).length === 0) job.metadata.labels = templateLabels;
}

/**
 * generateSelector: unless `manualSelector` is true, the template gets the job-name and
 * controller-uid labels (both spellings, unless already there) and the selector picks the uid.
 */
export function generateSelector(job: KubeObject): void {
  const spec = job.spec;
  if (spec.manualSelector === true) return;
  const template = (spec.template ??= {});
  const metadata = (template.metadata ??= {});
  const shared = job.metadata.labels !== undefined && job.metadata.labels === metadata.labels;
  const labels: Record<string, string> = (metadata.labels ??= {});
  for (const key of [LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL]) if (!(key in labels)) labels[key] = job.metadata.name!;
  for (const key of [LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL]) if (!(key in labels)) labels[key] = job.metadata.uid!;
  // Stored objects share nothing: the Job gets its own copy of the (shared) map.
  if (shared) job.metadata.labels = { ...labels };
  const selector = (spec.selector ??= {});
  const matchLabels = (selector.matchLabels ??= {});
  if (!(CONTROLLER_UID_LABEL in matchLabels)) matchLabels[CONTROLLER_UID_LABEL] = job.metadata.uid!;
}
