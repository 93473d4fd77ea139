/**
 * strictDecode against the texts a 1.34 API server returns for manifests with unknown fields
 * and wrongly-typed values (fieldValidation=Strict, the kubectl default).
 */
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { schemaFor, strictDecode, type DecodeOptions } from '../../../src/api/schema';

/** Decodes a YAML manifest the way the simulated server would; returns its message, if any. */
function decode(manifest: string, options?: DecodeOptions): string | undefined {
  const obj = parse(manifest) as { apiVersion: string; kind: string };
  const typeName = schemaFor(obj.apiVersion, obj.kind);
  assert.ok(typeName, `no schema for ${obj.apiVersion} ${obj.kind}`);
  const version = obj.apiVersion.slice(obj.apiVersion.indexOf('/') + 1);
  return strictDecode(obj, typeName, obj.kind, version, options).message;
}

const pod = (spec: string, metadata = 'name: p'): string => `
apiVersion: v1
kind: Pod
metadata:
  ${metadata.split('\n').join('\n  ')}
spec:
  ${spec.split('\n').join('\n  ')}
`;

const container = (extra = ''): string => `containers:
- name: web
  image: nginx${extra ? `\n  ${extra.split('\n').join('\n  ')}` : ''}`;

const POD = 'Pod in version "v1" cannot be handled as a Pod: ';
const DEPLOYMENT = 'Deployment in version "v1" cannot be handled as a Deployment: ';

const cases: Record<string, { manifest: string; expected: string | undefined; options?: DecodeOptions }> = {
  'a correct pod decodes': {
    manifest: pod(container('ports:\n- containerPort: 8080\n  protocol: TCP')),
    expected: undefined,
  },
  'a typo in a container field': {
    manifest: pod(container('imagePullPolicyy: Always')),
    expected: `${POD}strict decoding error: unknown field "spec.containers[0].imagePullPolicyy"`,
  },
  'unknown fields in several list items, each with its index': {
    manifest: pod('containers:\n- name: a\n  image: a\n  foo: 1\n- name: b\n  image: b\n  ports:\n  - containerPort: 80\n    hostPorts: 1'),
    expected: `${POD}strict decoding error: unknown field "spec.containers[0].foo", unknown field "spec.containers[1].ports[0].hostPorts"`,
  },
  'an unknown metadata field': {
    manifest: pod(container(), 'name: p\nlabelz:\n  app: web'),
    expected: `${POD}strict decoding error: unknown field "metadata.labelz"`,
  },
  'a misspelled top-level field': {
    manifest: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nsepc:\n  containers: []\n',
    expected: `${POD}strict decoding error: unknown field "sepc"`,
  },
  'field names are case-sensitive': {
    manifest: pod(container('ImagePullPolicy: Always')),
    expected: `${POD}strict decoding error: unknown field "spec.containers[0].ImagePullPolicy"`,
  },
  'every unknown field, in the sorted order kubectl sends them': {
    manifest: pod(`foo: 1\n${container()}\nbar: 2`, 'name: p\nzzz: 1'),
    expected: `${POD}strict decoding error: unknown field "metadata.zzz", unknown field "spec.bar", unknown field "spec.foo"`,
  },
  'in document order when asked': {
    manifest: pod(`foo: 1\n${container()}\nbar: 2`),
    options: { keyOrder: 'document' },
    expected: `${POD}strict decoding error: unknown field "spec.foo", unknown field "spec.bar"`,
  },
  'the inside of an unknown field is not looked at': {
    manifest: pod(`${container()}\nextra:\n  more: {deeper: 1}`),
    expected: `${POD}strict decoding error: unknown field "spec.extra"`,
  },
  'a deployment template, with the bare version in the message': {
    manifest: `
apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}, labelz: {}}
    spec:
      containers: [{name: web, image: nginx, imagePullPolicyy: Always}]
`,
    expected: `${DEPLOYMENT}strict decoding error: unknown field "spec.template.metadata.labelz", unknown field "spec.template.spec.containers[0].imagePullPolicyy"`,
  },
  'a cronjob nested three templates deep': {
    manifest: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: main, image: busybox, comand: [sh]}]
`,
    expected: 'CronJob in version "v1" cannot be handled as a CronJob: strict decoding error: unknown field "spec.jobTemplate.spec.template.spec.containers[0].comand"',
  },
  'unknown fields under a map of structs are not reached through map keys alone': {
    manifest: pod(container(), 'name: p\nannotations:\n  note: ok'),
    expected: undefined,
  },
  'a string for an int32': {
    manifest: pod(container('ports:\n- containerPort: "8080"')),
    expected: `${POD}json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32`,
  },
  'a float for an int32': {
    manifest: pod(container('ports:\n- containerPort: 8080.5')),
    expected: `${POD}json: cannot unmarshal number 8080.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32`,
  },
  'a whole float is an integer (kubectl sends 1.0 as 1)': {
    manifest: pod(container('ports:\n- containerPort: 8080.0')),
    expected: undefined,
  },
  'an int32 overflow': {
    manifest: `
apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec: {replicas: 3000000000}
`,
    expected: `${DEPLOYMENT}json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32`,
  },
  'an int64 field takes what an int32 cannot': {
    manifest: pod(`${container()}\nterminationGracePeriodSeconds: 3000000000`),
    expected: undefined,
  },
  'an int64 field is named as such': {
    manifest: pod(`${container()}\nactiveDeadlineSeconds: "30"`),
    expected: `${POD}json: cannot unmarshal string into Go struct field PodSpec.spec.activeDeadlineSeconds of type int64`,
  },
  'a number for a string': {
    manifest: pod('containers:\n- name: web\n  image: 5'),
    expected: `${POD}json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string`,
  },
  'a number for a label value': {
    manifest: pod(container(), 'name: p\nlabels:\n  version: 1.10'),
    expected: `${POD}json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string`,
  },
  'a boolean for a label value': {
    manifest: pod(container(), 'name: p\nlabels:\n  gpu: true'),
    expected: `${POD}json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string`,
  },
  'a string for a list': {
    manifest: pod('containers: nginx'),
    expected: `${POD}json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container`,
  },
  'an object for a string': {
    manifest: pod('containers:\n- name: web\n  image: {name: nginx}'),
    expected: `${POD}json: cannot unmarshal object into Go struct field Container.spec.containers.image of type string`,
  },
  'a list for a struct': {
    manifest: pod(`${container()}\nsecurityContext: []`),
    expected: `${POD}json: cannot unmarshal array into Go struct field PodSpec.spec.securityContext of type v1.PodSecurityContext`,
  },
  'a number in a list of strings': {
    manifest: pod(container('args: [--port, 80]')),
    expected: `${POD}json: cannot unmarshal number into Go struct field Container.spec.containers.args of type string`,
  },
  'a named string type is printed with its Go name': {
    manifest: pod(container('ports:\n- containerPort: 80\n  protocol: 6')),
    expected: `${POD}json: cannot unmarshal number into Go struct field ContainerPort.spec.containers.ports.protocol of type v1.Protocol`,
  },
  'a named map type is printed with its Go name': {
    manifest: pod(container('resources:\n  limits: 1')),
    expected: `${POD}json: cannot unmarshal number into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList`,
  },
  'a field promoted from an inline struct names the outer struct': {
    manifest: pod(container('livenessProbe:\n  exec: ls')),
    expected: `${POD}json: cannot unmarshal string into Go struct field Probe.spec.containers.livenessProbe.exec of type v1.ExecAction`,
  },
  'a boolean for a bool field decodes, a string does not': {
    manifest: pod(`${container()}\nhostNetwork: "true"`),
    expected: `${POD}json: cannot unmarshal string into Go struct field PodSpec.spec.hostNetwork of type bool`,
  },
  'IntOrString takes a number and a name': {
    manifest: `
apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  ports: [{port: 80, targetPort: 8080}, {name: web, port: 81, targetPort: http}]
`,
    expected: undefined,
  },
  'IntOrString refuses a boolean': {
    manifest: pod(container('livenessProbe:\n  httpGet: {path: /, port: true}')),
    expected: `${POD}json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32`,
  },
  'IntOrString refuses a float': {
    manifest: pod(container('livenessProbe:\n  httpGet: {path: /, port: 80.5}')),
    expected: `${POD}json: cannot unmarshal number 80.5 into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32`,
  },
  'Quantity takes strings and numbers': {
    manifest: pod(container('resources:\n  requests: {cpu: 0.5, memory: 128Mi}\n  limits: {cpu: 1, memory: 1e9}')),
    expected: undefined,
  },
  'Quantity refuses what ParseQuantity refuses, word for word': {
    manifest: pod(container('resources:\n  limits: {cpu: lots}')),
    expected: `${POD}quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
  },
  'Quantity with an unknown suffix': {
    manifest: pod(container('resources:\n  limits: {memory: 512mi}')),
    expected: `${POD}unable to parse quantity's suffix`,
  },
  'Time refuses a non-RFC3339 string': {
    manifest: pod(container(), 'name: p\ncreationTimestamp: "2024-01-02"'),
    expected: `${POD}parsing time "2024-01-02" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"`,
  },
  'Time refuses a number, naming the string it wanted': {
    manifest: pod(container(), 'name: p\ncreationTimestamp: 5'),
    expected: `${POD}json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string`,
  },
  'null means unset, anywhere': {
    manifest: pod(`${container('ports: null\nresources: {limits: null}')}\nnodeSelector: null\nsecurityContext: null\nterminationGracePeriodSeconds: null`, 'name: p\ncreationTimestamp: null\nlabels: null'),
    expected: undefined,
  },
  'a type error wins over unknown fields': {
    manifest: pod(`foo: 1\n${container('ports:\n- containerPort: "80"')}`),
    expected: `${POD}json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32`,
  },
  'the first type error (in sent order) is the one reported': {
    manifest: pod(`${container()}\nhostname: 1\nactiveDeadlineSeconds: x`),
    expected: `${POD}json: cannot unmarshal string into Go struct field PodSpec.spec.activeDeadlineSeconds of type int64`,
  },
  'an UnmarshalJSON failure stops decoding and wins over an earlier type error': {
    manifest: pod(container('resources:\n  limits: {cpu: lots}'), 'name: p\nlabels: {a: 1}'),
    expected: `${POD}quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
  },
  'secret data must be base64': {
    manifest: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  password: not-base64!\nstringData:\n  user: admin\n',
    expected: 'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3',
  },
  'secret data in base64 decodes': {
    manifest: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  password: cGFzc3dvcmQ=\n',
    expected: undefined,
  },
  'fields added in 1.31 to 1.34 are known': {
    manifest: pod(
      `${container('lifecycle:\n  stopSignal: SIGUSR1\nrestartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]')}\nhostnameOverride: web-0\nresources:\n  limits: {cpu: 1}\nsecurityContext: {supplementalGroupsPolicy: Strict}`,
    ),
    expected: undefined,
  },
  'a field removed by 1.31 is unknown': {
    manifest: pod(`${container()}\nresourceClaims: [{name: gpu, source: {resourceClaimName: gpu-claim}}]`),
    expected: `${POD}strict decoding error: unknown field "spec.resourceClaims[0].source"`,
  },
  'the old Ingress backend is unknown in networking.k8s.io/v1': {
    manifest: `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: i}
spec:
  rules:
  - http:
      paths: [{path: /, backend: {serviceName: web, servicePort: 80}}]
`,
    expected: 'Ingress in version "v1" cannot be handled as a Ingress: strict decoding error: unknown field "spec.rules[0].http.paths[0].backend.serviceName", unknown field "spec.rules[0].http.paths[0].backend.servicePort"',
  },
  'a Lease with microsecond times': {
    manifest: 'apiVersion: coordination.k8s.io/v1\nkind: Lease\nmetadata: {name: l}\nspec: {holderIdentity: a, renewTime: "2024-01-02T03:04:05.000000Z", leaseDurationSeconds: 15}\n',
    expected: undefined,
  },
  'a v2 HorizontalPodAutoscaler': {
    manifest: `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: h}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  maxReplicas: 5
  metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}]
  behavior: {scaleDown: {tolerance: 0.1, policies: [{type: Pods, value: 1, periodSeconds: 60}]}}
`,
    expected: undefined,
  },
};

describe('strictDecode', () => {
  for (const [name, { manifest, expected, options }] of Object.entries(cases)) {
    it(name, () => {
      assert.equal(decode(manifest, options), expected);
    });
  }

  it('lists the single problems apart and tells unknown fields from failures', () => {
    const strict = strictDecode({ spec: { foo: 1, bar: 2 } }, 'core/v1.Pod', 'Pod', 'v1');
    assert.deepEqual(strict.errors, ['unknown field "spec.bar"', 'unknown field "spec.foo"']);
    assert.equal(strict.strictOnly, true);
    const failed = strictDecode({ spec: { hostNetwork: 1 } }, 'core/v1.Pod', 'Pod', 'v1');
    assert.deepEqual(failed.errors, ['json: cannot unmarshal number into Go struct field PodSpec.spec.hostNetwork of type bool']);
    assert.equal(failed.strictOnly, false);
    assert.deepEqual(strictDecode({ spec: {} }, 'core/v1.Pod', 'Pod', 'v1'), { errors: [], strictOnly: false });
  });

  it('quotes field paths as Go does', () => {
    const { message } = strictDecode({ spec: { 'we"ird\tkey': 1 } }, 'core/v1.Pod', 'Pod', 'v1');
    assert.equal(message, 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.we\\"ird\\tkey"');
  });

  it('prints the bare version even when given group/version', () => {
    const { message } = strictDecode({ spec: { foo: 1 } }, 'apps/v1.Deployment', 'Deployment', 'apps/v1');
    assert.equal(message, `${DEPLOYMENT}strict decoding error: unknown field "spec.foo"`);
  });

  it('names the root type when the body is not an object', () => {
    assert.equal(strictDecode([], 'core/v1.Pod', 'Pod', 'v1').errors[0], 'json: cannot unmarshal array into Go value of type v1.Pod');
  });

  it('stops collecting unknown fields at 100, as the server does', () => {
    const spec = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`f${String(i).padStart(3, '0')}`, i]));
    const { errors } = strictDecode({ spec }, 'core/v1.Pod', 'Pod', 'v1');
    assert.equal(errors.length, 100);
    assert.equal(errors[99], 'unknown field "spec.f099"');
  });

});
