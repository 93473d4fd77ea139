/** describeNode against kubectl.md's W5, and the parts W5 leaves out (roles, taints, requests, no lease). */
import assert from 'node:assert/strict';
import { KubeObject } from '../../../src/api/types';
import { describeNode, nodeRoles } from '../../../src/kubectl/describe/node';
import { at, event, laidOut, ts } from './fixtures';
import { W5, W5_RAW } from './worked-examples';

function w5Node(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: 'node-1',
      uid: 'node-uid',
      labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'node-1', 'kubernetes.io/os': 'linux' },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0' },
      creationTimestamp: ts('09:00:00'),
    },
    spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] },
    status: {
      conditions: [
        { type: 'Ready', status: 'True', lastHeartbeatTime: ts('10:04:30'), lastTransitionTime: ts('09:00:30'), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
      addresses: [
        { type: 'InternalIP', address: '172.18.0.3' },
        { type: 'Hostname', address: 'node-1' },
      ],
      capacity: { cpu: '8', memory: '16Gi', pods: '110' },
      allocatable: { cpu: '8', memory: '16Gi', pods: '110' },
      nodeInfo: {
        machineID: '',
        systemUUID: '',
        bootID: '',
        kernelVersion: '6.8.0',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        operatingSystem: 'linux',
        architecture: 'amd64',
        containerRuntimeVersion: 'containerd://2.1.3',
        kubeletVersion: 'v1.34.0',
        kubeProxyVersion: '',
      },
    },
  };
}

const lease: KubeObject = {
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: { name: 'node-1', namespace: 'kube-node-lease' },
  spec: { holderIdentity: 'node-1', leaseDurationSeconds: 40, renewTime: '2025-06-02T10:05:00.000000Z' },
};

function podOn(name: string, resources: any[], created = '10:00:00'): KubeObject {
  return {
    kind: 'Pod',
    metadata: { name, namespace: 'default', creationTimestamp: ts(created) },
    spec: { nodeName: 'node-1', containers: resources.map((r, i) => ({ name: `c${i}`, image: 'x', resources: r })) },
    status: { phase: 'Running' },
  };
}


/** W5's raw lines from `Addresses:` to `PodCIDRs`. */
const MIDDLE = W5_RAW.slice(W5_RAW.indexOf('Addresses:'), W5_RAW.findIndex((l) => l.startsWith('Non-terminated Pods:')));

const busy = w5Node();
busy.metadata.labels!['node-role.kubernetes.io/control-plane'] = '';
busy.metadata.labels!['kubernetes.io/role'] = 'edge';
busy.spec.taints = [
  { key: 'b', effect: 'NoSchedule' },
  { key: 'a', value: 'x', effect: 'PreferNoSchedule' },
  { key: 'a', effect: 'NoSchedule' },
];
busy.spec.unschedulable = true;
busy.status.conditions = [];

const cases: Record<string, { node: KubeObject; lease: KubeObject | { error: string }; pods: KubeObject[]; events?: KubeObject[]; now: number; expected: string }> = {
  'W5: one pod without requests, no events': {
    node: w5Node(),
    lease,
    pods: [podOn('web-1', [{}])],
    events: [],
    now: at('10:05:00'),
    expected: W5,
  },
  'roles, taints sorted by effect then key, no lease, requests and limits summed with percentages, events': {
    node: busy,
    lease: { error: 'leases.coordination.k8s.io "node-1" not found' },
    pods: [
      podOn('a', [{ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } }, { requests: { cpu: '0.1' } }], '10:03:00'),
      podOn('b', [{ requests: { cpu: '1', memory: '1Gi' } }]),
    ],
    events: [event({ reason: 'NodeNotSchedulable', message: 'Node node-1 status is now: NodeNotSchedulable', first: '10:04:00', involved: { kind: 'Node', name: 'node-1', uid: 'node-1' } })],
    now: at('10:05:00'),
    expected: laidOut([
      'Name:\tnode-1',
      'Roles:\tcontrol-plane,edge',
      'Labels:\tkubernetes.io/arch=amd64',
      '\tkubernetes.io/hostname=node-1',
      '\tkubernetes.io/os=linux',
      '\tkubernetes.io/role=edge',
      '\tnode-role.kubernetes.io/control-plane=',
      'Annotations:\tnode.alpha.kubernetes.io/ttl: 0',
      'CreationTimestamp:\tMon, 02 Jun 2025 09:00:00 +0000',
      'Taints:\ta:NoSchedule',
      '\tb:NoSchedule',
      '\ta=x:PreferNoSchedule',
      'Unschedulable:\ttrue',
      'Lease:\tFailed to get lease: leases.coordination.k8s.io "node-1" not found',
      ...MIDDLE,
      'Non-terminated Pods:\t(2 in total)',
      '  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge',
      '  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---',
      '  default\ta\t\t350m (4%)\t500m (6%)\t64Mi (0%)\t128Mi (0%)\t2m',
      '  default\tb\t\t1 (12%)\t0 (0%)\t1Gi (6%)\t0 (0%)\t5m',
      'Allocated resources:',
      '  (Total limits may be over 100 percent, i.e., overcommitted.)',
      '  Resource\tRequests\tLimits',
      '  --------\t--------\t------',
      '  cpu\t1350m (16%)\t500m (6%)',
      '  memory\t1088Mi (6%)\t128Mi (0%)',
      '  ephemeral-storage\t0 (0%)\t0 (0%)',
      'Events:',
      '  Type\tReason\tAge\tFrom\tMessage',
      '  ----\t------\t----\t----\t-------',
      '  Normal\tNodeNotSchedulable\t60s\tkubelet\tNode node-1 status is now: NodeNotSchedulable',
    ]),
  },
};

describe('kubectl describe node', () => {
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(describeNode({ node: tc.node, lease: tc.lease, pods: tc.pods, events: tc.events, now: tc.now }), tc.expected));
  }

  it('hugepages and extended resources get rows of their own', () => {
    const node = w5Node();
    node.status.allocatable = { cpu: '8', memory: '16Gi', pods: '110', 'hugepages-2Mi': '0', 'example.com/gpu': '2' };
    const text = describeNode({ node, lease, pods: [podOn('g', [{ requests: { 'example.com/gpu': '1' }, limits: { 'example.com/gpu': '1' } }])], now: at('10:05:00') });
    const rows = text.split('\n').slice(text.split('\n').indexOf('  --------           --------  ------') + 1);
    assert.deepEqual(rows, ['  cpu                0 (0%)    0 (0%)', '  memory             0 (0%)    0 (0%)', '  ephemeral-storage  0 (0%)    0 (0%)', '  hugepages-2Mi      0 (0%)    0 (0%)', '  example.com/gpu    1         1', '']);
  });

  const roles: Record<string, { labels: Record<string, string>; expected: string[] }> = {
    'none': { labels: { a: 'b' }, expected: [] },
    'role labels, the legacy label, duplicates once, empty names skipped': {
      labels: { 'node-role.kubernetes.io/worker': 'true', 'node-role.kubernetes.io/': 'x', 'kubernetes.io/role': 'worker', 'node-role.kubernetes.io/infra': '' },
      expected: ['infra', 'worker'],
    },
  };
  for (const [name, tc] of Object.entries(roles)) {
    it(`roles: ${name}`, () => assert.deepEqual(nodeRoles({ metadata: { name: 'n', labels: tc.labels } }), tc.expected));
  }
});
