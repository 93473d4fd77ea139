import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { rfc3339 } from '../../src/api/time';
import { deletedBefore, deletionCost, logarithmicRankDiff, podsToDelete, ranksByNode } from '../../src/controllers/replicaset/ranking';

// The pods of Kubernetes' TestSortingActivePodsWithRanks (pkg/controller/controller_utils_test.go).
const now = Date.parse('2026-03-15T12:00:00Z');
const then1Month = Date.parse('2026-02-15T12:00:00Z');
const hours = (h: number) => now - h * 3600_000;

function pod(name: string, node: string, phase: string, ready: boolean, restarts: number, readySince?: number, created?: number, annotations?: Record<string, string>): KubeObject {
  return {
    metadata: { name, ...(created !== undefined ? { creationTimestamp: rfc3339(created) } : {}), ...(annotations ? { annotations } : {}) },
    spec: { nodeName: node },
    status: {
      phase,
      ...(ready
        ? { conditions: [{ type: 'Ready', status: 'True', ...(readySince !== undefined ? { lastTransitionTime: rfc3339(readySince) } : {}) }], containerStatuses: [{ restartCount: restarts }] }
        : {}),
    },
  };
}

const COST = 'controller.kubernetes.io/pod-deletion-cost';
const P = {
  unscheduled: pod('unscheduled', '', 'Pending', false, 0),
  scheduledPending: pod('pending', 'node', 'Pending', false, 0),
  unknownPhase: pod('unknown-phase', 'node', 'Unknown', false, 0),
  runningNotReady: pod('not-ready', 'node', 'Running', false, 0),
  readyNoLastTransitionTime: pod('ready-no-last-transition-time', 'node', 'Running', true, 0),
  readyNow: pod('ready-now', 'node', 'Running', true, 0, now, now),
  readyThen: pod('ready-then', 'node', 'Running', true, 0, then1Month, then1Month),
  readyNowHighRestarts: pod('ready-high-restarts', 'node', 'Running', true, 9001, now, now),
  readyNowCreatedThen: pod('ready-now-created-then', 'node', 'Running', true, 0, now, then1Month),
  lowDeletionCost: pod('low-deletion-cost', 'node', 'Running', true, 0, now, then1Month, { [COST]: '10' }),
  highDeletionCost: pod('high-deletion-cost', 'node', 'Running', true, 0, now, then1Month, { [COST]: '100' }),
  unscheduled5Hours: pod('unscheduled-5-hours', '', 'Pending', false, 0, hours(5), hours(5)),
  unscheduled8Hours: pod('unscheduled-10-hours', '', 'Pending', false, 0, hours(8), hours(8)),
  ready2Hours: pod('ready-2-hours', '', 'Running', true, 0, hours(2), then1Month),
  ready5Hours: pod('ready-5-hours', '', 'Running', true, 0, hours(5), then1Month),
  ready8Hours: pod('ready-10-hours', '', 'Running', true, 0, hours(8), then1Month),
};

describe('ActivePodsWithRanks.Less (which pod a ReplicaSet deletes first)', () => {
  const equal: Record<string, [KubeObject, KubeObject]> = {
    'unscheduled pods': [P.unscheduled, P.unscheduled],
    'scheduled pending pods': [P.scheduledPending, P.scheduledPending],
    'unknown-phase pods': [P.unknownPhase, P.unknownPhase],
    'running, not ready pods': [P.runningNotReady, P.runningNotReady],
    'ready now, created a month ago': [P.readyNowCreatedThen, P.readyNowCreatedThen],
    'ready now': [P.readyNow, P.readyNow],
    'ready a month ago': [P.readyThen, P.readyThen],
    'many restarts': [P.readyNowHighRestarts, P.readyNowHighRestarts],
    'created 5 and 8 hours ago fall in the same log2 bucket': [P.unscheduled5Hours, P.unscheduled8Hours],
    'ready 5 and 8 hours ago fall in the same log2 bucket': [P.ready5Hours, P.ready8Hours],
  };
  for (const [name, [a, b]] of Object.entries(equal)) {
    it(`equal: ${name}`, () => {
      assert.equal(deletedBefore(a, 1, b, 1, now), false);
      assert.equal(deletedBefore(b, 1, a, 1, now), false);
    });
  }

  const inequality: Record<string, { lesser: [KubeObject, number]; greater: [KubeObject, number] }> = {
    'unscheduled before scheduled (lower rank)': { lesser: [P.unscheduled, 1], greater: [P.scheduledPending, 2] },
    'unscheduled before scheduled (higher rank)': { lesser: [P.unscheduled, 2], greater: [P.scheduledPending, 1] },
    'pending before unknown': { lesser: [P.scheduledPending, 1], greater: [P.unknownPhase, 2] },
    'unknown before running': { lesser: [P.unknownPhase, 1], greater: [P.runningNotReady, 2] },
    'not ready before ready': { lesser: [P.runningNotReady, 1], greater: [P.readyNoLastTransitionTime, 1] },
    'unset ready time before a ready time': { lesser: [P.readyNoLastTransitionTime, 1], greater: [P.readyNow, 1] },
    'higher rank first': { lesser: [P.readyNow, 2], greater: [P.readyNoLastTransitionTime, 1] },
    'ready more recently first': { lesser: [P.readyNow, 1], greater: [P.readyThen, 1] },
    'rank before ready time': { lesser: [P.readyNow, 2], greater: [P.readyThen, 1] },
    'more restarts first': { lesser: [P.readyNowHighRestarts, 1], greater: [P.readyNow, 1] },
    'rank before restarts': { lesser: [P.readyNow, 2], greater: [P.readyNowHighRestarts, 1] },
    'newer first': { lesser: [P.readyNow, 1], greater: [P.readyNowCreatedThen, 1] },
    'rank before age': { lesser: [P.readyNowCreatedThen, 2], greater: [P.readyNow, 1] },
    'lower deletion cost first, whatever the rank': { lesser: [P.lowDeletionCost, 2], greater: [P.highDeletionCost, 1] },
    'ready 2 hours before ready 5 hours (different log2 buckets)': { lesser: [P.ready2Hours, 1], greater: [P.ready5Hours, 1] },
  };
  for (const [name, tc] of Object.entries(inequality)) {
    it(name, () => {
      assert.equal(deletedBefore(tc.lesser[0], tc.lesser[1], tc.greater[0], tc.greater[1], now), true);
      assert.equal(deletedBefore(tc.greater[0], tc.greater[1], tc.lesser[0], tc.lesser[1], now), false);
    });
  }

  it('ties in a log2 bucket are broken by uid', () => {
    const a = { ...P.ready5Hours, metadata: { ...P.ready5Hours.metadata, uid: 'aaa' } };
    const b = { ...P.ready8Hours, metadata: { ...P.ready8Hours.metadata, uid: 'bbb' } };
    assert.equal(deletedBefore(a, 1, b, 1, now), true);
    assert.equal(deletedBefore(b, 1, a, 1, now), false);
  });
});

describe('pod-deletion-cost annotation (GetDeletionCostFromPodAnnotations)', () => {
  const cases: Record<string, { value?: string; want: number }> = {
    unset: { want: 0 },
    positive: { value: '100', want: 100 },
    negative: { value: '-10', want: -10 },
    zero: { value: '0', want: 0 },
    'plus sign': { value: '+10', want: 0 },
    'leading zero': { value: '008', want: 0 },
    'not a number': { value: 'ten', want: 0 },
    'beyond int32': { value: '2147483648', want: 0 },
    'min int32': { value: '-2147483648', want: -2147483648 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const p = pod('p', 'node', 'Running', true, 0, now, now, tc.value === undefined ? undefined : { [COST]: tc.value });
      assert.equal(deletionCost(p), tc.want);
    });
  }
});

describe('logarithmicRankDiff', () => {
  const cases: Record<string, { t1: number; t2: number; want: number }> = {
    'same bucket': { t1: hours(5), t2: hours(8), want: 0 },
    'one bucket apart': { t1: hours(2), t2: hours(5), want: -2 },
    'age zero counts as -1': { t1: now, t2: now - 1, want: -1 - 19 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(logarithmicRankDiff(tc.t1, tc.t2, now), tc.want));
});

describe('getPodsToDelete', () => {
  const onNode = (name: string, node: string, readySince: number) => pod(name, node, 'Running', true, 0, readySince, readySince);
  const a1 = onNode('a1', 'node-a', hours(10));
  const a2 = onNode('a2', 'node-a', hours(10));
  const b1 = onNode('b1', 'node-b', hours(10));

  it('ranks pods by the active related pods on their node', () => {
    assert.deepEqual(ranksByNode([a1, b1], [a1, a2, b1]), [2, 1]);
  });
  it('deletes from the node with more co-located pods first', () => {
    assert.deepEqual(podsToDelete([b1, a1], [a1, a2, b1], 1, now).map((p) => p.metadata.name), ['a1']);
  });
  it('takes everything, unsorted, when all go', () => {
    assert.deepEqual(podsToDelete([b1, a1], [], 2, now).map((p) => p.metadata.name), ['b1', 'a1']);
  });
  it('prefers an unscheduled pod', () => {
    assert.deepEqual(podsToDelete([a1, P.unscheduled, b1], [], 1, now).map((p) => p.metadata.name), ['unscheduled']);
  });
});
