import assert from 'node:assert/strict';
import { computeZoneState, evictionQPS, zoneOf } from '../../src/controllers/nodelifecycle/zones';
import { TokenBucket } from '../../src/controllers/nodelifecycle/tokenBucket';
import { monitorGracePeriodMs, noScheduleTaintKeys, reportsNotReady } from '../../src/controllers/nodelifecycle/controller';
import { Cluster } from '../../src/cluster';
import { evictionDelayMs } from '../../src/controllers/tainteviction';

describe('zone states (ComputeZoneState)', () => {
  const cases: Record<string, { ready: number; notReady: number; want: string }> = {
    'all ready': { ready: 3, notReady: 0, want: 'Normal' },
    'one of three down': { ready: 2, notReady: 1, want: 'Normal' },
    'all down': { ready: 0, notReady: 3, want: 'FullDisruption' },
    'two of two down is full disruption': { ready: 0, notReady: 2, want: 'FullDisruption' },
    'more than two and at least 55 % down': { ready: 2, notReady: 3, want: 'PartialDisruption' },
    'two down out of three is not partial (needs more than two)': { ready: 1, notReady: 2, want: 'Normal' },
    '54 % down': { ready: 46, notReady: 54, want: 'Normal' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(computeZoneState(tc.ready, tc.notReady), tc.want));
});

describe('eviction rate per zone state', () => {
  const cases: Record<string, { state: any; size: number; want: number }> = {
    'normal': { state: 'Normal', size: 10, want: 0.1 },
    'partial disruption in a small zone stops evictions': { state: 'PartialDisruption', size: 50, want: 0 },
    'partial disruption in a large zone slows them': { state: 'PartialDisruption', size: 51, want: 0.01 },
    'full disruption of one zone': { state: 'FullDisruption', size: 10, want: 0.1 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(evictionQPS(tc.state, tc.size), tc.want));
});

describe('zone keys', () => {
  it('is empty without topology labels', () => assert.equal(zoneOf({}), ''));
  it('joins region and zone', () => assert.equal(zoneOf({ 'topology.kubernetes.io/region': 'r', 'topology.kubernetes.io/zone': 'z' }), 'r:\u0000:z'));
});

describe('the eviction token bucket (0.1 per second, burst 1)', () => {
  it('gives one token at once, then one every 10 s', () => {
    const b = new TokenBucket(0.1, 1, 0);
    assert.deepEqual(b.take(0), { ok: true });
    assert.deepEqual(b.take(0), { ok: false, at: 10_000 });
    assert.deepEqual(b.take(10_000), { ok: true });
  });
  it('never gives a token at rate 0', () => {
    const b = new TokenBucket(0, 1, 0);
    b.take(0);
    assert.deepEqual(b.take(1_000_000), { ok: false, at: Infinity });
  });
});

describe('the node monitor grace period', () => {
  it('is 50 s since 1.32', () => assert.equal(monitorGracePeriodMs(34), 50_000));
  it('was 40 s before', () => assert.equal(monitorGracePeriodMs(31), 40_000));
});

describe('when taint eviction deletes a pod', () => {
  const unreachable = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
  const defaults = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ];
  const cases: Record<string, { tolerations: any[]; taints: any[]; want: number | undefined }> = {
    'no NoExecute taint: never': { tolerations: [], taints: [{ key: 'x', effect: 'NoSchedule' }], want: undefined },
    'untolerated: at once': { tolerations: [], taints: [unreachable], want: 0 },
    'the default tolerations: after 300 s': { tolerations: defaults, taints: [unreachable], want: 300_000 },
    'tolerated for ever (no seconds)': { tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }], taints: [unreachable], want: undefined },
    'the shortest of the tolerations used': {
      tolerations: [...defaults, { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }],
      taints: [unreachable],
      want: 60_000,
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(evictionDelayMs(tc.tolerations, tc.taints), tc.want));
});

describe('NoSchedule taints from node conditions (nodeConditionToTaintKeyStatusMap)', () => {
  const cases: Record<string, { conditions: { type: string; status: string }[]; unschedulable?: boolean; want: string[] }> = {
    'a ready node': { conditions: [{ type: 'Ready', status: 'True' }, { type: 'MemoryPressure', status: 'False' }], want: [] },
    'not ready': { conditions: [{ type: 'Ready', status: 'False' }], want: ['node.kubernetes.io/not-ready'] },
    'unknown': { conditions: [{ type: 'Ready', status: 'Unknown' }, { type: 'MemoryPressure', status: 'Unknown' }], want: ['node.kubernetes.io/unreachable'] },
    'pressures and the network': {
      conditions: [{ type: 'MemoryPressure', status: 'True' }, { type: 'DiskPressure', status: 'True' }, { type: 'PIDPressure', status: 'True' }, { type: 'NetworkUnavailable', status: 'True' }],
      want: ['node.kubernetes.io/memory-pressure', 'node.kubernetes.io/disk-pressure', 'node.kubernetes.io/pid-pressure', 'node.kubernetes.io/network-unavailable'],
    },
    'cordoned': { conditions: [{ type: 'Ready', status: 'True' }], unschedulable: true, want: ['node.kubernetes.io/unschedulable'] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(noScheduleTaintKeys(tc.conditions, !!tc.unschedulable).sort(), [...tc.want].sort()));
});

describe('the NodeNotReady event and MarkPodsNotReady (only on Ready → not Ready)', () => {
  const cases: [string | undefined, string, boolean][] = [
    ['True', 'Unknown', true],
    ['False', 'Unknown', false],
    [undefined, 'Unknown', false],
    ['Unknown', 'Unknown', false],
  ];
  for (const [from, to, want] of cases) it(`${from ?? 'never reported'} → ${to}: ${want}`, () => assert.equal(reportsNotReady(from, to), want));
});

describe('a deleted node', () => {
  it('is reported RemovingNode at the controller’s next look', () => {
    const c = new Cluster({ nodes: 2 });
    c.advance('7s');
    c.removeNode('node-2');
    const removing = () => c.api.store.list('Event').filter((e: any) => e.reason === 'RemovingNode');
    assert.equal(removing().length, 0);
    c.advance('3s');
    assert.deepEqual(removing().map((e: any) => [e.involvedObject.name, e.message]), [['node-2', 'Node node-2 event: Removing Node node-2 from Controller']]);
  });
});
