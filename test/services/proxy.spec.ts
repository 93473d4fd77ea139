import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';

/** Three ready kubia pods behind a Service with the given affinity. */
function clusterWith(affinity: string): Cluster {
  const cluster = new Cluster({ seed: 5 });
  let yaml = '';
  for (const n of ['a', 'b', 'c']) {
    yaml += `apiVersion: v1\nkind: Pod\nmetadata: {name: ${n}, labels: {app: kubia}}\nspec: {containers: [{name: k, image: luksa/kubia}]}\n---\n`;
  }
  yaml += `apiVersion: v1\nkind: Service\nmetadata: {name: kubia}\nspec:\n  selector: {app: kubia}\n  ports: [{port: 80}]\n${affinity}`;
  cluster.apply(yaml);
  cluster.advance('5s');
  return cluster;
}

/** The pods that answered `rounds` requests sent `gap` apart. */
function podsOver(cluster: Cluster, rounds: number, gap: string): Set<string | undefined> {
  const pods = new Set<string | undefined>();
  for (let i = 0; i < rounds; i++) {
    for (const r of cluster.sendRequests('kubia', 1)) pods.add(r.pod);
    cluster.advance(gap);
  }
  return pods;
}

describe('ServiceProxy (requests to a Service)', () => {
  const cases: Record<string, { affinity: string; rounds: number; gap: string; pods: (n: number) => boolean }> = {
    'without affinity requests spread': { affinity: '', rounds: 30, gap: '1s', pods: (n) => n === 3 },
    'ClientIP keeps the client on one pod while it keeps sending': {
      affinity: '  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 10}}\n',
      rounds: 30,
      gap: '5s',
      pods: (n) => n === 1,
    },
    'ClientIP affinity lapses after the timeout': {
      affinity: '  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 10}}\n',
      rounds: 30,
      gap: '11s',
      pods: (n) => n > 1,
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const pods = podsOver(clusterWith(tc.affinity), tc.rounds, tc.gap);
      assert.ok(tc.pods(pods.size), `answered by ${[...pods].join(', ')}`);
    });
  }

  it('the same seed gives the same pods, request for request', () => {
    const run = () => clusterWith('').sendRequests('kubia', 20).map((r) => r.pod);
    assert.deepEqual(run(), run());
  });

  it('a request to a Service that does not exist fails', () => {
    const [reply] = new Cluster().sendRequests('nope', 1);
    assert.deepEqual(reply, { error: 'Could not resolve host: nope' });
  });

  it('a request counts toward the image: kubia-unhealthy answers 500 from the sixth', () => {
    const cluster = new Cluster();
    cluster.apply('apiVersion: v1\nkind: Pod\nmetadata: {name: sick, labels: {app: sick}}\nspec: {containers: [{name: s, image: luksa/kubia-unhealthy}]}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: sick}\nspec: {selector: {app: sick}, ports: [{port: 80}]}\n');
    cluster.advance('1s');
    assert.deepEqual(cluster.sendRequests('sick', 7).map((r) => r.status), [200, 200, 200, 200, 200, 500, 500]);
  });
});
