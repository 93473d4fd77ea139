/**
 * The kinds whose schema the simulator carries, by kubernetes-types module (`core/v1`...), and
 * the API group each module's directory stands for. Read by the generator (what to pull in)
 * and by `schemaFor` (what to answer for).
 */

export const SERVED_KINDS: Readonly<Record<string, readonly string[]>> = {
  'core/v1': [
    'Pod',
    'Node',
    'Service',
    'Endpoints',
    'Namespace',
    'ReplicationController',
    'Event',
    'ConfigMap',
    'Secret',
    'ServiceAccount',
    'Binding',
  ],
  'apps/v1': ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ControllerRevision'],
  'batch/v1': ['Job', 'CronJob'],
  'coordination/v1': ['Lease'],
  'discovery/v1': ['EndpointSlice'],
  'policy/v1': ['PodDisruptionBudget', 'Eviction'],
  'autoscaling/v1': ['HorizontalPodAutoscaler', 'Scale'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'networking/v1': ['Ingress'],
};

/** API group → kubernetes-types directory; the core group is `''`. */
export const GROUP_DIRS: Readonly<Record<string, string>> = {
  '': 'core',
  apps: 'apps',
  batch: 'batch',
  'coordination.k8s.io': 'coordination',
  'discovery.k8s.io': 'discovery',
  policy: 'policy',
  autoscaling: 'autoscaling',
  'networking.k8s.io': 'networking',
};
