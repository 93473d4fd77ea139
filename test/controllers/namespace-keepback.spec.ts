import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';

// Every watcher of every kind must let the event recorder keep Events back (it hears of them
// from the recorder, or ignores them): one plain watcher turns keeping back off in every cluster.
describe('Events kept back from the store', () => {
  it('a new cluster lets the recorder keep Events back', () => {
    const cluster = new Cluster({ nodes: 1 });
    assert.equal(cluster.api.store.mayKeepBack('Event'), true);
  });

  it('a namespace being deleted still ends, its Events stored when it lists its content', () => {
    const cluster = new Cluster({ nodes: 1 });
    cluster.apply(JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } }));
    cluster.apply(JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'team' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }));
    cluster.advance('10s');
    cluster.kubectl('delete namespace team --wait=false');
    cluster.advance('2 minutes');
    assert.equal(cluster.get('Namespace', 'team'), undefined);
    assert.equal(cluster.api.store.mayKeepBack('Event'), true);
  });
});
