/**
 * Whatever command line a user types, kubectl answers: exit code 0 or 1, a message on stderr when
 * it fails, never an exception, a TypeError or a stack trace, and a command that fails without
 * reporting any success (nothing on stdout) changed nothing.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

// A fixed seed keeps CI reproducible; FC_SEED explores other cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
import { Cluster } from '../../src/cluster';
import { canonicalDump } from './support/dump';

const VERBS = [
  'get', 'describe', 'create', 'apply', 'delete', 'label', 'annotate', 'scale', 'expose', 'run', 'set', 'rollout', 'patch',
  'cordon', 'uncordon', 'drain', 'logs', 'explain', 'edit', 'exec', 'version', 'gett', 'po',
];
const SUBCOMMANDS = ['image', 'status', 'history', 'undo', 'pause', 'resume', 'restart', 'deployment', 'job', 'configmap', 'service', 'nodeport', 'namespace'];
const TYPES = [
  'pods', 'po', 'pod/kubia', 'pod/nope', 'deploy', 'deployment.apps', 'deployment/web', 'deployments.apps/web', 'rs', 'rc', 'ds', 'jobs', 'job/pi',
  'cronjobs', 'cj', 'svc', 'svc/web', 'ep', 'endpoints', 'nodes', 'no', 'node/minikube', 'ns', 'events', 'all', 'cm', 'foos', 'pods,svc', 'deploy,rs,po',
  'leases', 'sts', 'hpa', 'pdb', 'ing', 'endpointslices', 'Pod', 'PODS', 'pods.', '.pods', 'pods.apps', 'a/b/c', '/', 'pod/',
];
const NAMES = ['kubia', 'web', 'pi', 'nightly', 'minikube', 'kubernetes', 'nope', 'x', 'Web', 'a_b', 'a..b', '-', '""', "''"];
const FLAGS = [
  '--replicas=3', '--replicas', '--replicas=-1', '--replicas=x', '--replicas=99999999999', '--current-replicas=2', '-l', '-l app=kubia', '-lapp=web',
  "-l 'a in (b'", "-l '!app'", "--selector='app notin ()'", '--field-selector=status.phase=Running', '--field-selector=x', '-o', '-o yaml', '-o json',
  '-o wide', '-o name', '-o jsonpath={.items[*].metadata.name}', "-o 'jsonpath={.metadata.name'", '-o jsonpath=', '-o custom-columns=NAME:.metadata.name',
  '-o custom-columns=', '-o custom-columns=A', '-o go-template={{.x}}', '-o bogus', '--sort-by=.metadata.name', '--sort-by={', '--sort-by=.spec',
  '--all', '-A', '--all-namespaces', '-n', '-n kube-system', '-n nowhere', '--namespace=', '--overwrite', '--overwrite=maybe', '--cascade', '--cascade=orphan',
  '--cascade=foreground', '--cascade=maybe', '--cascade=false', '--grace-period=0', '--grace-period=-5', '--force', '--now', '--wait=false', '--dry-run',
  '--dry-run=client', '--dry-run=server', '--dry-run=bad', '--image=nginx', '--image=', '--image=UPPER', '--port=80', '--port=x', '--port=0',
  '--port=70000', '--type=NodePort', '--type=LoadBalancer', '--type=Bad', '--target-port=8080', '--target-port=http', '--name=svc2', '--name=Bad_Name',
  "-p '{\"spec\":{\"replicas\":2}}'", "-p '{'", "-p '[]'", '-p null', "-p '\"x\"'", "-p '{\"metadata\":{\"labels\":{\"__proto__\":\"x\"}}}'", '--type=json',
  '--type=merge', '--type=strategic', "-p '[{\"op\":\"add\",\"path\":\"/x\"}]'", "-p '[{\"op\":\"remove\",\"path\":\"/spec/nope\"}]'",
  "-p '[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":\"two\"}]'", '--to-revision=2', '--to-revision=-1', '--record', '-f', '-f -',
  '-f x.yaml', '-R', '--show-labels', '-L app', '-L', '--watch', '-w', '--ignore-not-found', '--no-headers', '--timeout=1s', '--timeout=x', '-c',
  '-c web', '--previous', '-p', '--tail=5', '--tail=x', '--since=1h', '--ignore-daemonsets', '--delete-emptydir-data', '--', '--=', '---', '-', '--v=9',
  '-v', '--restart=Never', '--restart=Sometimes', '--labels=app=x', '--labels=bad', '--env=A=1', '--expose', '--schedule="* * * * *"', '--from=cronjob/nightly',
  '--local', '-i', '-t', '-it', '--rm', '--command', '--all-containers', '--resource-version=1', '--selector', '--show-kind', '--chunk-size=0',
];
const LABELS = ['app=web', 'app-', 'a=b=c', 'bad_=x', '=x', 'env=prod', 'app=', 'a/b/c=d', 'example.com/tier=web', '-', 'x-', 'c=nginx', '*=busybox', 'web=nginx:1.27', '='];
const PUNCTUATION = ["'", '"', '\\', '$(x)', '|', ';', '&&', '>', '<', '#', '*', '?', '~', '${HOME}', '`', '\t', '  ', '{}', '[]', '%', '@'];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 1, arbitrary: fc.constantFrom(...SUBCOMMANDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TYPES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Mostly a verb first, as people type; sometimes anything at all. */
const commandLine = fc
  .tuple(fc.boolean(), fc.option(fc.constantFrom(...VERBS), { freq: 5 }), fc.array(word, { maxLength: 7 }))
  .map(([prefix, verb, rest]) => `${prefix ? 'kubectl ' : ''}${[verb ?? '', ...rest].join(' ')}`);

/** A small cluster with something of each kind, built once per property run. */
function fixture(): Cluster {
  const c = new Cluster({ readFile: () => 'apiVersion: v1\nkind: Pod\nmetadata: {name: from-file}\nspec: {containers: [{name: c, image: nginx}]}\n' });
  c.kubectl('run kubia --image=luksa/kubia --labels=app=kubia --port=8080');
  c.kubectl('create deployment web --image=nginx --replicas=2');
  c.kubectl('expose deployment web --port=80');
  c.kubectl('create job pi --image=busybox');
  c.kubectl("create cronjob nightly --image=busybox --schedule='0 3 * * *'");
  return c;
}

const LEAKS = /TypeError|ReferenceError|RangeError|SyntaxError: (?!unexpected)|\n\s+at \S+ \(|\bundefined\b|\bNaN\b|\[object Object\]/;

function answers(c: Cluster, line: string): void {
  const before = canonicalDump(c);
  let r;
  try {
    r = c.kubectl(line);
  } catch (e) {
    assert.fail(`${JSON.stringify(line)} threw ${e instanceof Error ? e.stack : String(e)}`);
  }
  assert.ok(r.exitCode === 0 || r.exitCode === 1, `${JSON.stringify(line)} exited with ${r.exitCode}`);
  if (r.exitCode === 1) assert.ok(r.stderr.trim().length > 0, `${JSON.stringify(line)} failed without a message`);
  for (const text of [r.stdout, r.stderr]) assert.ok(!LEAKS.test(text), `${JSON.stringify(line)} leaked an internal error:\n${text}`);
  if (r.exitCode === 1 && r.stdout === '') assert.equal(canonicalDump(c), before, `${JSON.stringify(line)} failed (${r.stderr.trim()}) but changed the cluster`);
}

describe('arbitrary kubectl command lines', function () {
  this.timeout(60_000);

  it('are answered with an exit code and a message, never an exception', () => {
    fc.assert(fc.property(commandLine, (line) => answers(fixture(), line)), { numRuns: Number(process.env.FC_RUNS ?? 250) });
  });

  it('random text is answered, never crashes', () => {
    const c = fixture();
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => answers(c, `kubectl ${text}`)), { numRuns: Number(process.env.FC_RUNS ?? 300) });
  });
});

describe('arbitrary kubectl command lines: counterexamples found', () => {
  const cases: Record<string, { line: string; stderr: string }> = {
    // shell-quote threw its own error for an unfinished substitution.
    'an unfinished ${ is a usage error': { line: 'kubectl get ${', stderr: 'shell syntax is not supported here: bad substitution in "kubectl get ${"\n' },
    // cordon and drain parsed -l themselves and let the parse error escape.
    'cordon with a bad node selector is refused as the API server refuses it': {
      line: 'kubectl cordon -l --replicas=3',
      stderr: 'Error from server (BadRequest): Unable to find "/v1, Resource=nodes" that match label selector "--replicas=3", field selector "": unable to parse requirement: ',
    },
    'drain with a bad pod selector is refused before anything is cordoned': { line: 'kubectl drain minikube --pod-selector=a=b=c', stderr: 'error: --pod-selector=<pod_selector> must be a valid label selector\n' },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const c = fixture();
      const before = canonicalDump(c);
      const r = c.kubectl(tc.line);
      assert.equal(r.exitCode, 1);
      assert.ok(r.stderr.startsWith(tc.stderr), r.stderr);
      assert.equal(canonicalDump(c), before);
    });
  }
});
