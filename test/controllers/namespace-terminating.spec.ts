import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';

// NamespaceLifecycle refuses every create in a namespace being deleted, Events included, with
// the NamespaceTerminating cause (which controllers take quietly: controller_utils createPods).
describe('a namespace being terminated', () => {
  /** A ReplicaSet's namespace deleted; the history from the namespace's deletion on. */
  function run(): { c: Cluster; after: Cluster['history']['records'] } {
    const c = new Cluster({ nodes: 1 });
    c.apply('apiVersion: v1\nkind: Namespace\nmetadata: {name: doomed}\n');
    c.apply(`apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: kubia, namespace: doomed}
spec:
  replicas: 2
  selector: {matchLabels: {app: kubia}}
  template:
    metadata: {labels: {app: kubia}}
    spec: {containers: [{name: kubia, image: luksa/kubia}]}
`);
    c.advance('10s');
    c.kubectl('delete namespace doomed --wait=false');
    c.advance('2 minutes');
    const records = c.history.records;
    const from = records.findIndex((r) => r.kind === 'Namespace' && r.name === 'doomed' && r.type === 'MODIFIED');
    assert.ok(from > 0, 'the namespace was marked for deletion');
    return { c, after: records.slice(from) };
  }

  it('records no new Event there once it terminates (the kubelet stopping its pods, the ReplicaSet replacing them)', () => {
    const { after } = run();
    const created = after.filter((r) => r.kind === 'Event' && r.type === 'ADDED' && r.namespace === 'doomed');
    assert.deepEqual(created.map((r) => r.event?.reason ?? r.name), []);
  });

  it('refuses a create with the NamespaceTerminating cause', () => {
    const c = new Cluster({ nodes: 1 });
    c.apply('apiVersion: v1\nkind: Namespace\nmetadata: {name: doomed}\n');
    c.apply('apiVersion: v1\nkind: Pod\nmetadata: {name: slow, namespace: doomed}\nspec: {containers: [{name: kubia, image: luksa/kubia}]}\n');
    c.advance('5s');
    c.kubectl('delete namespace doomed --wait=false');
    assert.throws(
      () => c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late', namespace: 'doomed' } }),
      (e: any) => e.reason === 'Forbidden' && e.details.causes?.[0]?.type === 'NamespaceTerminating' && e.details.causes[0].field === 'metadata.namespace',
    );
  });
});
