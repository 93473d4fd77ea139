import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';
import { podsRunningOnNode, podsWithStatus } from '../../src/assertions/pods';

// Statements that would hold for nothing at all must not hold because a name is misspelt.
describe('assertions about things that do not exist', () => {
  const cases: Record<string, { run: (c: Cluster) => { ok: boolean; seen: string }; ok: boolean; seen?: string }> = {
    'pods of a Deployment that does not exist': {
      run: (c) => podsWithStatus(c, 0, 'Running', { owner: { kind: 'deployment', name: 'nope' } }),
      ok: false,
      seen: 'deployment "nope" does not exist',
    },
    'pods of one that does': { run: (c) => podsWithStatus(c, 0, 'Running', { owner: { kind: 'replicaset', name: 'web' } }), ok: false },
    'a node that does not exist runs 0 pods': { run: (c) => podsRunningOnNode(c, 'node-9', 0, true), ok: false, seen: 'node "node-9" does not exist' },
    'no pod runs on a node removed (or never there)': { run: (c) => podsRunningOnNode(c, 'node-9', 0), ok: true },
    'a node that exists runs its pods': { run: (c) => podsRunningOnNode(c, 'node-1', 2, true), ok: true },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const c = new Cluster({ nodes: 1 });
      c.apply(`apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
`);
      c.advance('1 minute');
      const got = tc.run(c);
      assert.equal(got.ok, tc.ok);
      if (tc.seen) assert.equal(got.seen, tc.seen);
    });
  }
});
