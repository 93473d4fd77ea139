/**
 * The workloads the cluster properties apply: small, mostly valid manifests over a few shared
 * names and labels, so that objects collide, selectors overlap and pods change hands. An
 * `invalid` manifest breaks one rule the API server enforces, to exercise refusals.
 */
import { stringify } from 'yaml';

export type WorkloadKind = 'Pod' | 'ReplicaSet' | 'Deployment' | 'DaemonSet' | 'Job' | 'Service';

export interface Workload {
  readonly kind: WorkloadKind;
  readonly name: string;
  readonly app: string;
  readonly replicas: number;
  readonly image: string;
  /** DaemonSets: run only on nodes labelled disk=ssd. */
  readonly ssdOnly: boolean;
  /** Pods: bound at creation to this node (which may not exist). */
  readonly nodeName?: string;
  /** Deployments: the strategy. */
  readonly strategy: 'default' | 'Recreate' | 'surge-only';
  readonly invalid: boolean;
}

/** An image that does a job's work: it runs 20 seconds and exits 0. */
export const JOB_IMAGE = 'worker';

function podTemplate(w: Workload, extra: Record<string, unknown> = {}) {
  const labels = { app: w.invalid ? `${w.app}-other` : w.app };
  return { metadata: { labels }, spec: { containers: [{ name: 'c', image: w.image }], ...extra } };
}

function strategy(w: Workload) {
  if (w.strategy === 'Recreate') return { type: 'Recreate' };
  if (w.strategy === 'surge-only') return { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } };
  return undefined;
}

function body(w: Workload): Record<string, unknown> {
  const selector = { matchLabels: { app: w.app } };
  switch (w.kind) {
    case 'Pod':
      return {
        apiVersion: 'v1',
        metadata: { name: w.name, labels: { app: w.app } },
        spec: { containers: [{ name: 'c', image: w.invalid ? '' : w.image }], ...(w.nodeName ? { nodeName: w.nodeName } : {}) },
      };
    case 'ReplicaSet':
      return { apiVersion: 'apps/v1', metadata: { name: w.name }, spec: { replicas: w.replicas, selector, template: podTemplate(w) } };
    case 'Deployment':
      return { apiVersion: 'apps/v1', metadata: { name: w.name }, spec: { replicas: w.replicas, selector, strategy: strategy(w), template: podTemplate(w) } };
    case 'DaemonSet':
      return { apiVersion: 'apps/v1', metadata: { name: w.name }, spec: { selector, template: podTemplate(w, w.ssdOnly ? { nodeSelector: { disk: 'ssd' } } : {}) } };
    case 'Job':
      return {
        apiVersion: 'batch/v1',
        metadata: { name: w.name },
        spec: {
          completions: Math.max(1, w.replicas),
          parallelism: Math.max(1, Math.min(2, w.replicas)),
          template: { spec: { restartPolicy: w.invalid ? 'Always' : 'Never', containers: [{ name: 'c', image: JOB_IMAGE }] } },
        },
      };
    case 'Service':
      return { apiVersion: 'v1', metadata: { name: w.name }, spec: { selector: { app: w.app }, ports: [{ port: w.invalid ? 0 : 80 }] } };
  }
}

export function manifest(w: Workload): string {
  const b = body(w);
  // Drop undefined fields (a default strategy) so the YAML has no nulls.
  return stringify({ apiVersion: b.apiVersion, kind: w.kind, ...JSON.parse(JSON.stringify(b)) });
}
