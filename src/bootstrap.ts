/**
 * What a new cluster holds before anyone applies anything: the four namespaces, their default
 * service accounts, and the `kubernetes` service in `default`, as `kubectl get` shows them on a
 * fresh cluster.
 */
import { ClusterContext } from './context';
import { KubeObject } from './api/types';
import { ApiServer } from './store/apiserver';
import { Runtime } from './sim/runtime';
import { Random } from './sim/rng';

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const API_SERVER_ENDPOINT = '192.168.49.2';

/** The objects, as written to the API server (it defaults and validates them). */
function bootstrapObjects(): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const name of SYSTEM_NAMESPACES) objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  for (const namespace of SYSTEM_NAMESPACES) {
    objects.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } });
  }
  objects.push({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      clusterIP: KUBERNETES_SERVICE_IP,
      clusterIPs: [KUBERNETES_SERVICE_IP],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  });
  objects.push({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: API_SERVER_ENDPOINT }], ports: [{ name: 'https', port: 8443, protocol: 'TCP' }] }],
  });
  // The API server's endpoint reconciler writes this slice too (kube-proxy reads slices).
  objects.push({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [API_SERVER_ENDPOINT], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 8443, protocol: 'TCP' }],
  });
  return objects;
}

/**
 * The objects as `create` stored them, per Kubernetes release: defaulted and validated once per
 * process on a scratch API server. Every cluster then stores them with its own uids, time and
 * resource versions (the same draws from its generator as creating them would make): building
 * a cluster is what every scenario starts with.
 */
const PREPARED = new Map<number, readonly KubeObject[]>();

function prepared(minor: number): readonly KubeObject[] {
  let objects = PREPARED.get(minor);
  if (!objects) {
    const scratch = new ApiServer(new Runtime(0), new Random(0), minor);
    objects = bootstrapObjects().map((o) => scratch.create(o));
    PREPARED.set(minor, objects);
  }
  return objects;
}

export function bootstrap(ctx: ClusterContext): void {
  for (const obj of prepared(ctx.api.minor)) ctx.api.createPrepared(obj);
}
