/**
 * `kubectl describe` on a simulated cluster: how objects are found (types, names, prefixes,
 * selectors, namespaces), how several are joined, and kubectl's refusals and empty results
 * (pkg/cmd/describe/describe.go and cli-runtime's builder, release-1.34).
 */
import assert from 'node:assert/strict';
import { Cluster } from '../../../src/cluster';
import { KubeObject } from '../../../src/api/types';

function pod(name: string, labels: Record<string, string> = {}, namespace = 'default'): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}
  labels: ${JSON.stringify(labels)}
spec:
  containers:
  - name: main
    image: nginx:1.27
`;
}

function cluster(): Cluster {
  const c = new Cluster({ nodes: 1 });
  c.apply(pod('web-a', { app: 'web' }));
  c.apply(pod('web-b', { app: 'web' }));
  c.apply(pod('db', { app: 'db' }));
  c.apply('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n');
  c.apply(pod('web-c', { app: 'web' }, 'other'));
  c.advance('10s');
  return c;
}

/** The `Name:` lines of describe output, in order. */
const names = (out: string) => [...out.matchAll(/^Name:\s+(\S+)$/gm)].map((m) => m[1]);

describe('kubectl describe (command)', () => {
  const c = cluster();
  const run = (line: string) => c.kubectl(line);

  const found: Record<string, { line: string; names: string[] }> = {
    'a type lists the namespace': { line: 'kubectl describe pods', names: ['db', 'web-a', 'web-b'] },
    'TYPE NAME': { line: 'kubectl describe pod db', names: ['db'] },
    'TYPE/NAME, several': { line: 'kubectl describe pod/web-b po/db', names: ['web-b', 'db'] },
    'a label selector': { line: 'kubectl describe pods -l app=web', names: ['web-a', 'web-b'] },
    'all namespaces, by namespace then name': { line: 'kubectl describe pods -A -l app=web', names: ['web-a', 'web-b', 'web-c'] },
    'another namespace': { line: 'kubectl describe pods -n other', names: ['web-c'] },
    'cluster-scoped kinds ignore the namespace': { line: 'kubectl describe nodes -n other', names: ['node-1'] },
  };
  for (const [name, tc] of Object.entries(found)) {
    it(name, () => {
      const r = run(tc.line);
      assert.equal(r.stderr, '');
      assert.equal(r.exitCode, 0);
      assert.deepEqual(names(r.stdout), tc.names);
    });
  }

  it('several objects are separated by two blank lines', () => {
    const r = run('kubectl describe pods -l app=web');
    assert.match(r.stdout, /Events:[^\n]*\n(?: .*\n)*\n\nName:\s+web-b\n/);
    assert.ok(!r.stdout.endsWith('\n\n'));
  });

  it('a missing name describes the objects it prefixes, each followed by a blank line', () => {
    const r = run('kubectl describe pods web');
    assert.deepEqual(names(r.stdout), ['web-a', 'web-b']);
    assert.equal(r.stdout, `${run('kubectl describe pod web-a').stdout}\n${run('kubectl describe pod web-b').stdout}\n`);
  });

  const refused: Record<string, { line: string; stderr: string; stdout?: string }> = {
    'no type': {
      line: 'kubectl describe',
      stderr: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    },
    'an unknown type': { line: 'kubectl describe pdos', stderr: 'error: the server doesn\'t have a resource type "pdos"\n' },
    'a name nothing starts with': { line: 'kubectl describe pod nope', stderr: 'Error from server (NotFound): pods "nope" not found\n' },
    'TYPE/NAME is never a prefix': { line: 'kubectl describe pod/web', stderr: 'Error from server (NotFound): pods "web" not found\n' },
    'names with a selector': { line: 'kubectl describe pods db -l app=db', stderr: 'error: name cannot be provided when a selector is specified\n' },
    'a name across all namespaces': { line: 'kubectl describe pods db -A', stderr: 'error: a resource cannot be retrieved by name across all namespaces\n' },
    'nothing selected': { line: 'kubectl describe pods -l app=none', stderr: 'No resources found in default namespace.\n' },
    'nothing selected anywhere': { line: 'kubectl describe pods -A -l app=none', stderr: 'No resources found\n' },
  };
  for (const [name, tc] of Object.entries(refused)) {
    it(`refuses or reports: ${name}`, () => {
      const r = run(tc.line);
      assert.equal(r.stderr, tc.stderr);
      assert.equal(r.stdout, tc.stdout ?? '');
    });
  }

  it('found objects are shown and missing ones reported', () => {
    const r = run('kubectl describe pods db nope');
    assert.deepEqual(names(r.stdout), ['db']);
    assert.equal(r.stderr, 'Error from server (NotFound): pods "nope" not found\n');
    assert.equal(r.exitCode, 1);
  });

  it('--show-events=false leaves the Events section out', () => {
    assert.match(run('kubectl describe pod db').stdout, /\nEvents:\n/);
    assert.doesNotMatch(run('kubectl describe pod db --show-events=false').stdout, /Events:/);
  });

  it('a pod describes its own events only (same name, other namespace excluded)', () => {
    const r = run('kubectl describe pod web-c -n other');
    assert.match(r.stdout, /Successfully assigned other\/web-c to node-1/);
    assert.doesNotMatch(run('kubectl describe pod web-a').stdout, /web-c/);
  });
});

describe('kubectl describe: controllers read their pods and ReplicaSets through the API', () => {
  it('a Deployment names its new and old ReplicaSets; a ReplicaSet counts its pods by phase', () => {
    const c = new Cluster({ nodes: 1 });
    c.stopControllerManager();
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
    const d = c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template },
    });
    const owner = [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid!, controller: true, blockOwnerDeletion: true }];
    const rs = (name: string, hash: string, image: string, replicas: number): KubeObject =>
      c.api.create({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name, namespace: 'default', labels: { app: 'web', 'pod-template-hash': hash }, ownerReferences: owner },
        spec: {
          replicas,
          selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } },
          template: { metadata: { labels: { app: 'web', 'pod-template-hash': hash } }, spec: { containers: [{ name: 'web', image }] } },
        },
      });
    rs('web-old', 'aaa', 'nginx:1.26', 0);
    const current = rs('web-new', 'bbb', 'nginx:1.27', 2);
    for (const [name, phase] of [['web-new-1', 'Running'], ['web-new-2', 'Pending'], ['stray', 'Running']]) {
      const refs = name === 'stray' ? [] : [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-new', uid: current.metadata.uid!, controller: true }];
      const p = c.api.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace: 'default', labels: { app: 'web', 'pod-template-hash': 'bbb' }, ownerReferences: refs },
        spec: { containers: [{ name: 'web', image: 'nginx:1.27' }], nodeName: 'node-x' },
      });
      c.api.updateStatus({ ...p, status: { ...p.status, phase } });
    }
    const deploy = c.kubectl('kubectl describe deploy web').stdout;
    assert.match(deploy, /\nOldReplicaSets:\s+web-old \(0\/0 replicas created\)\nNewReplicaSet:\s+web-new \(0\/2 replicas created\)\n/);
    const replicaSet = c.kubectl('kubectl describe rs web-new').stdout;
    assert.match(replicaSet, /\nControlled By:\s+Deployment\/web\n/);
    assert.match(replicaSet, /\nPods Status:\s+1 Running \/ 1 Waiting \/ 0 Succeeded \/ 0 Failed\n/);
  });
});

describe('kubectl describe: kinds without a simulated describer', () => {
  it('says so instead of printing what kubectl would not', () => {
    const c = new Cluster({ nodes: 1 });
    c.apply('apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  maxReplicas: 3\n');
    const r = c.kubectl('kubectl describe hpa web');
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'error: describing a HorizontalPodAutoscaler is not supported by the simulated kubectl yet\n');
  });
});
