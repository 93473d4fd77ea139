import assert from 'node:assert/strict';
import { podEstimateSeconds, remainingMessages, requeueSeconds, resourceEstimate, Remaining } from '../../src/controllers/namespace';

// pkg/controller/namespace/deletion/namespaced_resources_deleter.go and status_condition_utils.go.
const pod = (grace: number | undefined, phase = 'Running') => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { terminationGracePeriodSeconds: grace }, status: { phase } });
const rem = (resource: string, group: string, count: number, finalizers: Record<string, number> = {}): Remaining => ({ resource, group, count, finalizers: new Map(Object.entries(finalizers)) });

describe('namespace deletion: the pods estimate (estimateGracefulTerminationForPods)', () => {
  const cases: Record<string, { pods: any[]; elapsed: number; want: number }> = {
    'no pods': { pods: [], elapsed: 5_000, want: 0 },
    'the longest grace period': { pods: [pod(30), pod(10)], elapsed: 5_000, want: 30 },
    'terminal pods do not count': { pods: [pod(60, 'Succeeded'), pod(60, 'Failed'), pod(5)], elapsed: 0, want: 5 },
    '0 once that long has passed since the namespace was deleted': { pods: [pod(30)], elapsed: 30_000, want: 0 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(podEstimateSeconds(tc.pods as any, 0, tc.elapsed), tc.want));
});

describe('namespace deletion: one resource’s verdict', () => {
  it('items held by finalizers wait finalizerEstimateSeconds', () => assert.deepEqual(resourceEstimate(0, rem('configmaps', '', 1, { x: 1 })), { estimate: 15, unexpected: false }));
  it('items left with neither estimate nor finalizers are an error', () => assert.deepEqual(resourceEstimate(0, rem('configmaps', '', 1)), { estimate: 0, unexpected: true }));
  it('terminating pods within their estimate are expected', () => assert.deepEqual(resourceEstimate(30, rem('pods', '', 2)), { estimate: 30, unexpected: false }));
  it('nothing left is fine', () => assert.deepEqual(resourceEstimate(0, undefined), { estimate: 0, unexpected: false }));
});

describe('namespace deletion: the requeue (estimate/2 + 1 s)', () => {
  for (const [estimate, want] of [[30, 16], [15, 8], [1, 1], [0, 1]]) it(`${estimate} s → ${want} s`, () => assert.equal(requeueSeconds(estimate), want));
});

describe('namespace deletion: condition messages (ProcessContentTotals)', () => {
  it('names each resource with its group, sorted', () =>
    assert.deepEqual(remainingMessages([rem('pods', '', 2), rem('deployments', 'apps', 1)]), {
      content: 'Some resources are remaining: deployments.apps has 1 resource instances, pods. has 2 resource instances',
      finalizers: undefined,
    }));
  it('counts finalizers across resources', () =>
    assert.deepEqual(remainingMessages([rem('configmaps', '', 1, { 'example.com/hold': 1 }), rem('secrets', '', 2, { 'example.com/hold': 2, a: 1 })]).finalizers,
      'Some content in the namespace has finalizers remaining: a in 1 resource instances, example.com/hold in 3 resource instances'));
  it('says nothing when nothing remains', () => assert.deepEqual(remainingMessages([]), { content: undefined, finalizers: undefined }));
});
