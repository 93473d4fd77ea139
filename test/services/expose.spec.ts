import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { cannotExpose, mapBasedSelector, portsFor, protocolsFor } from '../../src/kubectl/expose/introspect';
import { buildService, ExposeParams } from '../../src/kubectl/expose/generate';

const template = (ports: any[]) => ({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', ports }] } });

describe('mapBasedSelector (MapBasedSelectorForObject)', () => {
  const cases: Record<string, { obj: KubeObject; want?: string; error?: string }> = {
    'a pod uses its labels': { obj: { kind: 'Pod', metadata: { labels: { run: 'kubia' } } }, want: 'run=kubia' },
    'a pod without labels': { obj: { kind: 'Pod', metadata: {} }, error: 'the pod has no labels and cannot be exposed' },
    'a ReplicationController uses its selector': { obj: { kind: 'ReplicationController', metadata: {}, spec: { selector: { app: 'kubia' } } }, want: 'app=kubia' },
    'a ReplicaSet uses matchLabels': { obj: { kind: 'ReplicaSet', metadata: {}, spec: { selector: { matchLabels: { app: 'web', tier: 'fe' } } } }, want: 'app=web,tier=fe' },
    'a ReplicaSet without matchLabels': {
      obj: { kind: 'ReplicaSet', metadata: {}, spec: { selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['a'] }] } } },
      error: 'invalid replicaset: no selectors, therefore cannot be exposed',
    },
    'a Deployment with expressions as well': {
      obj: { kind: 'Deployment', metadata: {}, spec: { selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] } } },
      error: 'couldn\'t convert expressions - "[{Key:tier Operator:In Values:[a b]}]" to map-based selector format',
    },
    'a Service uses its selector': { obj: { kind: 'Service', metadata: {}, spec: { selector: { app: 'a' } } }, want: 'app=a' },
    'a Service without selector': { obj: { kind: 'Service', metadata: {}, spec: {} }, error: 'the service has no pod selector set' },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      if (tc.error) assert.throws(() => mapBasedSelector(tc.obj), { message: tc.error });
      else assert.equal(mapBasedSelector(tc.obj), tc.want);
    });
  }
});

describe('portsFor and protocolsFor', () => {
  const cases: Record<string, { obj: KubeObject; ports: string[]; protocols: [string, string[]][] }> = {
    'a pod without ports': { obj: { kind: 'Pod', metadata: {}, spec: { containers: [{ name: 'c' }] } }, ports: [], protocols: [] },
    "a pod's container ports": {
      obj: { kind: 'Pod', metadata: {}, spec: { containers: [{ name: 'a', ports: [{ containerPort: 8080 }] }, { name: 'b', ports: [{ containerPort: 9090, protocol: 'UDP' }] }] } },
      ports: ['8080', '9090'],
      protocols: [['8080', ['TCP']], ['9090', ['UDP']]],
    },
    'a port on two protocols is listed once': {
      obj: { kind: 'ReplicaSet', metadata: {}, spec: { template: template([{ containerPort: 53, protocol: 'UDP' }, { containerPort: 53, protocol: 'TCP' }]) } },
      ports: ['53'],
      protocols: [['53', ['UDP', 'TCP']]],
    },
    "a Service's ports": { obj: { kind: 'Service', metadata: {}, spec: { ports: [{ port: 80, protocol: 'TCP' }, { port: 443 }] } }, ports: ['80', '443'], protocols: [['80', ['TCP']], ['443', ['TCP']]] },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      assert.deepEqual(portsFor(tc.obj), tc.ports);
      assert.deepEqual([...protocolsFor(tc.obj)], tc.protocols);
    });
  }
});

describe('cannotExpose (CanBeExposed)', () => {
  const cases: Record<string, { kind: string; group: string; want: string | undefined }> = {
    pod: { kind: 'Pod', group: '', want: undefined },
    'apps deployment': { kind: 'Deployment', group: 'apps', want: undefined },
    'extensions replicaset': { kind: 'ReplicaSet', group: 'extensions', want: undefined },
    job: { kind: 'Job', group: 'batch', want: 'cannot expose a Job.batch' },
    node: { kind: 'Node', group: '', want: 'cannot expose a Node' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(cannotExpose(tc.kind, tc.group), tc.want));
});

describe('buildService (createService)', () => {
  const base: ExposeParams = {
    name: 'web',
    selector: 'app=web',
    labels: '',
    port: '',
    ports: '',
    protocol: '',
    protocols: new Map(),
    targetPort: '',
    type: '',
    externalIP: '',
    loadBalancerIP: '',
    sessionAffinity: '',
    clusterIP: '',
  };
  const cases: Record<string, { params: Partial<ExposeParams>; ports?: any[]; spec?: Record<string, any>; error?: string }> = {
    'one port, target port equal': { params: { port: '80' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] },
    'a numeric target port': { params: { port: '80', targetPort: '8080' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] },
    'a named target port': { params: { port: '80', targetPort: 'http' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 'http' }] },
    'several ports are named port-N': {
      params: { ports: '80,443' },
      ports: [
        { name: 'port-1', port: 80, protocol: 'TCP', targetPort: 80 },
        { name: 'port-2', port: 443, protocol: 'TCP', targetPort: 443 },
      ],
    },
    "the object's protocol is kept": { params: { port: '53', protocols: new Map([['53', ['UDP']]]) }, ports: [{ port: 53, protocol: 'UDP', targetPort: 53 }] },
    'a port with two protocols becomes two ports': {
      params: { port: '53', protocols: new Map([['53', ['UDP', 'TCP']]]) },
      ports: [
        { name: 'port-1-udp', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'port-1-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      ],
    },
    '--protocol wins': { params: { port: '53', protocol: 'SCTP', protocols: new Map([['53', ['UDP', 'TCP']]]) }, ports: [{ port: 53, protocol: 'SCTP', targetPort: 53 }] },
    'type, affinity and cluster IP': {
      params: { port: '80', type: 'NodePort', sessionAffinity: 'ClientIP', clusterIP: 'None' },
      spec: { type: 'NodePort', sessionAffinity: 'ClientIP', clusterIP: 'None' },
    },
    'a port that is not a number': { params: { port: 'eighty' }, error: 'strconv.Atoi: parsing "eighty": invalid syntax' },
    'an unknown session affinity': { params: { port: '80', sessionAffinity: 'Sticky' }, error: 'unknown session affinity: Sticky' },
    'a bad selector': { params: { selector: 'app' }, error: 'unexpected label spec: app' },
    'no selector': { params: { selector: '' }, error: 'selector must be specified' },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const params = { ...base, ...tc.params };
      if (tc.error) return assert.throws(() => buildService(params), { message: tc.error });
      const svc = buildService(params);
      if (tc.ports) assert.deepEqual(svc.spec.ports, tc.ports);
      for (const [k, v] of Object.entries(tc.spec ?? {})) assert.equal(svc.spec[k], v);
    });
  }
});
