/**
 * The manifests behind the shorthand steps: labels `app=<name>`, one container named after the
 * object, image `nginx` unless one is named. They go through `kubectl apply` like any manifest.
 */
import { stringify } from 'yaml';
import { parseSelector } from '../labels';

export function podManifest(name: string, image: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: name } },
    spec: { containers: [{ name, image }] },
  });
}

/** The pod template every shorthand workload uses. */
function template(name: string, image: string, extra: Record<string, unknown> = {}) {
  return { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }], ...extra } };
}

/** An apps/v1 controller of replicas (ReplicaSet or Deployment) selecting `app=NAME`. */
function replicatedManifest(kind: 'ReplicaSet' | 'Deployment', name: string, replicas: number, image: string): string {
  return stringify({
    apiVersion: 'apps/v1',
    kind,
    metadata: { name, labels: { app: name } },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: template(name, image) },
  });
}

export function replicaSetManifest(name: string, replicas: number, image = 'nginx'): string {
  return replicatedManifest('ReplicaSet', name, replicas, image);
}

export function deploymentManifest(name: string, replicas: number, image = 'nginx'): string {
  return replicatedManifest('Deployment', name, replicas, image);
}

export function replicationControllerManifest(name: string, replicas: number, image = 'nginx'): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name },
    spec: { replicas, selector: { app: name }, template: template(name, image) },
  });
}

const NODE_OPERATORS: Record<string, string> = { in: 'In', notin: 'NotIn', exists: 'Exists', '!': 'DoesNotExist', gt: 'Gt', lt: 'Lt' };

/**
 * Where a shorthand DaemonSet runs: an equality-only selector (`disk=ssd`) becomes a
 * nodeSelector, anything else (`disk in (ssd,nvme)`, `!gpu`) a required node affinity.
 */
export function nodePlacement(selector: string): Record<string, unknown> {
  const reqs = parseSelector(selector).requirements();
  if (reqs.every((r) => r.operator === '=' || r.operator === '==')) {
    return { nodeSelector: Object.fromEntries(reqs.map((r) => [r.key, r.values[0]])) };
  }
  const matchExpressions = reqs.map((r) => {
    const operator = r.operator === '=' || r.operator === '==' ? 'In' : r.operator === '!=' ? 'NotIn' : NODE_OPERATORS[r.operator];
    return operator === 'Exists' || operator === 'DoesNotExist' ? { key: r.key, operator } : { key: r.key, operator, values: [...r.values] };
  });
  return { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions }] } } } };
}

export function daemonSetManifest(name: string, nodeSelector?: string, image = 'nginx'): string {
  return stringify({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, labels: { app: name } },
    spec: { selector: { matchLabels: { app: name } }, template: template(name, image, nodeSelector === undefined ? {} : nodePlacement(nodeSelector)) },
  });
}
