import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { desiredSubsets } from '../../src/controllers/endpoints/subsets';
import { findPort } from '../../src/controllers/endpoints/ports';
import { repackSubsets } from '../../src/api/endpoints/repack';
import { reconcileSlices } from '../../src/controllers/endpoints/slices';

interface PodOpts {
  ip?: string;
  ready?: boolean;
  deleting?: boolean;
  phase?: string;
  ports?: any[];
}

function pod(name: string, o: PodOpts = {}): KubeObject {
  const ip = o.ip === undefined ? `10.244.0.${name.charCodeAt(name.length - 1) - 95}` : o.ip;
  return {
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, labels: { app: 'a' }, ...(o.deleting ? { deletionTimestamp: '2026-01-01T00:00:30Z' } : {}) },
    spec: { nodeName: 'minikube', containers: [{ name: 'c', ports: o.ports ?? [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }] },
    status: {
      phase: o.phase ?? 'Running',
      ...(ip ? { podIP: ip, podIPs: [{ ip }] } : {}),
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True' }],
    },
  };
}

function service(spec: Record<string, any> = {}): KubeObject {
  return {
    kind: 'Service',
    metadata: { name: 'svc', namespace: 'default', uid: 'svc-uid' },
    spec: { selector: { app: 'a' }, clusterIP: '10.96.5.5', ipFamilies: ['IPv4'], ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }], ...spec },
  };
}

/** `ip:port` lists of each subset: ready ones, then `!`-marked not-ready ones. */
function summary(subsets: any[]): string[] {
  return subsets.map((s) => {
    const ports = (s.ports ?? []).map((p: any) => p.port).join('+');
    const ready = (s.addresses ?? []).map((a: any) => a.ip);
    const notReady = (s.notReadyAddresses ?? []).map((a: any) => `!${a.ip}`);
    return `${[...ready, ...notReady].join(',')} @${ports}`;
  });
}

describe('desiredSubsets (the endpoints controller)', () => {
  const cases: Record<string, { svc: KubeObject; pods: KubeObject[]; want: string[] }> = {
    'ready pods are addresses': { svc: service(), pods: [pod('a'), pod('b')], want: ['10.244.0.2,10.244.0.3 @8080'] },
    'a pod that is not ready is a not-ready address': { svc: service(), pods: [pod('a'), pod('b', { ready: false })], want: ['10.244.0.2,!10.244.0.3 @8080'] },
    'publishNotReadyAddresses makes every pod ready': {
      svc: service({ publishNotReadyAddresses: true }),
      pods: [pod('a', { ready: false }), pod('b', { deleting: true })],
      want: ['10.244.0.2,10.244.0.3 @8080'],
    },
    'a terminating pod is left out': { svc: service(), pods: [pod('a'), pod('b', { deleting: true })], want: ['10.244.0.2 @8080'] },
    'a pod without an IP is left out': { svc: service(), pods: [pod('a', { ip: '' })], want: [] },
    'a finished pod is left out': { svc: service(), pods: [pod('a', { phase: 'Succeeded' })], want: [] },
    'a named target port resolves per pod': {
      svc: service({ ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' }] }),
      pods: [pod('a'), pod('b', { ports: [{ name: 'http', containerPort: 9090, protocol: 'TCP' }] })],
      // One subset per port set, in the API server's (hash) order.
      want: ['10.244.0.2 @8080', '10.244.0.3 @9090'],
    },
    'a pod without the named port is left out': {
      svc: service({ ports: [{ port: 80, targetPort: 'web', protocol: 'TCP' }] }),
      pods: [pod('a')],
      want: [],
    },
    'a headless Service without ports lists bare addresses': { svc: service({ clusterIP: 'None', ports: [] }), pods: [pod('a')], want: ['10.244.0.2 @'] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(summary(desiredSubsets(tc.svc, tc.pods)), tc.want));

  it('records the pod as target and its node', () => {
    const [subset] = desiredSubsets(service(), [pod('a')]);
    assert.deepEqual(subset.addresses, [{ ip: '10.244.0.2', nodeName: 'minikube', targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: 'uid-a' } }]);
    assert.deepEqual(subset.ports, [{ port: 8080, protocol: 'TCP' }]);
  });
});

describe('findPort', () => {
  const p = pod('a', { ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }, { name: 'dns', containerPort: 53, protocol: 'UDP' }] });
  const cases: Record<string, { port: any; want: number | undefined }> = {
    'a number is taken as is': { port: { targetPort: 9999, protocol: 'TCP' }, want: 9999 },
    'a name is looked up': { port: { targetPort: 'http', protocol: 'TCP' }, want: 8080 },
    'the protocol must match': { port: { targetPort: 'dns', protocol: 'TCP' }, want: undefined },
    'a UDP name': { port: { targetPort: 'dns', protocol: 'UDP' }, want: 53 },
    'an unknown name': { port: { targetPort: 'https', protocol: 'TCP' }, want: undefined },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(findPort(p, tc.port), tc.want));
});

describe('repackSubsets', () => {
  it('groups addresses by the ports they serve and sorts them by IP', () => {
    const packed = repackSubsets([
      { addresses: [{ ip: '10.0.0.9' }], ports: [{ port: 80, protocol: 'TCP' }] },
      { addresses: [{ ip: '10.0.0.10' }], ports: [{ port: 80, protocol: 'TCP' }] },
    ]);
    assert.deepEqual(summary(packed), ['10.0.0.10,10.0.0.9 @80']);
  });

  it('an address not ready on one of its ports is not ready', () => {
    const packed = repackSubsets([
      { addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80, protocol: 'TCP' }] },
      { notReadyAddresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80, protocol: 'TCP' }] },
    ]);
    assert.deepEqual(summary(packed), ['!10.0.0.1 @80']);
  });

  it('orders ports by the MD5 of their Go form, as the API server does', () => {
    const [subset] = repackSubsets([{ addresses: [{ ip: '10.0.0.1' }], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'https', port: 8443, protocol: 'TCP' }] }]);
    assert.deepEqual(subset.ports!.map((p) => p.name), ['https', 'http']);
  });
});

describe('reconcileSlices (the EndpointSlice controller)', () => {
  const node = () => ({ metadata: { name: 'minikube' } });
  const slice = (name: string, endpoints: any[] | null, ports: any[] | null) => ({
    kind: 'EndpointSlice',
    metadata: { name, namespace: 'default', labels: { 'kubernetes.io/service-name': 'svc', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' }, ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'svc', uid: 'svc-uid', controller: true }] },
    addressType: 'IPv4',
    endpoints,
    ports,
  });

  it('a new Service gets one slice for its pods', () => {
    const changes = reconcileSlices({ service: service(), pods: [pod('a'), pod('b', { ready: false })], existing: [], node });
    assert.equal(changes.create.length, 1);
    const [s] = changes.create;
    assert.equal(s.metadata.generateName, 'svc-');
    assert.deepEqual(s.ports, [{ name: '', port: 8080, protocol: 'TCP' }]);
    assert.deepEqual(s.endpoints.map((e: any) => [e.addresses[0], e.conditions.ready]), [['10.244.0.2', true], ['10.244.0.3', false]]);
  });

  it('a Service without pods gets an empty placeholder', () => {
    const changes = reconcileSlices({ service: service(), pods: [], existing: [], node });
    assert.equal(changes.create.length, 1);
    assert.deepEqual([changes.create[0].endpoints, changes.create[0].ports], [[], []]);
  });

  it('the last pod leaving turns its slice into the placeholder', () => {
    const existing = reconcileSlices({ service: service(), pods: [pod('a')], existing: [], node }).create.map((s, i) => ({ ...s, metadata: { ...s.metadata, name: `svc-${i}` } }));
    const changes = reconcileSlices({ service: service(), pods: [], existing, node });
    assert.deepEqual([changes.create.length, changes.update.length, changes.delete.length], [0, 1, 0]);
    assert.equal(changes.update[0].metadata.name, 'svc-0');
    assert.deepEqual(changes.update[0].endpoints, []);
  });

  it('an unchanged slice is left alone', () => {
    const first = reconcileSlices({ service: service(), pods: [pod('a')], existing: [], node }).create[0];
    const changes = reconcileSlices({ service: service(), pods: [pod('a')], existing: [{ ...first, metadata: { ...first.metadata, name: 'svc-x' } }], node });
    assert.deepEqual([changes.create.length, changes.update.length, changes.delete.length], [0, 0, 0]);
  });

  it('a terminating pod stays listed, not ready but serving', () => {
    const [s] = reconcileSlices({ service: service(), pods: [pod('a', { deleting: true })], existing: [], node }).create;
    assert.deepEqual(s.endpoints[0].conditions, { ready: false, serving: true, terminating: true });
  });

  it('more than 100 endpoints fill several slices', () => {
    const pods = Array.from({ length: 150 }, (_, i) => pod(`p${String(i).padStart(3, '0')}`, { ip: `10.244.${Math.floor(i / 200)}.${(i % 200) + 2}` }));
    const changes = reconcileSlices({ service: service(), pods, existing: [], node });
    assert.deepEqual(changes.create.map((s) => s.endpoints.length), [100, 50]);
  });

  it('a slice owned by another Service of the same name is replaced', () => {
    const stale = slice('svc-old', [], []);
    stale.metadata.ownerReferences[0].uid = 'someone-else';
    const changes = reconcileSlices({ service: service(), pods: [pod('a')], existing: [stale], node });
    assert.deepEqual([changes.create.length, changes.delete.map((s) => s.metadata.name)], [1, ['svc-old']]);
  });

  it('a pod on a node that is gone is left out', () => {
    const [s] = reconcileSlices({ service: service(), pods: [pod('a')], existing: [], node: () => undefined }).create;
    assert.deepEqual(s.endpoints, []);
  });
});
