/**
 * What wakes the EndpointSlice mirroring controller, as upstream's handlers
 * (pkg/controller/endpointslicemirroring/endpointslicemirroring_controller.go): Endpoints it
 * should mirror, selector-less Services, and mirrored slices someone else created, changed (a new
 * generation) or deleted; never its own slice writes, nor a label-only edit of a mirrored slice.
 */
import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';

const SERVICE = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext' }, spec: { ports: [{ port: 80 }] } };
const ENDPOINTS = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'ext' }, subsets: [{ addresses: [{ ip: '10.1.1.1' }, { ip: '10.1.1.2' }], ports: [{ port: 80 }] }] };

interface Case {
  /** Done once the Endpoints are mirrored; `slice` is the mirrored slice's name. */
  act: (c: Cluster, slice: string) => void;
  /** Syncs of default/ext it causes. */
  syncs: number;
  /** The mirrored slices' endpoints afterwards. */
  endpoints: number[];
}

function mirrored(c: Cluster) {
  return c.list('EndpointSlice', 'default').filter((s) => s.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] === 'endpointslicemirroring-controller.k8s.io');
}

const kubectl = (c: Cluster, cmd: string) => {
  const r = c.kubectl(cmd);
  assert.equal(r.exitCode, 0, r.stderr);
};

const cases: Record<string, Case> = {
  'an address added: one sync, its own update of the slice does not wake it': {
    act: (c) => {
      const ep = c.api.get('Endpoints', 'default', 'ext');
      c.api.update({ ...ep, subsets: [{ addresses: [{ ip: '10.1.1.1' }, { ip: '10.1.1.2' }, { ip: '10.1.1.3' }], ports: [{ port: 80 }] }] });
    },
    syncs: 1,
    endpoints: [3],
  },
  'a mirrored slice emptied by someone else is put back': {
    act: (c, s) => kubectl(c, `patch endpointslice ${s} --type=merge -p {"endpoints":[]}`),
    syncs: 1,
    endpoints: [2],
  },
  'a mirrored slice deleted by someone else is created again': { act: (c, s) => kubectl(c, `delete endpointslice ${s}`), syncs: 1, endpoints: [2] },
  'a label added to a mirrored slice is left alone': { act: (c, s) => kubectl(c, `label endpointslice ${s} team=a`), syncs: 0, endpoints: [2] },
  'Endpoints labelled skip-mirror: its slice goes': {
    act: (c) => kubectl(c, 'label endpoints ext endpointslice.kubernetes.io/skip-mirror=true'),
    syncs: 1,
    endpoints: [],
  },
  'Endpoints holding a leader-election record: its slice goes': {
    act: (c) => kubectl(c, 'annotate endpoints ext control-plane.alpha.kubernetes.io/leader={}'),
    syncs: 1,
    endpoints: [],
  },
  'the Service relabelled, its selector still absent: nothing to do': { act: (c) => kubectl(c, 'label service ext team=a'), syncs: 0, endpoints: [2] },
  'the Service given a selector: its slice goes': {
    act: (c) => {
      const svc = c.api.get('Service', 'default', 'ext');
      c.api.update({ ...svc, spec: { ...svc.spec, selector: { app: 'x' } } });
    },
    syncs: 1,
    endpoints: [],
  },
};

describe('EndpointSlice mirroring: what wakes it', () => {
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const c = new Cluster({ nodes: 1 });
      c.apply(JSON.stringify(SERVICE));
      c.apply(JSON.stringify(ENDPOINTS));
      c.advance('1s');
      assert.deepEqual(mirrored(c).map((s) => (s.endpoints ?? []).length), [2]);
      const controller = (c as unknown as { controllerManager: { get(n: string): { sync(k: string): void } } }).controllerManager.get('endpointslicemirroring-controller')!;
      let syncs = 0;
      const sync = controller.sync.bind(controller);
      controller.sync = (k: string) => {
        if (k === 'default/ext') syncs++;
        sync(k);
      };
      tc.act(c, mirrored(c)[0].metadata.name!);
      c.advance('1s');
      assert.equal(syncs, tc.syncs);
      assert.deepEqual(mirrored(c).map((s) => (s.endpoints ?? []).length), tc.endpoints);
    });
  }
});
