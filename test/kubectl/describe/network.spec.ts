/** Service, Endpoints and EndpointSlice describers against the raw text of their Go functions. */
import assert from 'node:assert/strict';
import { KubeObject } from '../../../src/api/types';
import { describeEndpoints, describeEndpointSlice, describeService, formatEndpointSlices } from '../../../src/kubectl/describe/network';
import { at, laidOut } from './fixtures';

const now = at('10:05:00');

function slice(ports: any[], endpoints: any[]): KubeObject {
  return { kind: 'EndpointSlice', metadata: { name: 's', labels: { 'kubernetes.io/service-name': 'kubia' } }, addressType: 'IPv4', ports, endpoints };
}

const ep = (ip: string, ready?: boolean) => ({ addresses: [ip], conditions: ready === undefined ? {} : { ready } });

const kubia: KubeObject = {
  kind: 'Service',
  metadata: { name: 'kubia', namespace: 'default', labels: { app: 'kubia' } },
  spec: {
    type: 'NodePort',
    selector: { app: 'kubia' },
    clusterIP: '10.96.120.7',
    clusterIPs: ['10.96.120.7'],
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    ports: [
      { name: 'http', port: 80, targetPort: 8080, nodePort: 30123, protocol: 'TCP' },
      { port: 443, targetPort: 'https', protocol: 'TCP' },
    ],
    sessionAffinity: 'None',
    externalTrafficPolicy: 'Cluster',
    internalTrafficPolicy: 'Cluster',
  },
};

const cases: Record<string, { describe: () => string; expected: string }> = {
  'Service: NodePort with a named and an unnamed port, endpoints per port': {
    describe: () =>
      describeService({
        service: kubia,
        endpointSlices: [slice([{ name: 'http', port: 8080, protocol: 'TCP' }], [ep('10.244.1.5', true), ep('10.244.2.7', false), ep('10.244.3.2')])],
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\tkubia',
      'Namespace:\tdefault',
      'Labels:\tapp=kubia',
      'Annotations:\t<none>',
      'Selector:\tapp=kubia',
      'Type:\tNodePort',
      'IP Family Policy:\tSingleStack',
      'IP Families:\tIPv4',
      'IP:\t10.96.120.7',
      'IPs:\t10.96.120.7',
      'Port:\thttp\t80/TCP',
      'TargetPort:\t8080/TCP',
      'NodePort:\thttp\t30123/TCP',
      'Endpoints:\t10.244.1.5:8080,10.244.3.2:8080',
      'Port:\t<unset>\t443/TCP',
      'TargetPort:\thttps/TCP',
      'Endpoints:\t',
      'Session Affinity:\tNone',
      'External Traffic Policy:\tCluster',
      'Internal Traffic Policy:\tCluster',
      'Events:\t<none>',
    ]),
  },
  'Service: LoadBalancer ingress, external IPs, no slices, no families': {
    describe: () =>
      describeService({
        service: {
          kind: 'Service',
          metadata: { name: 'lb', namespace: 'default' },
          spec: { type: 'LoadBalancer', clusterIP: '10.96.33.9', externalIPs: ['1.2.3.4', '5.6.7.8'], loadBalancerIP: '9.9.9.9', healthCheckNodePort: 31000, loadBalancerSourceRanges: ['10.0.0.0/8'], sessionAffinity: 'ClientIP' },
          status: { loadBalancer: { ingress: [{ ip: '203.0.113.1', ipMode: 'VIP' }, { hostname: 'lb.example.com' }] } },
        },
        endpointSlices: [],
        now,
      }),
    expected: laidOut([
      'Name:\tlb',
      'Namespace:\tdefault',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Selector:\t<none>',
      'Type:\tLoadBalancer',
      'IP Families:\t<none>',
      'IP:\t10.96.33.9',
      'IPs:\t<none>',
      'External IPs:\t1.2.3.4,5.6.7.8',
      'Desired LoadBalancer IP:\t9.9.9.9',
      'LoadBalancer Ingress:\t203.0.113.1 (VIP), lb.example.com',
      'Session Affinity:\tClientIP',
      'HealthCheck NodePort:\t31000',
      'LoadBalancer Source Ranges:\t10.0.0.0/8',
    ]),
  },
  'Endpoints: subsets with ready and not-ready addresses and a port table': {
    describe: () =>
      describeEndpoints({
        obj: {
          kind: 'Endpoints',
          metadata: { name: 'kubia', namespace: 'default' },
          subsets: [
            { addresses: [{ ip: '10.244.1.5' }, { ip: '10.244.2.7' }], notReadyAddresses: [{ ip: '10.244.3.2' }], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }, { port: 8443, protocol: 'TCP' }] },
            { notReadyAddresses: [{ ip: '10.244.4.1' }] },
          ],
        },
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\tkubia',
      'Namespace:\tdefault',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Subsets:',
      '  Addresses:\t10.244.1.5,10.244.2.7',
      '  NotReadyAddresses:\t10.244.3.2',
      '  Ports:',
      '    Name\tPort\tProtocol',
      '    ----\t----\t--------',
      '    http\t8080\tTCP',
      '    <unset>\t8443\tTCP',
      '',
      '  Addresses:\t<none>',
      '  NotReadyAddresses:\t10.244.4.1',
      '',
      'Events:\t<none>',
    ]),
  },
  'EndpointSlice: ports and endpoints with unset fields': {
    describe: () =>
      describeEndpointSlice({
        obj: {
          kind: 'EndpointSlice',
          metadata: { name: 'kubia-abc', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubia' } },
          addressType: 'IPv4',
          ports: [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: '', protocol: 'UDP' }],
          endpoints: [
            { addresses: ['10.244.1.5'], conditions: { ready: true }, targetRef: { kind: 'Pod', name: 'kubia-x' }, nodeName: 'node-1' },
            { addresses: [], conditions: {}, hostname: 'h', zone: 'z' },
          ],
        },
        now,
      }),
    expected: laidOut([
      'Name:\tkubia-abc',
      'Namespace:\tdefault',
      'Labels:\tkubernetes.io/service-name=kubia',
      'Annotations:\t<none>',
      'AddressType:\tIPv4',
      'Ports:',
      '  Name\tPort\tProtocol',
      '  ----\t----\t--------',
      '  http\t8080\tTCP',
      '  <unset>\t<unset>\tUDP',
      'Endpoints:',
      '  - Addresses:\t10.244.1.5',
      '    Conditions:',
      '      Ready:\ttrue',
      '    Hostname:\t<unset>',
      '    TargetRef:\tPod/kubia-x',
      '    NodeName:\tnode-1',
      '    Zone:\t<unset>',
      '  - Addresses:\t<none>',
      '    Conditions:',
      '      Ready:\t<unset>',
      '    Hostname:\th',
      '    NodeName:\t<unset>',
      '    Zone:\tz',
    ]),
  },
  'EndpointSlice: no ports, no endpoints': {
    describe: () => describeEndpointSlice({ obj: { kind: 'EndpointSlice', metadata: { name: 'e', namespace: 'default' }, addressType: 'IPv4' }, events: [], now }),
    expected: laidOut(['Name:\te', 'Namespace:\tdefault', 'Labels:\t<none>', 'Annotations:\t<none>', 'AddressType:\tIPv4', 'Ports: <unset>', 'Endpoints: <none>', 'Events:\t<none>']),
  },
};

describe('kubectl describe: services and endpoints', () => {
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(tc.describe(), tc.expected));

  const slices: Record<string, { slices: KubeObject[]; port?: string; expected: string }> = {
    'no slices': { slices: [], port: '', expected: '<none>' },
    'more than three ready endpoints': {
      slices: [slice([{ name: '', port: 80 }], ['1', '2', '3', '4', '5'].map((i) => ep(`10.0.0.${i}`)))],
      port: '',
      expected: '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...',
    },
    'a headless slice without ports lists addresses': { slices: [slice([], [ep('10.0.0.1'), ep('10.0.0.2', false)])], port: 'x', expected: '10.0.0.1' },
    'IPv6 addresses are bracketed': { slices: [slice([{ name: 'p', port: 80 }], [ep('fd00::1')])], port: 'p', expected: '[fd00::1]:80' },
  };
  for (const [name, tc] of Object.entries(slices)) it(`Endpoints line: ${name}`, () => assert.equal(formatEndpointSlices(tc.slices, tc.port), tc.expected));
});
