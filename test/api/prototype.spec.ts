/**
 * Keys named `__proto__`, `constructor` or `prototype` are plain keys on every path into the
 * cluster (apply and re-apply, label, annotate, patch in all three formats, set image, run,
 * create): each command behaves exactly as it does with an ordinary key of the same shape (the
 * same answer, the same objects stored), and no prototype changes.
 */
import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';
import { clone } from '../../src/api/types';
import { canonicalDump } from '../properties/support/dump';

/** Each key and an ordinary stand-in Kubernetes treats alike (`__proto__` and `__other__` both start with `_`). */
const KEYS: readonly (readonly [string, string])[] = [
  ['__proto__', '__other__'],
  ['constructor', 'constructox'],
  ['prototype', 'prototypex'],
];

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort().join();

function noPrototypeChanged(): void {
  assert.equal(Object.getOwnPropertyNames(Object.prototype).sort().join(), prototypeNames);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(typeof ({} as Record<string, unknown>).constructor, 'function');
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
}

/** What a user does, with `K` for the key. */
type Step = { readonly kubectl: string } | { readonly apply: string };

const manifests = {
  pod: `apiVersion: v1
kind: Pod
metadata: {name: p, labels: {"K": "x", app: p}, annotations: {"K": "x"}}
spec:
  containers: [{name: c, image: nginx, env: [{name: "K", value: "x"}, {name: OTHER, value: "y"}]}]
`,
  podWithoutKey: `apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: p}}
spec:
  containers: [{name: c, image: nginx, env: [{name: OTHER, value: "y"}]}]
`,
  configMap: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {"K": "x", other: "y"}\n`,
  configMapWithoutKey: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {other: "y"}\n`,
};

const setup: Step[] = [{ kubectl: 'run p --image=nginx --labels=app=p' }, { kubectl: 'create deployment web --image=nginx' }];

const paths: Record<string, Step[]> = {
  'labels, annotations, env and ConfigMap data applied, then dropped': [
    { apply: manifests.pod },
    { apply: manifests.configMap },
    { apply: manifests.podWithoutKey },
    { apply: manifests.configMapWithoutKey },
  ],
  'kubectl label and annotate, without and with --overwrite, and removal': [
    ...setup,
    { kubectl: 'label pod p K=x' },
    { kubectl: 'label pod p K=y' },
    { kubectl: 'label pod p K=y --overwrite' },
    { kubectl: 'annotate pod p K=x' },
    { kubectl: 'annotate pod p K=y' },
    { kubectl: 'label pod p K-' },
    { kubectl: 'annotate pod p K-' },
  ],
  'strategic merge patches': [
    ...setup,
    { kubectl: `patch pod p -p '{"metadata":{"labels":{"K":"x"}}}'` },
    { kubectl: `patch pod p -p '{"metadata":{"K":{"polluted":"yes"}}}'` },
    { kubectl: `patch pod p -p '{"K":{"polluted":"yes"}}'` },
    { kubectl: `patch pod p -p '{"spec":{"containers":[{"name":"p","env":[{"name":"K","value":"x"}]}]}}'` },
    { kubectl: `patch pod p -p '{"metadata":{"labels":{"K":null}}}'` },
  ],
  'JSON merge patches': [
    ...setup,
    { kubectl: `patch pod p --type=merge -p '{"metadata":{"labels":{"K":"x"}}}'` },
    { kubectl: `patch pod p --type=merge -p '{"metadata":{"K":{"polluted":"yes"}}}'` },
    { kubectl: `patch pod p --type=merge -p '{"metadata":{"labels":{"K":null}}}'` },
  ],
  'JSON patches': [
    ...setup,
    { kubectl: `patch pod p --type=json -p '[{"op":"add","path":"/metadata/labels/K","value":"x"}]'` },
    { kubectl: `patch pod p --type=json -p '[{"op":"add","path":"/metadata/K/polluted","value":"yes"}]'` },
    { kubectl: `patch pod p --type=json -p '[{"op":"add","path":"/K/polluted","value":"yes"}]'` },
    { kubectl: `patch pod p --type=json -p '[{"op":"replace","path":"/metadata/K","value":{}}]'` },
    { kubectl: `patch pod p --type=json -p '[{"op":"test","path":"/metadata/K","value":null}]'` },
    { kubectl: `patch pod p --type=json -p '[{"op":"copy","from":"/metadata/K","path":"/metadata/labels/copy"}]'` },
    { kubectl: `patch pod p --type=json -p '[{"op":"move","from":"/metadata/labels/K","path":"/metadata/annotations/K"}]'` },
    { kubectl: `patch pod p --type=json -p '[{"op":"remove","path":"/metadata/annotations/K"}]'` },
  ],
  'set image, run and create': [
    ...setup,
    { kubectl: 'set image deployment/web K=busybox' },
    { kubectl: 'run q --image=nginx --labels=K=x --env=K=x' },
    { kubectl: 'create deployment K --image=nginx' },
    { kubectl: 'create job K --image=busybox' },
    { kubectl: 'run K --image=nginx' },
  ],
};

/** Runs the steps with `K` as `key`: the answers and the final store, with the key written `K` again. */
function transcript(steps: readonly Step[], key: string): string {
  const c = new Cluster();
  const lines: string[] = [];
  for (const step of steps) {
    if ('kubectl' in step) {
      const r = c.kubectl(step.kubectl.replaceAll('K', key));
      lines.push(`$ ${step.kubectl}\n${r.exitCode}\n${r.stdout}${r.stderr}`);
    } else {
      try {
        lines.push(`apply\n${c.apply(step.apply.replaceAll('"K"', JSON.stringify(key)))}`);
      } catch (e) {
        lines.push(`apply refused\n${(e as Error).message}`);
      }
    }
    noPrototypeChanged();
  }
  // A Deployment named after the key has its own pod-template hash (the name is in the template),
  // which can also change the order of the pods' names.
  const hashless = (text: string) => text.replaceAll(key, 'K').replace(/\b[bcdfghjklmnpqrstvwxz2456789]{9,10}\b/g, 'HASH');
  return [...lines.map(hashless), ...hashless(canonicalDump(c)).split('\n').sort()].join('\n');
}

describe('keys named __proto__, constructor or prototype', () => {
  it('are copied as plain keys', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const copy = clone(input) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    assert.deepEqual(Object.keys(copy), ['__proto__', 'a']);
    noPrototypeChanged();
  });

  for (const [key, standIn] of KEYS) {
    for (const [path, steps] of Object.entries(paths)) {
      it(`${key}: ${path} as with any other key`, () => assert.equal(transcript(steps, key), transcript(steps, standIn)));
    }
  }
});
