import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';

describe('Cluster.addNode', () => {
  it('takes a name alone', () => {
    const c = new Cluster({ nodes: 1 });
    c.addNode('node-2');
    assert.deepEqual(c.api.store.list('Node').map((n) => n.metadata.name), ['node-1', 'node-2']);
  });

  const refusals: Record<string, { node: any; message: RegExp }> = {
    'a name the API server refuses': { node: 'Bad_Name', message: /^Node "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/ },
    'a label the API server refuses': { node: { name: 'node-3', labels: { 'bad key!': 'x' } }, message: /^Node "node-3" is invalid: metadata\.labels: Invalid value: "bad key!"/ },
    'no name': { node: {}, message: /^a node needs a name/ },
  };
  for (const [name, tc] of Object.entries(refusals)) {
    it(`refuses ${name} and changes nothing`, () => {
      const c = new Cluster({ nodes: 1 });
      const before = c.kubectl('get nodes -o wide').stdout;
      assert.throws(() => c.addNode(tc.node), { message: tc.message });
      // Nothing was left behind: the same node list, and a valid node takes the next address.
      assert.equal(c.kubectl('get nodes -o wide').stdout, before);
      c.addNode('node-2');
      const fresh = new Cluster({ nodes: 2 });
      assert.equal(c.kubectl('get nodes -o wide').stdout, fresh.kubectl('get nodes -o wide').stdout);
    });
  }
});
