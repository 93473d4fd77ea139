import assert from 'node:assert/strict';
import { buildTimeline } from '../../../src/report/timeline/model';
import { MIN, node, pod, S, T0 } from '../records';

describe('the timeline model', () => {
  it('follows a pod through its statuses, closing the last at the end', () => {
    const t = buildTimeline({
      records: [pod(0, 'web', 'Pending', { type: 'ADDED', node: undefined }), pod(0, 'web', 'ContainerCreating'), pod(5 * S, 'web', 'Running'), pod(5 * S, 'web', 'Running')],
      steps: [],
      end: T0 + MIN,
    });
    assert.deepEqual(
      t.pods[0].spans.map((s) => [s.from - T0, s.to - T0, s.state.status]),
      [
        [0, 5 * S, 'ContainerCreating'],
        [5 * S, MIN, 'Running'],
      ],
    );
    assert.equal(t.pods[0].node, 'node-1');
  });

  const cases: Record<string, { records: Parameters<typeof buildTimeline>[0]['records']; want: (t: ReturnType<typeof buildTimeline>) => void }> = {
    'a restart is an instant at which RESTARTS went up': {
      records: [pod(0, 'a', 'Running'), pod(30 * S, 'a', 'Error', { restarts: 0 }), pod(30 * S, 'a', 'Running', { restarts: 1 }), pod(90 * S, 'a', 'Running', { restarts: 2 })],
      want: (t) => assert.deepEqual(t.pods[0].restarts.map((r) => r - T0), [30 * S, 90 * S]),
    },
    'a deleted pod ends where it was deleted': {
      records: [pod(0, 'a', 'Running'), pod(10 * S, 'a', 'Terminating', { terminating: true }), pod(40 * S, 'a', 'Terminating', { type: 'DELETED' })],
      want: (t) => {
        assert.equal(t.pods[0].deleted! - T0, 40 * S);
        assert.deepEqual(t.pods[0].spans.map((s) => s.state.category), ['Running', 'Terminating']);
      },
    },
    'a node failure is when a Ready node stops being Ready': {
      records: [node(0, 'n1', 'Unknown', 'ADDED'), node(0, 'n1', 'True'), node(5 * MIN, 'n1', 'Unknown'), node(9 * MIN, 'n1', 'True')],
      want: (t) => {
        assert.deepEqual(t.nodes[0].failures.map((f) => f - T0), [5 * MIN]);
        assert.deepEqual(t.nodes[0].spans.map((s) => s.state), ['Ready', 'Unknown', 'Ready']);
      },
    },
    'a node removed and joined again has two lanes': {
      records: [node(0, 'n1', 'True', 'ADDED'), node(MIN, 'n1', 'True', 'DELETED'), node(2 * MIN, 'n1', 'True', 'ADDED')],
      want: (t) => assert.deepEqual(t.nodes.map((n) => [n.joined - T0, n.removed === undefined ? undefined : n.removed - T0]), [[0, MIN], [2 * MIN, undefined]]),
    },
    'activity holds the instants of changes, not of repeated reports': {
      records: [pod(0, 'a', 'Running'), pod(MIN, 'a', 'Running'), pod(2 * MIN, 'a', 'Completed')],
      want: (t) => assert.deepEqual(t.activity.map((a) => a - T0), [0, 2 * MIN, 10 * MIN]),
    },
    'the state a pod ends in is kept even when it began at the last instant': {
      records: [pod(0, 'a', 'Running'), pod(10 * MIN, 'a', 'Terminating', { terminating: true })],
      want: (t) => {
        assert.deepEqual(t.pods[0].spans.map((s) => s.state.status), ['Running']);
        assert.equal(t.pods[0].final?.status, 'Terminating');
      },
    },
    'a pod owned by a controller names it': {
      records: [pod(0, 'web-1', 'Running', { owner: 'web-5d8f' })],
      want: (t) => assert.equal(t.pods[0].owner, 'replicaset/web-5d8f'),
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => tc.want(buildTimeline({ records: tc.records, steps: [], end: T0 + 10 * MIN })));
});
