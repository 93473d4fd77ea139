import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { rfc3339 } from '../../src/api/time';
import { slowStartBatch, slowStartBatchSizes } from '../../src/controllers/workload/slowstart';
import { Expectations } from '../../src/controllers/workload/expectations';
import { isPodAvailable } from '../../src/controllers/workload/podutil';
import { computeHash, safeEncodeString } from '../../src/controllers/deployment/hash';
import { planRollingUpdate } from '../../src/controllers/daemonset/update';
import { addDaemonTolerations, nodeShouldRunDaemonPod } from '../../src/controllers/daemonset/pods';

describe('slowStartBatch', () => {
  const sizes: Record<string, { count: number; want: number[] }> = {
    none: { count: 0, want: [] },
    one: { count: 1, want: [1] },
    'ten: 1, 2, 4, then the rest': { count: 10, want: [1, 2, 4, 3] },
    'a burst of 500': { count: 500, want: [1, 2, 4, 8, 16, 32, 64, 128, 245] },
  };
  for (const [name, tc] of Object.entries(sizes)) it(name, () => assert.deepEqual(slowStartBatchSizes(tc.count), tc.want));

  it('finishes the failing batch and skips the rest', () => {
    let calls = 0;
    const r = slowStartBatch(10, 1, () => {
      calls++;
      if (calls === 3) throw new Error('quota');
    });
    assert.equal(calls, 3);
    assert.equal(r.successes, 2);
    assert.equal((r.error as Error).message, 'quota');
  });
});

describe('expectations', () => {
  it('are satisfied once the creations are observed', () => {
    const e = new Expectations(() => 0);
    e.expectCreations('ns/rs', 2);
    assert.equal(e.satisfied('ns/rs'), false);
    e.creationObserved('ns/rs');
    e.creationObserved('ns/rs');
    assert.equal(e.satisfied('ns/rs'), true);
  });
  it('count each pod deletion once', () => {
    const e = new Expectations(() => 0);
    e.expectDeletions('ns/rs', ['ns/a', 'ns/b']);
    e.deletionObserved('ns/rs', 'ns/a');
    e.deletionObserved('ns/rs', 'ns/a');
    assert.equal(e.satisfied('ns/rs'), false);
    e.deletionObserved('ns/rs', 'ns/b');
    assert.equal(e.satisfied('ns/rs'), true);
  });
  it('expire after five minutes', () => {
    let now = 0;
    const e = new Expectations(() => now);
    e.expectCreations('ns/rs', 1);
    now = 5 * 60_000 + 1;
    assert.equal(e.satisfied('ns/rs'), true);
  });
});

describe('IsPodAvailable', () => {
  const readyAt = Date.parse('2026-01-01T00:00:00Z');
  const pod: KubeObject = { metadata: {}, status: { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(readyAt) }] } };
  const cases: Record<string, { minReady: number; after: number; want: boolean }> = {
    'no minReadySeconds: ready is available': { minReady: 0, after: 0, want: true },
    'not yet': { minReady: 10, after: 9_000, want: false },
    'exactly minReadySeconds is not enough': { minReady: 10, after: 10_000, want: false },
    'just after': { minReady: 10, after: 10_001, want: true },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(isPodAvailable(pod, tc.minReady, readyAt + tc.after), tc.want));
});

describe('pod-template-hash', () => {
  it('encodes digits with the safe alphabet', () => assert.equal(safeEncodeString('0123456789'), '456789bcdf'));
  it('is stable for a template and differs with the collision count', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };
    assert.equal(computeHash(t), computeHash(JSON.parse(JSON.stringify(t))));
    assert.notEqual(computeHash(t, 1), computeHash(t, 2));
    assert.notEqual(computeHash(t), computeHash({ ...t, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } }));
  });
});

describe('DaemonSet pods', () => {
  const node = (name: string, labels: Record<string, string> = {}, taints: any[] = []): KubeObject => ({ metadata: { name, labels }, spec: { taints } });
  const ds = (nodeSelector?: Record<string, string>, maxSurge = 0, maxUnavailable: number | string = 1): KubeObject => ({
    metadata: { name: 'agent', uid: 'u', annotations: { 'deprecated.daemonset.template.generation': '2' } },
    spec: {
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } },
      template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'x' }], ...(nodeSelector ? { nodeSelector } : {}) } },
    },
  });

  const placement: Record<string, { node: KubeObject; ds: KubeObject; want: [boolean, boolean] }> = {
    'a plain node': { node: node('n'), ds: ds(), want: [true, true] },
    'a node outside the nodeSelector': { node: node('n'), ds: ds({ disk: 'ssd' }), want: [false, false] },
    'a cordoned node (tolerated)': { node: node('n', {}, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]), ds: ds(), want: [true, true] },
    'an unreachable node: no new pod, the old one stays': {
      node: node('n', {}, [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }]),
      ds: ds(),
      want: [false, true],
    },
    'an untolerated NoExecute taint': { node: node('n', {}, [{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]), ds: ds(), want: [false, false] },
  };
  for (const [name, tc] of Object.entries(placement)) {
    it(name, () => {
      const r = nodeShouldRunDaemonPod(tc.node, tc.ds);
      assert.deepEqual([r.shouldRun, r.shouldContinueRunning], tc.want);
    });
  }

  it('get the daemon tolerations once', () => {
    const spec: any = { tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }] };
    addDaemonTolerations(spec);
    addDaemonTolerations(spec);
    assert.equal(spec.tolerations.length, 6);
    assert.equal(spec.tolerations[0].tolerationSeconds, undefined);
  });

  const now = Date.parse('2026-01-01T01:00:00Z');
  const pod = (name: string, nodeName: string, hash: string, ready = true): KubeObject => ({
    metadata: { name, labels: { 'controller-revision-hash': hash } },
    spec: { nodeName },
    status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: '2026-01-01T00:00:00Z' }] },
  });
  const nodes = [node('n1'), node('n2'), node('n3')];
  const byNode = (pods: KubeObject[]) => new Map(pods.map((p) => [p.spec.nodeName, [p]]));

  const plans: Record<string, { pods: KubeObject[]; maxSurge?: number; maxUnavailable?: number | string; want: { podsToDelete: string[]; nodesToCreate: string[] } }> = {
    'one old pod at a time': { pods: [pod('a', 'n1', 'old'), pod('b', 'n2', 'old'), pod('c', 'n3', 'old')], want: { podsToDelete: ['a'], nodesToCreate: [] } },
    'waits while a new pod is not available': { pods: [pod('a', 'n1', 'new', false), pod('b', 'n2', 'old'), pod('c', 'n3', 'old')], want: { podsToDelete: [], nodesToCreate: [] } },
    'replaces unavailable old pods at once': { pods: [pod('a', 'n1', 'old', false), pod('b', 'n2', 'old', false), pod('c', 'n3', 'old')], want: { podsToDelete: ['a', 'b'], nodesToCreate: [] } },
    'maxUnavailable 2 of 3 (percent rounds up)': { pods: [pod('a', 'n1', 'old'), pod('b', 'n2', 'old'), pod('c', 'n3', 'old')], maxUnavailable: '50%', want: { podsToDelete: ['a', 'b'], nodesToCreate: [] } },
    'with surge, new pods start beside old ones': { pods: [pod('a', 'n1', 'old'), pod('b', 'n2', 'old'), pod('c', 'n3', 'old')], maxSurge: 1, maxUnavailable: 0, want: { podsToDelete: [], nodesToCreate: ['n1'] } },
  };
  for (const [name, tc] of Object.entries(plans)) {
    it(`rolling update: ${name}`, () => {
      assert.deepEqual(planRollingUpdate(ds(undefined, tc.maxSurge ?? 0, tc.maxUnavailable ?? 1), nodes, byNode(tc.pods), 'new', now), tc.want);
    });
  }
});
