import assert from 'node:assert/strict';
import { filterNode, podRequests, tolerates } from '../../src/scheduler/filters';
import { feasibleNodesToFind, fitErrorMessage } from '../../src/scheduler/fitError';
import { milliCPU, parseQuantity } from '../../src/scheduler/quantity';

const node = (extra: any = {}) => ({
  metadata: { name: 'n1', labels: { disk: 'ssd', ...(extra.labels ?? {}) } },
  spec: extra.spec ?? {},
  status: { allocatable: { cpu: '4', memory: '16Gi', pods: '110' } },
});
const pod = (spec: any) => ({ metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }], ...spec } });
const free = { milliCPU: 0, memory: 0, pods: 0 };

describe('scheduler filters', () => {
  const cases: Record<string, { pod: any; node: any; usage?: any; want?: string }> = {
    'a pod that fits': { pod: pod({}), node: node() },
    'a cordoned node': { pod: pod({}), node: node({ spec: { unschedulable: true } }), want: 'node(s) were unschedulable' },
    'a cordoned node is fine for a pod that tolerates it': {
      pod: pod({ tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] }),
      node: node({ spec: { unschedulable: true } }),
    },
    'nodeSelector matches': { pod: pod({ nodeSelector: { disk: 'ssd' } }), node: node() },
    'nodeSelector does not match': { pod: pod({ nodeSelector: { disk: 'hdd' } }), node: node(), want: "node(s) didn't match Pod's node affinity/selector" },
    'an untolerated NoSchedule taint': { pod: pod({}), node: node({ spec: { taints: [{ key: 'k', value: 'v', effect: 'NoSchedule' }] } }), want: 'node(s) had untolerated taint(s)' },
    'a PreferNoSchedule taint does not filter': { pod: pod({}), node: node({ spec: { taints: [{ key: 'k', effect: 'PreferNoSchedule' }] } }) },
    'a tolerated taint': {
      pod: pod({ tolerations: [{ key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' }] }),
      node: node({ spec: { taints: [{ key: 'k', value: 'v', effect: 'NoSchedule' }] } }),
    },
    'node affinity In': {
      pod: pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] }] } } } }),
      node: node(),
    },
    'node affinity on the node name': {
      pod: pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n2'] }] }] } } } }),
      node: node(),
      want: "node(s) didn't match Pod's node affinity/selector",
    },
    'too many pods': { pod: pod({}), node: node(), usage: { milliCPU: 0, memory: 0, pods: 110 }, want: 'Too many pods' },
    'not enough cpu': {
      pod: pod({ containers: [{ name: 'c', resources: { requests: { cpu: '500m' } } }] }),
      node: node(),
      usage: { milliCPU: 3600, memory: 0, pods: 3 },
      want: 'Insufficient cpu',
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(filterNode(tc.pod, tc.node, tc.usage ?? free, podRequests(tc.pod), 34), tc.want));
  }

  it('names the taint before 1.34', () => {
    const n = node({ spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } });
    assert.equal(filterNode(pod({}), n, free, podRequests(pod({})), 33), 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }');
  });

  it('a toleration with an empty key and Exists tolerates everything', () => {
    assert.equal(tolerates([{ operator: 'Exists' }], { key: 'any', effect: 'NoExecute' }), true);
  });
});

describe('the FailedScheduling message', () => {
  const cases: Record<string, { perNode: string[][]; minor: number; want: string }> = {
    'every node mismatched': {
      perNode: [["node(s) didn't match Pod's node affinity/selector"]],
      minor: 34,
      want: "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
    },
    'reasons sorted, resources may be helped by preemption': {
      perNode: [['Insufficient cpu'], ['Insufficient cpu'], ["node(s) didn't match Pod's node affinity/selector"]],
      minor: 34,
      want: "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
    },
    'before 1.34 there is no DRA post-filter': {
      perNode: [['node(s) were unschedulable']],
      minor: 33,
      want: '0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    },
    'no nodes at all': { perNode: [], minor: 34, want: 'no nodes available to schedule pods' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(fitErrorMessage(tc.perNode, tc.minor), tc.want));
});

describe('how many feasible nodes the scheduler looks for', () => {
  const cases: Record<string, { nodes: number; want: number }> = {
    'small clusters: all': { nodes: 50, want: 50 },
    '1000 nodes: 42 %': { nodes: 1000, want: 420 },
    '5000 nodes: 10 %': { nodes: 5000, want: 500 },
    '20000 nodes: the 5 % floor': { nodes: 20000, want: 1000 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(feasibleNodesToFind(tc.nodes), tc.want));
});

describe('quantities', () => {
  const cases: Record<string, { q: string; want: number }> = {
    'millicores': { q: '500m', want: 0.5 },
    'cores': { q: '2', want: 2 },
    'binary suffix': { q: '16Gi', want: 16 * 2 ** 30 },
    'decimal suffix': { q: '128M', want: 128e6 },
    'exponent': { q: '1e3', want: 1000 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(parseQuantity(tc.q), tc.want));
  it('CPU in millicores', () => assert.equal(milliCPU('1500m'), 1500));
  it('not a quantity', () => assert.equal(parseQuantity('lots'), undefined));
});
