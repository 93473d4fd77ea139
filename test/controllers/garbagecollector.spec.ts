import assert from 'node:assert/strict';
import { classifyOwners, OwnerState } from '../../src/controllers/garbagecollector';
import { Cluster } from '../../src/cluster';

// attemptToDeleteItem after classifyReferences (pkg/controller/garbagecollector/garbagecollector.go).
describe('garbage collector: what becomes of a dependent', () => {
  const cases: Record<string, { owners: OwnerState[]; hasDependents: boolean; want: string }> = {
    'all owners there': { owners: ['solid', 'solid'], hasDependents: false, want: 'keep' },
    'one owner gone, one there: drop the dangling reference': { owners: ['solid', 'dangling'], hasDependents: false, want: 'dropReferences' },
    'one owner waiting in the foreground, one there: drop the waiting reference, keep the object': { owners: ['waiting', 'solid'], hasDependents: false, want: 'dropReferences' },
    'all owners gone': { owners: ['dangling'], hasDependents: true, want: 'delete' },
    'owner waiting, no dependents of its own: deleted as its finalizers say': { owners: ['waiting'], hasDependents: false, want: 'delete' },
    'owner waiting, dependents of its own: deleted in the foreground': { owners: ['waiting', 'dangling'], hasDependents: true, want: 'deleteForeground' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(classifyOwners(tc.owners, tc.hasDependents).action, tc.want));

  it('a Deployment deleted in the foreground: its ReplicaSet goes in the foreground, its pods in the background', () => {
    const c = new Cluster({ nodes: 1 });
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };
    c.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template } });
    c.advance('30s');
    const foreground = new Set<string>();
    for (const kind of ['Pod', 'ReplicaSet']) {
      c.api.watch(kind, (_type: string, o: any) => {
        if ((o.metadata.finalizers ?? []).includes('foregroundDeletion')) foreground.add(kind);
      });
    }
    c.kubectl('delete deployment web --cascade=foreground --wait=false');
    c.advance('1m');
    assert.deepEqual([...foreground], ['ReplicaSet']);
    assert.equal(c.api.store.list('Pod').length, 0);
  });
});
