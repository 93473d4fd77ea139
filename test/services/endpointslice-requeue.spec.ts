/**
 * When the EndpointSlice controller puts back what someone else changed in its slices: as upstream
 * onEndpointSliceAdd/Update/Delete and queueServiceForEndpointSlice, after
 * endpointSliceChangeMinSyncDelay (1 s), and not for its own writes or for label-only edits.
 */
import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';
import { replicaSetManifest } from '../../src/scenario/shorthands';

interface Case {
  /** What is done to the managed slice. */
  kubectl: (slice: string) => string;
  /** The slice's endpoints after 500 ms and after 1 s: undefined = no slice. */
  at500ms: number | undefined;
  at1s: number | undefined;
}

describe('EndpointSlice changes by others', () => {
  const cases: Record<string, Case> = {
    'a deleted slice is created again a second later': { kubectl: (s) => `delete endpointslice ${s}`, at500ms: undefined, at1s: 2 },
    'emptied endpoints are put back a second later': {
      kubectl: (s) => `patch endpointslice ${s} --type=merge -p {"endpoints":[]}`,
      at500ms: 0,
      at1s: 2,
    },
    'a label added is left alone': { kubectl: (s) => `label endpointslice ${s} team=a`, at500ms: 2, at1s: 2 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const c = new Cluster({ nodes: 1 });
      c.apply(replicaSetManifest('web', 2));
      c.apply(JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } }));
      c.advance('30s');
      const slices = () => c.list('EndpointSlice', 'default').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web');
      assert.equal(slices().length, 1);
      const r = c.kubectl(tc.kubectl(slices()[0].metadata.name!));
      assert.equal(r.exitCode, 0, r.stderr);
      const count = () => (slices().length ? (slices()[0].endpoints ?? []).length : undefined);
      c.advance(500);
      assert.equal(count(), tc.at500ms);
      c.advance(500);
      assert.equal(count(), tc.at1s);
    });
  }
});
