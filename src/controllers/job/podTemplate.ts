/**
 * The pod a Job creates (controller.GetPodFromTemplate): the template's labels, annotations and
 * spec, `<job>-` as generateName, the Job as controlling owner, and the tracking finalizer; an
 * Indexed Job's pod also carries its index (name, hostname, annotation, label, environment).
 */
import { KubeObject, clone } from '../../api/types';
import { COMPLETION_INDEX_ANNOTATION, JOB_TRACKING_FINALIZER } from '../../api/registry/batch/labels';
import { isDNS1123Subdomain } from '../../api/validation/dns';

const INDEX_ENV = 'JOB_COMPLETION_INDEX';

/** getPodsPrefix: `<name>-`, or the bare name when the dash would make it invalid. */
function podsPrefix(name: string): string {
  const prefix = `${name}-`;
  return isDNS1123Subdomain(prefix.slice(0, -1) + 'a').length ? name : prefix;
}

function addIndexEnv(container: any): void {
  const env: any[] = (container.env ??= []);
  if (env.some((e) => e.name === INDEX_ENV)) return;
  env.push({ name: INDEX_ENV, valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.annotations['${COMPLETION_INDEX_ANNOTATION}']` } } });
}

export function podForJob(job: KubeObject, index?: number): KubeObject {
  const template = job.spec.template ?? {};
  const spec = clone(template.spec ?? {});
  const labels = { ...(template.metadata?.labels ?? {}) };
  const annotations = { ...(template.metadata?.annotations ?? {}) };
  const finalizers = [...(template.metadata?.finalizers ?? [])];
  if (!finalizers.includes(JOB_TRACKING_FINALIZER)) finalizers.push(JOB_TRACKING_FINALIZER);
  let generateName = podsPrefix(job.metadata.name!);
  if (index !== undefined) {
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) addIndexEnv(c);
    annotations[COMPLETION_INDEX_ANNOTATION] = String(index);
    labels[COMPLETION_INDEX_ANNOTATION] = String(index);
    spec.hostname = `${job.metadata.name}-${index}`;
    generateName = `${job.metadata.name}-${index}-`;
  }
  const metadata: any = {
    generateName,
    namespace: job.metadata.namespace,
    labels,
    finalizers,
    ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name!, uid: job.metadata.uid!, controller: true, blockOwnerDeletion: true }],
  };
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}
