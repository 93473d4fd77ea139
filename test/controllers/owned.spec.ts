import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';
import { KubeObject, controllerOf } from '../../src/api/types';
import { labelSelectorAsSelector, selectorFromSet } from '../../src/labels';
import { podFacts } from '../../src/controllers/workload/podutil';
import { replicaSetManifest } from '../../src/scenario/shorthands';
import type { OwnedCounts, OwnedPods } from '../../src/controllers/replicaset/owned';

/** The counts recounted from every pod in the store. */
function recount(cluster: Cluster, rs: KubeObject): OwnedCounts {
  const selector = labelSelectorAsSelector(rs.spec.selector);
  const template = selectorFromSet(rs.spec.template.metadata.labels);
  const counts = { selected: 0, fullyLabeled: 0, ready: 0, unselected: 0 };
  for (const pod of cluster.api.store.list('Pod')) {
    const facts = podFacts(pod);
    if (controllerOf(pod)?.uid !== rs.metadata.uid || !facts.active) continue;
    if (!selector.matches(pod.metadata.labels)) counts.unselected++;
    else {
      counts.selected++;
      if (template.matches(pod.metadata.labels)) counts.fullyLabeled++;
      if (facts.ready) counts.ready++;
    }
  }
  return counts;
}

function ownedPods(cluster: Cluster): OwnedPods {
  const manager = (cluster as unknown as { controllerManager: { get(name: string): { owned: OwnedPods } } }).controllerManager;
  return manager.get('replicaset-controller')!.owned;
}

describe('a ReplicaSet’s pod counts kept from pod events', () => {
  const steps: Record<string, (c: Cluster) => void> = {
    'all started': (c) => c.advance('1m'),
    'two nodes failed, pods evicted and replaced': (c) => {
      c.failNode('node-2');
      c.failNode('node-4');
      c.advance('15m');
    },
    'a pod relabelled out of the selector': (c) => {
      const pod = c.list('Pod').find((p) => !p.metadata.deletionTimestamp)!;
      c.kubectl(`label pod ${pod.metadata.name} app=elsewhere --overwrite`);
    },
    'a pod losing a template label only': (c) => {
      const pod = c.list('Pod').find((p) => p.metadata.labels?.app === 'web' && !p.metadata.deletionTimestamp)!;
      c.kubectl(`label pod ${pod.metadata.name} extra=yes`);
    },
    'scaled down': (c) => {
      c.kubectl('scale rs web --replicas=9');
      c.advance('2m');
    },
    'a node back': (c) => {
      c.recoverNode('node-2');
      c.advance('5m');
    },
  };
  const cluster = new Cluster({ nodes: 5, seed: 3 });
  cluster.apply(replicaSetManifest('web', 20));
  let compared = 0;
  for (const [name, step] of Object.entries(steps)) {
    it(`match a recount: ${name}`, () => {
      step(cluster);
      const rs = cluster.get('ReplicaSet', 'web')!;
      const kept = ownedPods(cluster).current(rs, rs.spec.selector);
      // Kept counts exist once a sync has counted (and may be dropped when the rules change).
      if (kept) {
        assert.deepEqual(kept, recount(cluster, rs));
        compared++;
      }
    });
  }
  it('were compared after most steps', () => assert.ok(compared >= 4, `compared ${compared} times`));
});
