import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { formatEndpoints, formatSliceEndpoints, formatSlicePorts, loadBalancerStatus, serviceExternalIP, servicePorts } from '../../src/printers/services';
import { serverTable } from '../../src/printers/tables';
import { printTable } from '../../src/kubectl/print/table';

const svc = (spec: Record<string, any>, status: Record<string, any> = {}): KubeObject => ({ metadata: { name: 's' }, spec, status });

describe('serviceExternalIP (getServiceExternalIP)', () => {
  const cases: Record<string, { svc: KubeObject; want: string }> = {
    'a ClusterIP Service has none': { svc: svc({ type: 'ClusterIP' }), want: '<none>' },
    'a NodePort Service has none': { svc: svc({ type: 'NodePort' }), want: '<none>' },
    'external IPs are listed': { svc: svc({ type: 'ClusterIP', externalIPs: ['1.2.3.4', '5.6.7.8'] }), want: '1.2.3.4,5.6.7.8' },
    'a LoadBalancer without cloud is pending': { svc: svc({ type: 'LoadBalancer' }, { loadBalancer: {} }), want: '<pending>' },
    'a LoadBalancer shows its ingress, sorted': {
      svc: svc({ type: 'LoadBalancer' }, { loadBalancer: { ingress: [{ ip: '9.9.9.9' }, { hostname: 'lb.example.com' }, { ip: '1.1.1.1' }] } }),
      want: '1.1.1.1,9.9.9...',
    },
    'a LoadBalancer adds its external IPs': { svc: svc({ type: 'LoadBalancer', externalIPs: ['5.6.7.8'] }, { loadBalancer: { ingress: [{ ip: '1.1.1.1' }] } }), want: '1.1.1.1,5.6.7.8' },
    'an ExternalName shows its name': { svc: svc({ type: 'ExternalName', externalName: 'api.example.com' }), want: 'api.example.com' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(serviceExternalIP(tc.svc, false), tc.want));

  it('clips long load-balancer addresses to 16 characters unless wide', () => {
    const status = { ingress: [{ hostname: 'a-very-long-hostname.example.com' }] };
    assert.equal(loadBalancerStatus(status, false), 'a-very-long-h...');
    assert.equal(loadBalancerStatus(status, true), 'a-very-long-hostname.example.com');
  });
});

describe('servicePorts (makePortString)', () => {
  const cases: Record<string, { ports: any[]; want: string }> = {
    'one port': { ports: [{ port: 80, protocol: 'TCP' }], want: '80/TCP' },
    'a node port': { ports: [{ port: 80, nodePort: 31234, protocol: 'TCP' }], want: '80:31234/TCP' },
    'several ports, no spaces': { ports: [{ port: 80, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }], want: '80/TCP,53/UDP' },
    'no ports': { ports: [], want: '' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(servicePorts(tc.ports), tc.want));
});

describe('formatEndpoints', () => {
  const addr = (ip: string) => ({ ip });
  const cases: Record<string, { subsets: any[] | undefined; want: string }> = {
    'no subsets': { subsets: undefined, want: '<none>' },
    'ready addresses with their port': { subsets: [{ addresses: [addr('10.0.0.1'), addr('10.0.0.2')], ports: [{ port: 80 }] }], want: '10.0.0.1:80,10.0.0.2:80' },
    'only not-ready addresses print nothing': { subsets: [{ notReadyAddresses: [addr('10.0.0.1')], ports: [{ port: 80 }] }], want: '' },
    'more than three are counted': {
      subsets: [{ addresses: ['1', '2', '3', '4', '5'].map((n) => addr(`10.0.0.${n}`)), ports: [{ port: 80 }] }],
      want: '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...',
    },
    'port by port': {
      subsets: [{ addresses: [addr('10.0.0.1'), addr('10.0.0.2')], ports: [{ port: 80 }, { port: 443 }] }],
      want: '10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...',
    },
    'no ports: bare addresses': { subsets: [{ addresses: [addr('10.0.0.1')] }], want: '10.0.0.1' },
    'IPv6 is bracketed': { subsets: [{ addresses: [addr('fd00::1')], ports: [{ port: 80 }] }], want: '[fd00::1]:80' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(formatEndpoints({ metadata: {}, subsets: tc.subsets }), tc.want));
});

describe('EndpointSlice cells', () => {
  const cases: Record<string, { got: string; want: string }> = {
    'no ports are <unset>': { got: formatSlicePorts(null), want: '<unset>' },
    'ports by number': { got: formatSlicePorts([{ port: 8080 }, { port: 8443 }]), want: '8080,8443' },
    'a port without number shows its name': { got: formatSlicePorts([{ name: 'http' }]), want: 'http' },
    'more than three ports': { got: formatSlicePorts([{ port: 1 }, { port: 2 }, { port: 3 }, { port: 4 }]), want: '1,2,3 + 1 more...' },
    'no endpoints are <unset>': { got: formatSliceEndpoints(null), want: '<unset>' },
    'more than three addresses': {
      got: formatSliceEndpoints([{ addresses: ['a'] }, { addresses: ['b'] }, { addresses: ['c'] }, { addresses: ['d'] }, { addresses: ['e'] }]),
      want: 'a,b,c + 2 more...',
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(tc.got, tc.want));
});

describe('the service table', () => {
  it('lays out as kubectl get svc -o wide', () => {
    const services: KubeObject[] = [
      { metadata: { name: 'kubernetes', creationTimestamp: '2026-01-01T00:00:00Z' }, spec: { type: 'ClusterIP', clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] } },
      {
        metadata: { name: 'web', creationTimestamp: '2026-01-01T00:00:00Z' },
        spec: { type: 'NodePort', clusterIPs: ['10.96.120.7'], selector: { app: 'web' }, ports: [{ port: 80, nodePort: 31234, protocol: 'TCP' }] },
      },
    ];
    const text = printTable(serverTable('Service', services, Date.parse('2026-01-01T00:10:00Z')), { wide: true });
    assert.equal(
      text,
      [
        'NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE   SELECTOR',
        'kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        10m   <none>',
        'web          NodePort    10.96.120.7   <none>        80:31234/TCP   10m   app=web',
        '',
      ].join('\n'),
    );
  });
});
