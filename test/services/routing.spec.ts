import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { backendsFor } from '../../src/services/routing';

const slice = (ports: any[], endpoints: any[]): KubeObject => ({ metadata: { name: 's' }, addressType: 'IPv4', ports, endpoints });
const ep = (ip: string, conditions: Record<string, boolean> = {}) => ({ addresses: [ip], conditions });

describe('backendsFor (what kube-proxy routes to)', () => {
  const port = { port: 80, protocol: 'TCP' };
  const cases: Record<string, { slices: KubeObject[]; servicePort?: any; want: string[] }> = {
    'ready endpoints, sorted': {
      slices: [slice([{ name: '', port: 8080, protocol: 'TCP' }], [ep('10.0.0.9', { ready: true }), ep('10.0.0.10', { ready: true })])],
      want: ['10.0.0.10:8080', '10.0.0.9:8080'],
    },
    'a missing condition counts as ready': { slices: [slice([{ name: '', port: 8080, protocol: 'TCP' }], [ep('10.0.0.1')])], want: ['10.0.0.1:8080'] },
    'not-ready endpoints are left out': {
      slices: [slice([{ name: '', port: 8080, protocol: 'TCP' }], [ep('10.0.0.1', { ready: true }), ep('10.0.0.2', { ready: false, serving: false, terminating: false })])],
      want: ['10.0.0.1:8080'],
    },
    'serving terminating endpoints are used when nothing is ready': {
      slices: [slice([{ name: '', port: 8080, protocol: 'TCP' }], [ep('10.0.0.1', { ready: false, serving: true, terminating: true }), ep('10.0.0.2', { ready: false, serving: false, terminating: true })])],
      want: ['10.0.0.1:8080'],
    },
    'a slice without the port name contributes nothing': {
      slices: [slice([{ name: 'https', port: 8443, protocol: 'TCP' }], [ep('10.0.0.1')])],
      want: [],
    },
    'the named port of a multi-port Service': {
      servicePort: { name: 'https', port: 443, protocol: 'TCP' },
      slices: [slice([{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'https', port: 8443, protocol: 'TCP' }], [ep('10.0.0.1')])],
      want: ['10.0.0.1:8443'],
    },
    'slices are merged': {
      slices: [slice([{ name: '', port: 80, protocol: 'TCP' }], [ep('10.0.0.1')]), slice([{ name: '', port: 80, protocol: 'TCP' }], [ep('10.0.0.2')])],
      want: ['10.0.0.1:80', '10.0.0.2:80'],
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(backendsFor(tc.servicePort ?? port, tc.slices).map((b) => b.address), tc.want));
});
