import assert from 'node:assert/strict';
import { formatFieldError } from '../../src/api/field';
import { validateService, validateServiceUpdate } from '../../src/api/registry/service/validation';
import { setServiceDefaults } from '../../src/api/registry/service/defaults';
import { initIPFamilyFields } from '../../src/api/registry/service/families';

/** A Service spec as the API server validates it: defaulted, families settled, IPs in place. */
function prepared(spec: Record<string, any>): Record<string, any> {
  const svc = { metadata: { name: 's' }, spec: JSON.parse(JSON.stringify(spec)) };
  setServiceDefaults(svc);
  if (svc.spec.clusterIP && !svc.spec.clusterIPs) svc.spec.clusterIPs = [svc.spec.clusterIP];
  initIPFamilyFields(svc.spec);
  if (svc.spec.type !== 'ExternalName' && !svc.spec.clusterIP) {
    svc.spec.clusterIP = '10.96.5.5';
    svc.spec.clusterIPs = ['10.96.5.5'];
  }
  return svc.spec;
}

const errorsOf = (spec: Record<string, any>) => validateService(prepared(spec)).map(formatFieldError);

describe('validateService', () => {
  const cases: Record<string, { spec: Record<string, any>; want: string[] }> = {
    'a plain Service is valid': { spec: { selector: { app: 'a' }, ports: [{ port: 80 }] }, want: [] },
    'ports are required': { spec: { selector: { app: 'a' } }, want: ['spec.ports: Required value'] },
    'a headless Service may have no ports': { spec: { clusterIP: 'None', selector: { app: 'a' } }, want: [] },
    'an ExternalName Service may have no ports': { spec: { type: 'ExternalName', externalName: 'example.com' }, want: [] },
    'an ExternalName needs a name': { spec: { type: 'ExternalName' }, want: ['spec.externalName: Required value'] },
    'several ports need names': {
      spec: { ports: [{ port: 80 }, { port: 81 }] },
      want: ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'],
    },
    'port names are unique': {
      spec: { ports: [{ name: 'a', port: 80 }, { name: 'a', port: 81 }] },
      want: ['spec.ports[1].name: Duplicate value: "a"'],
    },
    'port 0 and its default target port are out of range': {
      spec: { ports: [{ port: 0 }] },
      want: ['spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive', 'spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive'],
    },
    'a named target port must be an IANA service name': {
      spec: { ports: [{ port: 80, targetPort: 'Not_A_Name' }] },
      want: [
        'spec.ports[0].targetPort: Invalid value: "Not_A_Name": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ],
    },
    'an unknown protocol': {
      spec: { ports: [{ port: 80, protocol: 'HTTP' }] },
      want: ['spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'],
    },
    'the same port twice': {
      spec: { ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] },
      want: [
        'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
      ],
    },
    'the same port twice on different protocols is fine': { spec: { ports: [{ name: 'a', port: 53 }, { name: 'b', port: 53, protocol: 'UDP' }] }, want: [] },
    'a node port on a ClusterIP Service': {
      spec: { ports: [{ port: 80, nodePort: 30000 }] },
      want: ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    },
    'an unknown type': {
      spec: { type: 'Ingress', ports: [{ port: 80 }] },
      want: ['spec.type: Unsupported value: "Ingress": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'],
    },
    'a NodePort cannot be headless': {
      spec: { type: 'NodePort', clusterIP: 'None', ports: [{ port: 80 }] },
      want: ['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services'],
    },
    'an unknown session affinity': {
      spec: { sessionAffinity: 'Cookie', ports: [{ port: 80 }] },
      want: ['spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"'],
    },
    'a ClientIP timeout over a day': {
      spec: { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 90000 } }, ports: [{ port: 80 }] },
      want: ['spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 90000: must be greater than 0 and less than 86400'],
    },
    'an invalid cluster IP': {
      spec: { clusterIP: '10.96.300.1', ports: [{ port: 80 }] },
      want: ['spec.clusterIPs[0]: Invalid value: "10.96.300.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    },
    'a loopback external IP': {
      spec: { externalIPs: ['127.0.0.1'], ports: [{ port: 80 }] },
      want: ['spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)'],
    },
    'a selector value that is not a label value': {
      spec: { selector: { app: 'a b' }, ports: [{ port: 80 }] },
      want: [
        "spec.selector: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      ],
    },
    'an external traffic policy on a ClusterIP Service': {
      spec: { externalTrafficPolicy: 'Local', ports: [{ port: 80 }] },
      want: ['spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services'],
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(errorsOf(tc.spec), tc.want));
});

describe('validateServiceUpdate', () => {
  const base = { type: 'ClusterIP', clusterIP: '10.96.5.5', clusterIPs: ['10.96.5.5'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' };
  const cases: Record<string, { old: Record<string, any>; now: Record<string, any>; want: string[] }> = {
    'the same cluster IP': { old: base, now: base, want: [] },
    'a changed cluster IP': {
      old: base,
      now: { ...base, clusterIP: '10.96.9.9', clusterIPs: ['10.96.9.9'] },
      want: ['spec.clusterIPs[0]: Invalid value: []string{"10.96.9.9"}: may not change once set'],
    },
    'a removed cluster IP': {
      old: base,
      now: { ...base, clusterIP: '', clusterIPs: [] },
      want: ['spec.clusterIPs[0]: Invalid value: []string{}: primary clusterIP can not be unset'],
    },
    'to ExternalName anything goes': { old: base, now: { type: 'ExternalName', externalName: 'x.example.com' }, want: [] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(validateServiceUpdate(tc.now, tc.old).map(formatFieldError), tc.want));
});

describe('initIPFamilyFields', () => {
  const cases: Record<string, { spec: Record<string, any>; policy: string | undefined; families: string[] | undefined; errors: string[] }> = {
    'a ClusterIP Service is single-stack IPv4': { spec: { type: 'ClusterIP' }, policy: 'SingleStack', families: ['IPv4'], errors: [] },
    'a headless Service without selector asks for both families': {
      spec: { type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'] },
      policy: 'RequireDualStack',
      families: ['IPv4', 'IPv6'],
      errors: [],
    },
    'an ExternalName Service has no family': { spec: { type: 'ExternalName' }, policy: undefined, families: undefined, errors: [] },
    'dual stack cannot be required here': {
      spec: { type: 'ClusterIP', ipFamilyPolicy: 'RequireDualStack', selector: { a: 'b' } },
      policy: 'RequireDualStack',
      families: undefined,
      errors: ['spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services'],
    },
    'an IPv6 cluster IP is not configured': {
      spec: { type: 'ClusterIP', clusterIP: 'fd00::1', clusterIPs: ['fd00::1'] },
      policy: 'SingleStack',
      families: undefined,
      errors: ['spec.clusterIPs[0]: Invalid value: []string{"fd00::1"}: IPv6 is not configured on this cluster'],
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const spec = { ...tc.spec };
      assert.deepEqual(initIPFamilyFields(spec).map(formatFieldError), tc.errors);
      assert.equal(spec.ipFamilyPolicy, tc.policy);
      assert.deepEqual(spec.ipFamilies, tc.families);
    });
  }
});
