/** Namespace, ConfigMap, Secret, ServiceAccount, PodDisruptionBudget and the generic describer. */
import assert from 'node:assert/strict';
import { describeGeneric, camelcaseSplit, smartLabelFor } from '../../../src/kubectl/describe/generic';
import { describeConfigMap, describeNamespace, describePodDisruptionBudget, describeSecret, describeServiceAccount } from '../../../src/kubectl/describe/misc';
import { at, event, laidOut, lines } from './fixtures';

const now = at('10:05:00');

const cases: Record<string, { describe: () => string; expected: string }> = {
  'Namespace: no quotas or limit ranges on the simulated API': {
    describe: () => describeNamespace({ kind: 'Namespace', metadata: { name: 'custom', labels: { 'kubernetes.io/metadata.name': 'custom' } }, status: { phase: 'Active' } }),
    expected: lines([
      'Name:         custom',
      'Labels:       kubernetes.io/metadata.name=custom',
      'Annotations:  <none>',
      'Status:       Active',
      '',
      'No resource quota.',
      '',
      'No LimitRange resource.',
    ]),
  },
  'ConfigMap: data values below their keys, binary data by size': {
    describe: () =>
      describeConfigMap({
        obj: { kind: 'ConfigMap', metadata: { name: 'fortune-config', namespace: 'default' }, data: { 'sleep-interval': '25', 'my.conf': 'a=1\nb=2\n' }, binaryData: { 'logo.png': 'AAEC' } },
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\tfortune-config',
      'Namespace:\tdefault',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      '',
      'Data',
      '====',
      'my.conf:',
      '----',
      'a=1',
      'b=2',
      '',
      '',
      'sleep-interval:',
      '----',
      '25',
      '',
      '',
      'BinaryData',
      '====',
      'logo.png: 3 bytes',
      '',
      'Events:\t<none>',
    ]),
  },
  'Secret: sizes only, a service account token in clear': {
    describe: () =>
      describeSecret({
        kind: 'Secret',
        metadata: { name: 'tok', namespace: 'default' },
        type: 'kubernetes.io/service-account-token',
        data: { token: Buffer.from('abc.def').toString('base64'), 'ca.crt': Buffer.from('12345').toString('base64') },
      }),
    expected: laidOut(['Name:\ttok', 'Namespace:\tdefault', 'Labels:\t<none>', 'Annotations:\t<none>', '', 'Type:\tkubernetes.io/service-account-token', '', 'Data', '====', 'ca.crt:\t5 bytes', 'token:\tabc.def']),
  },
  'ServiceAccount: sections in header order, missing secrets, tokens of this account': {
    describe: () =>
      describeServiceAccount({
        obj: { kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default', uid: 'sa' }, secrets: [{ name: 'mounted' }, { name: 'gone' }], imagePullSecrets: [{ name: 'pull' }] },
        secrets: [
          { kind: 'Secret', metadata: { name: 'mounted' } },
          { kind: 'Secret', metadata: { name: 'pull' } },
          { kind: 'Secret', metadata: { name: 'default-token', annotations: { 'kubernetes.io/service-account.name': 'default', 'kubernetes.io/service-account.uid': 'sa' } }, type: 'kubernetes.io/service-account-token' },
          { kind: 'Secret', metadata: { name: 'other-token', annotations: { 'kubernetes.io/service-account.name': 'other' } }, type: 'kubernetes.io/service-account-token' },
        ],
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\tdefault',
      'Namespace:\tdefault',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Image pull secrets:\tpull',
      'Mountable secrets: \tmounted',
      '                   \tgone (not found)',
      'Tokens:            \tdefault-token',
      'Events:\t<none>',
    ]),
  },
  'PodDisruptionBudget: min available, selector, status': {
    describe: () =>
      describePodDisruptionBudget({
        obj: { kind: 'PodDisruptionBudget', metadata: { name: 'pdb', namespace: 'default' }, spec: { minAvailable: '50%', selector: { matchLabels: { app: 'kubia' } } }, status: { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2, expectedPods: 3 } },
        now,
      }),
    expected: laidOut(['Name:\tpdb', 'Namespace:\tdefault', 'Min available:\t50%', 'Selector:\tapp=kubia', 'Status:', '    Allowed disruptions:\t1', '    Current:\t3', '    Desired:\t2', '    Total:\t3']),
  },
  'generic (Lease): every field by readable name, metadata skips, lists of maps, events': {
    describe: () =>
      describeGeneric({
        obj: {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: {
            name: 'node-1',
            namespace: 'kube-node-lease',
            uid: 'u',
            resourceVersion: '7',
            creationTimestamp: '2025-06-02T09:00:00Z',
            managedFields: [{ manager: 'kubelet' }],
            ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'node-1', uid: 'n' }],
          },
          spec: { holderIdentity: 'node-1', leaseDurationSeconds: 40, renewTime: '2025-06-02T10:05:00.000000Z', strategic: null, tags: ['a', 1, true] },
        },
        events: [event({ reason: 'LeaderElection', message: 'node-1 became leader', first: '10:00:00', component: 'kubelet', involved: {} })],
        now,
      }),
    expected: laidOut([
      'Name:\tnode-1',
      'Namespace:\tkube-node-lease',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'API Version:\tcoordination.k8s.io/v1',
      'Kind:\tLease',
      'Metadata:',
      '  Creation Timestamp:\t2025-06-02T09:00:00Z',
      '  Owner References:',
      '    API Version:\tv1',
      '    Kind:\tNode',
      '    Name:\tnode-1',
      '    UID:\tn',
      '  Resource Version:\t7',
      '  UID:\tu',
      'Spec:',
      '  Holder Identity:\tnode-1',
      '  Lease Duration Seconds:\t40',
      '  Renew Time:\t2025-06-02T10:05:00.000000Z',
      '  Strategic:\t<nil>',
      '  Tags:',
      '    a',
      '    1',
      '    true',
    ]).replace(/$/, '') +
      laidOut(['Events:', '  Type\tReason\tAge\tFrom\tMessage', '  ----\t------\t----\t----\t-------', '  Normal\tLeaderElection\t5m\tkubelet\tnode-1 became leader']),
  },
};

describe('kubectl describe: namespaces, config, accounts, generic', () => {
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(tc.describe(), tc.expected));

  const splits: Record<string, { in: string; expected: string[] }> = {
    'lower then upper': { in: 'holderIdentity', expected: ['holder', 'Identity'] },
    'an acronym before a word': { in: 'PDFLoader', expected: ['PDF', 'Loader'] },
    'digits apart': { in: 'ipv6Address', expected: ['ipv', '6', 'Address'] },
  };
  for (const [name, tc] of Object.entries(splits)) it(`camelcase.Split: ${name}`, () => assert.deepEqual(camelcaseSplit(tc.in), tc.expected));

  const labels: Record<string, { in: string; expected: string }> = {
    'words capitalised': { in: 'leaseDurationSeconds', expected: 'Lease Duration Seconds' },
    'acronyms upper-cased': { in: 'apiVersion', expected: 'API Version' },
    'a lone acronym': { in: 'uid', expected: 'UID' },
    'other characters keep the name': { in: 'kubernetes.io/x', expected: 'kubernetes.io/x' },
    'dashes split': { in: 'kube-proxy', expected: 'Kube - Proxy' },
  };
  for (const [name, tc] of Object.entries(labels)) it(`smartLabelFor: ${name}`, () => assert.equal(smartLabelFor(tc.in), tc.expected));
});
