import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { maxUnavailable, minAvailable, newRSNewReplicas, resolveFenceposts } from '../../src/controllers/deployment/fenceposts';
import { getProportion, replicaSetFraction } from '../../src/controllers/deployment/proportion';
import { IntOrString, scaledValue } from '../../src/api/intstr';

// Cases from Kubernetes' pkg/controller/deployment/util/deployment_util_test.go.

function deployment(replicas: number, maxSurge: IntOrString | undefined, maxUnavail: IntOrString | undefined, type = 'RollingUpdate', statusReplicas = 0): KubeObject {
  return {
    metadata: { name: 'nginx' },
    spec: { replicas, strategy: type === 'RollingUpdate' ? { type, rollingUpdate: { maxSurge, maxUnavailable: maxUnavail } } : { type } },
    status: { replicas: statusReplicas },
  };
}

function rs(replicas: number, annotations?: Record<string, string>): KubeObject {
  return { metadata: { name: 'rs', ...(annotations ? { annotations } : {}) }, spec: { replicas } };
}

describe('ResolveFenceposts', () => {
  const cases: Record<string, { surge?: string; unavailable?: string; desired: number; want?: [number, number]; error?: boolean }> = {
    '0%/0% of 0 gives unavailable 1': { surge: '0%', unavailable: '0%', desired: 0, want: [0, 1] },
    '39%/39% of 10: surge rounds up, unavailable down': { surge: '39%', unavailable: '39%', desired: 10, want: [4, 3] },
    'invalid surge': { surge: 'oops', unavailable: '39%', desired: 10, error: true },
    'invalid unavailable': { surge: '55%', unavailable: 'urg', desired: 10, error: true },
    'unset surge counts as 0': { unavailable: '39%', desired: 10, want: [0, 3] },
    'unset unavailable counts as 0': { surge: '39%', desired: 10, want: [4, 0] },
    'both unset gives unavailable 1': { desired: 10, want: [0, 1] },
    '25%/25% of 10 (the defaults)': { surge: '25%', unavailable: '25%', desired: 10, want: [3, 2] },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      if (tc.error) assert.throws(() => resolveFenceposts(tc.surge, tc.unavailable, tc.desired));
      else {
        const r = resolveFenceposts(tc.surge, tc.unavailable, tc.desired);
        assert.deepEqual([r.surge, r.unavailable], tc.want);
      }
    });
  }
});

describe('GetScaledValueFromIntOrPercent', () => {
  it('explains a string that is not a percentage', () => {
    assert.throws(() => scaledValue('oops', 10, true), /invalid value for IntOrString: invalid type: string is not a percentage/);
  });
  it('keeps an integer as it is', () => assert.equal(scaledValue(7, 10, false), 7));
});

describe('NewRSNewReplicas', () => {
  const cases: Record<string, { type: string; depReplicas: number; newRSReplicas: number; maxSurge: number; want: number }> = {
    'can not scale up - to newRSReplicas': { type: 'RollingUpdate', depReplicas: 1, newRSReplicas: 5, maxSurge: 1, want: 5 },
    'scale up - to depReplicas': { type: 'RollingUpdate', depReplicas: 6, newRSReplicas: 2, maxSurge: 10, want: 6 },
    'recreate - to depReplicas': { type: 'Recreate', depReplicas: 3, newRSReplicas: 1, maxSurge: 1, want: 3 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const d = deployment(tc.depReplicas, tc.maxSurge, 1);
      d.spec.strategy.type = tc.type;
      assert.equal(newRSNewReplicas(d, [rs(5)], rs(tc.newRSReplicas)), tc.want);
    });
  }
});

describe('MaxUnavailable', () => {
  const cases: Record<string, { d: KubeObject; want: number }> = {
    'maxUnavailable less than replicas': { d: deployment(10, 1, 5), want: 5 },
    'maxUnavailable equal replicas': { d: deployment(10, 1, 10), want: 10 },
    'maxUnavailable greater than replicas': { d: deployment(5, 1, 10), want: 5 },
    'maxUnavailable with replicas is 0': { d: deployment(0, 1, 10), want: 0 },
    'maxUnavailable with Recreate deployment strategy': { d: deployment(10, undefined, undefined, 'Recreate'), want: 0 },
    'maxUnavailable less than replicas with percents': { d: deployment(10, 1, '50%'), want: 5 },
    'maxUnavailable equal replicas with percents': { d: deployment(10, 1, '100%'), want: 10 },
    'maxUnavailable greater than replicas with percents': { d: deployment(5, 1, '100%'), want: 5 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(maxUnavailable(tc.d), tc.want));
});

describe('MinAvailable', () => {
  const cases: Record<string, { d: KubeObject; want: number }> = {
    'replicas greater than maxUnavailable': { d: deployment(10, 1, 5), want: 5 },
    'replicas equal maxUnavailable': { d: deployment(10, 1, 10), want: 0 },
    'replicas less than maxUnavailable': { d: deployment(5, 1, 10), want: 0 },
    'replicas is 0': { d: deployment(0, 1, 10), want: 0 },
    'minAvailable with Recreate deployment strategy': { d: deployment(10, undefined, undefined, 'Recreate'), want: 0 },
    'replicas greater than maxUnavailable with percents': { d: deployment(10, 1, '60%'), want: 4 },
    'replicas equal maxUnavailable with percents': { d: deployment(10, 1, '100%'), want: 0 },
    'replicas less than maxUnavailable with percents': { d: deployment(5, 1, '100%'), want: 0 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(minAvailable(tc.d), tc.want));
});

describe('getReplicaSetFraction', () => {
  const MAX = 'deployment.kubernetes.io/max-replicas';
  const cases: Record<string, { replicas: number; statusReplicas?: number; surge?: number; rsReplicas: number; annotations?: Record<string, string>; want: number }> = {
    'empty deployment always scales to 0': { replicas: 0, rsReplicas: 10, want: -10 },
    'unsynced deployment does not scale when max-replicas annotation is missing': { replicas: 10, rsReplicas: 5, want: 0 },
    'unsynced deployment does not scale when max-replicas annotation is 0': { replicas: 10, rsReplicas: 5, annotations: { [MAX]: '0' }, want: 0 },
    'scale up by 1/5 without the annotation': { replicas: 120, statusReplicas: 100, rsReplicas: 50, want: 10 },
    'scale up by 1/5 with the annotation set to 0': { replicas: 120, statusReplicas: 100, rsReplicas: 50, annotations: { [MAX]: '0' }, want: 10 },
    'scale up by 1/5': { replicas: 120, rsReplicas: 50, annotations: { [MAX]: '100' }, want: 10 },
    'scale up with maxSurge by about 1/5': { replicas: 120, surge: 10, rsReplicas: 50, annotations: { [MAX]: '110' }, want: 9 },
    'scale down by 1/6': { replicas: 10, rsReplicas: 6, annotations: { [MAX]: '12' }, want: -1 },
    'scale down with maxSurge by about 1/6': { replicas: 100, surge: 10, rsReplicas: 50, annotations: { [MAX]: '130' }, want: -8 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const d = deployment(tc.replicas, tc.surge ?? 0, 1, 'RollingUpdate', tc.statusReplicas ?? 0);
      assert.equal(replicaSetFraction(rs(tc.rsReplicas, tc.annotations), d), tc.want);
    });
  }
});

describe('GetProportion', () => {
  const d = deployment(20, '25%', '25%');
  const old = rs(8, { 'deployment.kubernetes.io/max-replicas': '13' });
  const cases: Record<string, { toAdd: number; added: number; want: number }> = {
    'the fraction when within what is left': { toAdd: 12, added: 0, want: 7 },
    'capped by what is left to add': { toAdd: 12, added: 10, want: 2 },
    'nothing once all is added': { toAdd: 12, added: 12, want: 0 },
    'nothing to add': { toAdd: 0, added: 0, want: 0 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(getProportion(old, d, tc.toAdd, tc.added), tc.want));
  it('an empty ReplicaSet never grows proportionally', () => assert.equal(getProportion(rs(0), d, 12, 0), 0));
});
