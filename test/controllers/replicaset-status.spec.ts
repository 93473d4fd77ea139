import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { calculateReplicaSetStatus } from '../../src/controllers/replicaset/status';

const now = Date.parse('2026-01-01T00:01:00Z');
const rs: KubeObject = {
  metadata: { name: 'kubia', generation: 2 },
  spec: { replicas: 3, minReadySeconds: 30, template: { metadata: { labels: { app: 'kubia', tier: 'web' } } } },
  status: { replicas: 0 },
};
const pod = (labels: Record<string, string>, readySince?: string): KubeObject => ({
  metadata: { labels },
  status: readySince ? { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: readySince }] } : {},
});

describe('ReplicaSet status (calculateStatus)', () => {
  const pods = [
    pod({ app: 'kubia', tier: 'web' }, '2026-01-01T00:00:00Z'),
    pod({ app: 'kubia', tier: 'web' }, '2026-01-01T00:00:50Z'),
    pod({ app: 'kubia' }),
  ];

  it('counts replicas, fully labelled, ready and available pods', () => {
    assert.deepEqual(calculateReplicaSetStatus(rs, pods, undefined, now), { replicas: 3, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 1, observedGeneration: 2 });
  });

  it('leaves zero counts out', () => {
    assert.deepEqual(calculateReplicaSetStatus(rs, [], undefined, now), { replicas: 0, observedGeneration: 2 });
  });

  it('reports a failure to create pods as ReplicaFailure, and drops it once resolved', () => {
    const failed = calculateReplicaSetStatus(rs, [], { reason: 'FailedCreate', message: 'pods "x" is forbidden' }, now);
    assert.deepEqual(failed.conditions, [{ lastTransitionTime: '2026-01-01T00:01:00Z', message: 'pods "x" is forbidden', reason: 'FailedCreate', status: 'True', type: 'ReplicaFailure' }]);
    const again = calculateReplicaSetStatus({ ...rs, status: failed }, [], { reason: 'FailedCreate', message: 'other' }, now + 5000);
    assert.equal(again.conditions[0].message, 'pods "x" is forbidden');
    assert.equal(calculateReplicaSetStatus({ ...rs, status: failed }, [], undefined, now).conditions, undefined);
  });
});
