/**
 * Objects for the describer tests, shaped as the API serves them, and `laidOut` to turn raw
 * describe text (cells separated by `\t`, as kubectl's Write calls produce it) into what the
 * terminal shows, through the describe layout preset (itself checked against W4/W5).
 */
import { KubeObject } from '../../../src/api/types';
import { describeWriter, formatTabbed } from '../../../src/kubectl/print/tabwriter';

export const lines = (ls: readonly string[]) => ls.join('\n') + '\n';

export function laidOut(raw: readonly string[]): string {
  return formatTabbed(lines(raw), describeWriter());
}

/** Epoch ms of `2025-06-02T<hh:mm:ss>Z`. */
export const at = (hms: string) => Date.parse(`2025-06-02T${hms}Z`);
export const ts = (hms: string) => `2025-06-02T${hms}Z`;

let counter = 0;

export function event(fields: {
  reason: string;
  message: string;
  type?: string;
  first: string;
  last?: string;
  count?: number;
  component?: string;
  involved?: Record<string, unknown>;
}): KubeObject {
  counter++;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `x.${counter}`, namespace: 'default' },
    involvedObject: fields.involved ?? { kind: 'Pod', name: 'web-1', namespace: 'default', uid: 'pod-uid' },
    reason: fields.reason,
    message: fields.message,
    type: fields.type ?? 'Normal',
    source: { component: fields.component ?? 'kubelet' },
    firstTimestamp: ts(fields.first),
    lastTimestamp: ts(fields.last ?? fields.first),
    count: fields.count ?? 1,
    eventTime: null,
  };
}

/** The service-account volume admission adds to every pod. */
export const apiAccessVolume = {
  name: 'kube-api-access-x7k2p',
  projected: {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
      { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
    ],
  },
};

export const defaultTolerations = [
  { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
  { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
];

export const httpProbe = { httpGet: { path: '/', port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };

/** kubectl.md W4's pod: a ReplicaSet's pod whose container was restarted once. */
export function w4Pod(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'web-1',
      namespace: 'default',
      uid: 'pod-uid',
      labels: { app: 'web', 'pod-template-hash': '7d9c4b7f6d' },
      annotations: { note: 'hello' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9c4b7f6d', uid: 'rs-uid', controller: true, blockOwnerDeletion: true }],
      creationTimestamp: ts('10:00:00'),
    },
    spec: {
      containers: [
        {
          name: 'web',
          image: 'nginx:1.27',
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
          livenessProbe: httpProbe,
          volumeMounts: [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access-x7k2p', readOnly: true }],
        },
      ],
      nodeName: 'node-1',
      priority: 0,
      serviceAccountName: 'default',
      tolerations: defaultTolerations,
      volumes: [apiAccessVolume],
    },
    status: {
      phase: 'Running',
      hostIP: '172.18.0.3',
      podIP: '10.244.1.5',
      podIPs: [{ ip: '10.244.1.5' }],
      startTime: ts('10:00:00'),
      qosClass: 'BestEffort',
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True' })),
      containerStatuses: [
        {
          name: 'web',
          containerID: 'containerd://4f1c0e',
          image: 'nginx:1.27',
          imageID: 'docker.io/library/nginx@sha256:0a1b2c',
          ready: true,
          restartCount: 1,
          state: { running: { startedAt: ts('10:01:00') } },
          lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: ts('10:00:05'), finishedAt: ts('10:00:55') } },
        },
      ],
    },
  };
}

/** W4's events, in the order the API lists them. */
export function w4Events(): KubeObject[] {
  return [
    event({ reason: 'Scheduled', message: 'Successfully assigned default/web-1 to node-1', first: '10:00:00', component: 'default-scheduler' }),
    event({ reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', first: '10:00:25', last: '10:00:45', count: 3 }),
    event({ reason: 'Killing', message: 'Container web failed liveness probe, will be restarted', first: '10:00:45' }),
    event({ reason: 'Pulled', message: 'Container image "nginx:1.27" already present on machine', first: '10:00:01', last: '10:00:50', count: 2 }),
    event({ reason: 'Created', message: 'Created container: web', first: '10:00:01', last: '10:00:50', count: 2 }),
    event({ reason: 'Started', message: 'Started container web', first: '10:00:01', last: '10:00:50', count: 2 }),
  ];
}
