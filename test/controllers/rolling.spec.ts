import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { cleanupUnhealthy, maxScaledDown, newReplicaSetTarget, scaleDownOld } from '../../src/controllers/deployment/rollingplan';
import { deploymentComplete, deploymentProgressing, deploymentTimedOut } from '../../src/controllers/deployment/conditions';
import { isSaturated, setNewReplicaSetAnnotations } from '../../src/controllers/deployment/annotations';

// Cases from Kubernetes' pkg/controller/deployment/rolling_test.go and deployment_util_test.go.

function deployment(replicas: number, maxSurge: number | string, maxUnavailable: number | string): KubeObject {
  return { metadata: { name: 'foo', generation: 1 }, spec: { replicas, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } } } };
}

function rs(name: string, replicas: number, available = 0, created = '2026-01-01T00:00:00Z'): KubeObject {
  return { metadata: { name, creationTimestamp: created }, spec: { replicas }, status: { replicas, availableReplicas: available } };
}

describe('reconcileNewReplicaSet', () => {
  const cases: Record<string, { replicas: number; maxSurge: number; oldReplicas: number; newReplicas: number; want?: number }> = {
    'no surge: no scaling': { replicas: 10, maxSurge: 0, oldReplicas: 10, newReplicas: 0 },
    'surge 2 over 10 old pods': { replicas: 10, maxSurge: 2, oldReplicas: 10, newReplicas: 0, want: 2 },
    'surge 2 over 5 old pods': { replicas: 10, maxSurge: 2, oldReplicas: 5, newReplicas: 0, want: 7 },
    'surge already used': { replicas: 10, maxSurge: 2, oldReplicas: 10, newReplicas: 2 },
    'scale down a new ReplicaSet above the desired count': { replicas: 10, maxSurge: 2, oldReplicas: 2, newReplicas: 11, want: 10 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const newRS = rs('foo-new', tc.newReplicas);
      assert.equal(newReplicaSetTarget([newRS, rs('foo-old', tc.oldReplicas)], newRS, deployment(tc.replicas, tc.maxSurge, 0)), tc.want);
    });
  }
});

describe('reconcileOldReplicaSets', () => {
  // Old pods available = readyPodsFromOldRS; the new ReplicaSet has none available.
  const cases: Record<string, { maxUnavailable: number; oldReplicas: number; newReplicas: number; readyOld: number; want: number }> = {
    'maxUnavailable 0: one old pod may go': { maxUnavailable: 0, oldReplicas: 10, newReplicas: 0, readyOld: 10, want: 9 },
    'maxUnavailable 2: two old pods may go': { maxUnavailable: 2, oldReplicas: 10, newReplicas: 0, readyOld: 10, want: 8 },
    'unhealthy old replicas are cleaned up first': { maxUnavailable: 2, oldReplicas: 10, newReplicas: 0, readyOld: 8, want: 8 },
    'one unhealthy cleaned up, one ready scaled down': { maxUnavailable: 2, oldReplicas: 10, newReplicas: 0, readyOld: 9, want: 8 },
    'unavailable new pods keep the old ones': { maxUnavailable: 2, oldReplicas: 8, newReplicas: 2, readyOld: 8, want: 8 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const d = deployment(10, 0, tc.maxUnavailable);
      const oldRS = rs('foo-old', tc.oldReplicas, tc.readyOld);
      const newRS = rs('foo-new', tc.newReplicas, 0);
      const all = [oldRS, newRS];
      const budget = maxScaledDown(all, newRS, d);
      let old = oldRS;
      if (budget > 0) {
        const cleanup = cleanupUnhealthy([oldRS], budget);
        if (cleanup.length) old = { ...oldRS, spec: { replicas: cleanup[0].to } };
        const down = scaleDownOld([old, newRS], [old], d);
        if (down.length) old = { ...old, spec: { replicas: down[0].to } };
      }
      assert.equal(old.spec.replicas, tc.want);
    });
  }
});

describe('cleanupUnhealthyReplicas', () => {
  const cases: Record<string, { oldReplicas: number; ready: number; max: number; want: number }> = {
    'at most maxCleanupCount': { oldReplicas: 10, ready: 8, max: 1, want: 1 },
    'only the unhealthy ones': { oldReplicas: 10, ready: 8, max: 3, want: 2 },
    'nothing when not allowed': { oldReplicas: 10, ready: 8, max: 0, want: 0 },
    'nothing when all are healthy': { oldReplicas: 10, ready: 10, max: 3, want: 0 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const steps = cleanupUnhealthy([rs('foo-v2', tc.oldReplicas, tc.ready)], tc.max);
      assert.equal(steps.reduce((n, s) => n + (s.rs.spec.replicas - s.to), 0), tc.want);
    });
  }
  it('oldest ReplicaSets first', () => {
    const older = rs('b', 3, 1, '2026-01-01T00:00:00Z');
    const newer = rs('a', 3, 1, '2026-01-02T00:00:00Z');
    assert.deepEqual(cleanupUnhealthy([newer, older], 3).map((s) => [s.rs.metadata.name, s.to]), [['b', 1], ['a', 2]]);
  });
});

describe('scaleDownOldReplicaSetsForRollingUpdate', () => {
  const cases: Record<string, { maxUnavailable: number; ready: number; oldReplicas: number; want?: number }> = {
    'maxUnavailable 0': { maxUnavailable: 0, ready: 10, oldReplicas: 10, want: 9 },
    'maxUnavailable 2': { maxUnavailable: 2, ready: 10, oldReplicas: 10, want: 8 },
    'not enough available': { maxUnavailable: 2, ready: 8, oldReplicas: 10 },
    'nothing left to scale down': { maxUnavailable: 2, ready: 10, oldReplicas: 0 },
    'far below the minimum': { maxUnavailable: 2, ready: 1, oldReplicas: 10 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const old = rs('foo-v2', tc.oldReplicas, tc.ready);
      const steps = scaleDownOld([old], [old], deployment(10, 0, tc.maxUnavailable));
      assert.equal(steps[0]?.to, tc.want);
    });
  }
});

describe('DeploymentComplete', () => {
  const d = (desired: number, current: number, updated: number, available: number, maxUnavailable: number, maxSurge: number) => {
    const obj = deployment(desired, maxSurge, maxUnavailable);
    return { obj, status: { replicas: current, updatedReplicas: updated, availableReplicas: available } };
  };
  const cases: Record<string, { tc: ReturnType<typeof d>; want: boolean }> = {
    'not complete: min but not all pods become available': { tc: d(5, 5, 5, 4, 1, 0), want: false },
    'not complete: min availability is not honored': { tc: d(5, 5, 5, 3, 1, 0), want: false },
    complete: { tc: d(5, 5, 5, 5, 0, 0), want: true },
    'not complete: all pods are available but not updated': { tc: d(5, 5, 4, 5, 0, 0), want: false },
    'not complete: still running old pods': { tc: d(1, 2, 1, 1, 0, 1), want: false },
    'not complete: one replica deployment never comes up': { tc: d(1, 1, 1, 0, 1, 1), want: false },
  };
  for (const [name, { tc, want }] of Object.entries(cases)) {
    it(name, () => {
      tc.obj.metadata.generation = 0;
      assert.equal(deploymentComplete(tc.obj, tc.status), want);
    });
  }
});

describe('DeploymentProgressing', () => {
  const s = (current: number, updated: number, ready: number, available: number) => ({ replicas: current, updatedReplicas: updated, readyReplicas: ready, availableReplicas: available });
  const cases: Record<string, { old: any; now: any; want: boolean }> = {
    'progressing: updated pods': { old: s(10, 4, 4, 4), now: s(10, 6, 4, 4), want: true },
    'not progressing': { old: s(10, 4, 4, 4), now: s(10, 4, 4, 4), want: false },
    'progressing: old pods removed': { old: s(10, 4, 6, 6), now: s(8, 4, 6, 6), want: true },
    'not progressing: less new pods': { old: s(10, 7, 3, 3), now: s(10, 6, 3, 3), want: false },
    'progressing: less overall but more new pods': { old: s(10, 4, 7, 7), now: s(8, 8, 5, 5), want: true },
    'progressing: more ready pods': { old: s(10, 10, 9, 8), now: s(10, 10, 10, 8), want: true },
    'progressing: more available pods': { old: s(10, 10, 10, 9), now: s(10, 10, 10, 10), want: true },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(deploymentProgressing({ metadata: {}, status: tc.old }, tc.now), tc.want));
});

describe('DeploymentTimedOut', () => {
  const at = (min: number, sec: number) => Date.UTC(2016, 0, 1, 0, min, sec);
  const d = (pds: number | undefined, reason: string, from: number) => ({
    obj: { metadata: {}, spec: { progressDeadlineSeconds: pds } },
    status: { conditions: [{ type: 'Progressing', status: 'True', reason, lastUpdateTime: new Date(from).toISOString().replace('.000Z', 'Z') }] },
  });
  const cases: Record<string, { tc: ReturnType<typeof d>; now: number; want: boolean }> = {
    'no progressDeadlineSeconds: no timeout': { tc: d(undefined, '', at(1, 9)), now: at(1, 20), want: false },
    'infinite progressDeadlineSeconds: no timeout': { tc: d(2147483647, '', at(1, 9)), now: at(1, 20), want: false },
    '10s deadline, 11s since the last progress': { tc: d(10, '', at(1, 9)), now: at(1, 20), want: true },
    '10s deadline, 9s since the last progress': { tc: d(10, '', at(1, 11)), now: at(1, 20), want: false },
    'previous status was a complete deployment': { tc: d(10, 'NewReplicaSetAvailable', at(0, 0)), now: at(1, 20), want: false },
  };
  for (const [name, { tc, now, want }] of Object.entries(cases)) it(name, () => assert.equal(deploymentTimedOut(tc.obj, tc.status, now), want));
});

describe('Deployment annotations', () => {
  it('keeps the revisions a rolled-back ReplicaSet had, within the length limit', () => {
    const d: KubeObject = { metadata: { annotations: { 'deployment.kubernetes.io/revision': '1' } }, spec: { replicas: 1 } };
    const r: KubeObject = { metadata: { annotations: {} }, spec: { replicas: 1 } };
    for (let i = 10; i < 20; i++) {
      setNewReplicaSetAnnotations(d, r, String(i + 1), true, 0, 5);
      assert.equal(r.metadata.annotations!['deployment.kubernetes.io/revision'], String(i + 1));
      if (i >= 12) assert.equal(r.metadata.annotations!['deployment.kubernetes.io/revision-history'], `${i - 1},${i}`);
    }
  });
  it('a ReplicaSet holding all available desired replicas is saturated', () => {
    const d: KubeObject = { metadata: {}, spec: { replicas: 1 } };
    const r: KubeObject = { metadata: { annotations: { 'deployment.kubernetes.io/desired-replicas': '1' } }, spec: { replicas: 1 }, status: { availableReplicas: 1 } };
    assert.equal(isSaturated(d, r), true);
  });
});
