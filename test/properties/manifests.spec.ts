/**
 * Whatever YAML a user applies, the answer is a result or a refusal with a message: never a
 * crash, a TypeError or a stack trace, and a refused manifest changes nothing.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

// A fixed seed keeps CI reproducible; FC_SEED explores other cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
import { stringify } from 'yaml';
import { Cluster, KubectlError } from '../../src/cluster';

const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 })),
})).value;

/** Manifests near real ones: a known kind and version with random fields. */
const nearManifest = fc.record({
  apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'apps/v1beta2', 'x/v9', ''),
  kind: fc.constantFrom('Pod', 'ReplicaSet', 'Deployment', 'Job', 'CronJob', 'Service', 'Node', 'Namespace', 'ConfigMap', 'Nope'),
  metadata: fc.oneof(json, fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), labels: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }) })),
  spec: json,
});

function applyAndCheck(c: Cluster, text: string): void {
  const before = c.api.store.count('Pod') + c.api.store.count('ConfigMap') + c.api.store.count('Service');
  try {
    c.apply(text);
  } catch (e) {
    assert.ok(e instanceof KubectlError, `${text}\nthrew ${e instanceof Error ? e.stack : String(e)}`);
    assert.ok(!/TypeError|at .*\.ts:/.test(e.message), `a stack trace or TypeError leaked: ${e.message}`);
    assert.ok(e.message.length > 0);
    if (!text.includes('---')) {
      const after = c.api.store.count('Pod') + c.api.store.count('ConfigMap') + c.api.store.count('Service');
      assert.equal(after, before, 'a refused manifest changed the cluster');
    }
  }
}

describe('arbitrary manifests', () => {
  it('random YAML documents are answered, never crash', () => {
    const c = new Cluster();
    fc.assert(fc.property(json, (doc) => applyAndCheck(c, stringify(doc))), { numRuns: 300 });
  });

  it('manifests of known kinds with random fields are answered, never crash', () => {
    const c = new Cluster();
    fc.assert(fc.property(nearManifest, (doc) => applyAndCheck(c, stringify(doc))), { numRuns: 500 });
  });

  it('random text is answered, never crashes', () => {
    const c = new Cluster();
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => applyAndCheck(c, text)), { numRuns: 500 });
  });
});
