/**
 * describePod against kubectl.md's W4 (whole text) and, for the variations, against the raw
 * `\t` text kubectl's describePod writes for them (pkg/describe/describe.go, release-1.34).
 */
import assert from 'node:assert/strict';
import { KubeObject, clone } from '../../../src/api/types';
import { describePod } from '../../../src/kubectl/describe/pod';
import { at, laidOut, ts, w4Events, w4Pod } from './fixtures';
import { W4, W4_RAW } from './worked-examples';


/** W4's raw lines up to the annotations, and from `Conditions:` to the tolerations. */
const HEAD = W4_RAW.slice(0, W4_RAW.indexOf('Status:\tRunning'));
const TAIL_NO_EVENTS = W4_RAW.slice(W4_RAW.indexOf('Conditions:'), W4_RAW.indexOf('Events:'));

const MOUNT = ['    Mounts:', '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x7k2p (ro)'];

function pod(change: (p: KubeObject) => void): KubeObject {
  const p = w4Pod();
  change(p);
  return p;
}

const cases: Record<string, { pod: KubeObject; events?: KubeObject[]; now: number; expected: string }> = {
  'W4: a restarted container, conditions with trailing spaces, repeated events': {
    pod: w4Pod(),
    events: w4Events(),
    now: at('10:02:10'),
    expected: W4,
  },
  'a pod not yet scheduled: Node <none>, no Start Time, no IPs, Events <none>': {
    pod: pod((p) => {
      delete p.spec.nodeName;
      delete p.metadata.ownerReferences;
      p.metadata.labels = {};
      delete p.metadata.annotations;
      p.status = { phase: 'Pending', qosClass: 'BestEffort', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] };
    }),
    events: [],
    now: at('10:00:10'),
    expected: laidOut([
      'Name:\tweb-1',
      'Namespace:\tdefault',
      'Priority:\t0',
      'Service Account:\tdefault',
      'Node:\t<none>',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Status:\tPending',
      'IP:\t',
      'IPs:\t<none>',
      'Containers:',
      '  web:',
      '    Image:\tnginx:1.27',
      '    Port:\t8080/TCP',
      '    Host Port:\t0/TCP',
      '    Liveness:\thttp-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3',
      '    Environment:\t<none>',
      ...MOUNT,
      'Conditions:',
      '  Type\tStatus',
      '  PodScheduled \tFalse ',
      ...TAIL_NO_EVENTS.slice(7),
      'Events:\t<none>',
    ]),
  },
  'a terminating pod, a waiting container, --show-events=false': {
    pod: pod((p) => {
      p.metadata.deletionTimestamp = ts('10:01:00');
      p.metadata.deletionGracePeriodSeconds = 30;
      p.status.containerStatuses[0] = {
        name: 'web',
        image: 'nginx:1.27',
        imageID: '',
        ready: false,
        restartCount: 3,
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } },
        lastState: { terminated: { exitCode: 137, signal: 9, reason: 'Error', message: 'killed', startedAt: ts('10:00:05'), finishedAt: ts('10:00:55') } },
      };
    }),
    now: at('10:01:20'),
    expected: laidOut([
      ...HEAD,
      'Status:\tTerminating (lasts 20s)',
      'Termination Grace Period:\t30s',
      'IP:\t10.244.1.5',
      'IPs:',
      '  IP:\t10.244.1.5',
      'Controlled By:\tReplicaSet/web-7d9c4b7f6d',
      'Containers:',
      '  web:',
      '    Container ID:\t',
      '    Image:\tnginx:1.27',
      '    Image ID:\t',
      '    Port:\t8080/TCP',
      '    Host Port:\t0/TCP',
      '    State:\tWaiting',
      '      Reason:\tCrashLoopBackOff',
      '    Last State:\tTerminated',
      '      Reason:\tError',
      '      Message:\tkilled',
      '      Exit Code:\t137',
      '      Signal:\t9',
      '      Started:\tMon, 02 Jun 2025 10:00:05 +0000',
      '      Finished:\tMon, 02 Jun 2025 10:00:55 +0000',
      '    Ready:\tFalse',
      '    Restart Count:\t3',
      '    Liveness:\thttp-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3',
      '    Environment:\t<none>',
      ...MOUNT,
      ...TAIL_NO_EVENTS,
    ]),
  },
  'init containers, command and args, resources, env of every kind, several ports, readiness gates': {
    pod: pod((p) => {
      delete p.metadata.ownerReferences;
      p.spec.initContainers = [{ name: 'setup', image: 'busybox', command: ['sh', '-c', 'echo a\necho b'] }];
      p.status.initContainerStatuses = [
        {
          name: 'setup',
          containerID: 'containerd://aa',
          image: 'busybox',
          imageID: 'docker.io/library/busybox@sha256:bb',
          ready: true,
          restartCount: 0,
          state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: ts('10:00:01'), finishedAt: ts('10:00:02') } },
        },
      ];
      const c = p.spec.containers[0];
      c.args = ['--port', '8080'];
      c.ports = [
        { containerPort: 8080, protocol: 'TCP', name: 'http' },
        { containerPort: 9090, hostPort: 9090, protocol: 'UDP' },
      ];
      c.resources = { limits: { memory: '1024Mi', cpu: '1' }, requests: { cpu: '0.5', memory: '128974848' } };
      c.readinessProbe = { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 };
      c.startupProbe = { tcpSocket: { port: 'http' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 30 };
      delete c.livenessProbe;
      c.envFrom = [{ configMapRef: { name: 'cfg' } }, { prefix: 'S_', secretRef: { name: 'sec', optional: true } }];
      c.env = [
        { name: 'PLAIN', value: 'one\ntwo' },
        { name: 'MY_POD', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
        { name: 'MY_NODE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } },
        { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1m' } } },
        { name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'requests.memory', divisor: '1Mi' } } },
        { name: 'PASS', valueFrom: { secretKeyRef: { name: 'sec', key: 'password' } } },
        { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode', optional: false } } },
      ];
      c.volumeMounts.push({ mountPath: '/data', name: 'data', subPath: 'web' });
      p.spec.volumes.push({ name: 'data', emptyDir: {} });
      p.spec.readinessGates = [{ conditionType: 'example.com/ready' }];
      p.spec.nodeSelector = { disk: 'ssd' };
      p.status.qosClass = 'Burstable';
    }),
    events: [],
    now: at('10:02:00'),
    expected: laidOut([
      ...HEAD,
      'Status:\tRunning',
      'IP:\t10.244.1.5',
      'IPs:',
      '  IP:\t10.244.1.5',
      'Init Containers:',
      '  setup:',
      '    Container ID:\tcontainerd://aa',
      '    Image:\tbusybox',
      '    Image ID:\tdocker.io/library/busybox@sha256:bb',
      '    Port:\t<none>',
      '    Host Port:\t<none>',
      '    Command:',
      '      sh',
      '      -c',
      '      echo a',
      '      echo b',
      '    State:\tTerminated',
      '      Reason:\tCompleted',
      '      Exit Code:\t0',
      '      Started:\tMon, 02 Jun 2025 10:00:01 +0000',
      '      Finished:\tMon, 02 Jun 2025 10:00:02 +0000',
      '    Ready:\tTrue',
      '    Restart Count:\t0',
      '    Environment:\t<none>',
      '    Mounts:\t<none>',
      'Containers:',
      '  web:',
      '    Container ID:\tcontainerd://4f1c0e',
      '    Image:\tnginx:1.27',
      '    Image ID:\tdocker.io/library/nginx@sha256:0a1b2c',
      '    Ports:\t8080/TCP (http), 9090/UDP',
      '    Host Ports:\t0/TCP (http), 9090/UDP',
      '    Args:',
      '      --port',
      '      8080',
      '    State:\tRunning',
      '      Started:\tMon, 02 Jun 2025 10:01:00 +0000',
      '    Last State:\tTerminated',
      '      Reason:\tError',
      '      Exit Code:\t1',
      '      Started:\tMon, 02 Jun 2025 10:00:05 +0000',
      '      Finished:\tMon, 02 Jun 2025 10:00:55 +0000',
      '    Ready:\tTrue',
      '    Restart Count:\t1',
      '    Limits:',
      '      cpu:\t1',
      '      memory:\t1Gi',
      '    Requests:',
      '      cpu:\t500m',
      '      memory:\t128974848',
      '    Readiness:\texec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3',
      '    Startup:\ttcp-socket :http delay=0s timeout=1s period=10s #success=1 #failure=30',
      '    Environment Variables from:',
      '      cfg\tConfigMap\tOptional: false',
      "      sec\tSecret with prefix 'S_'\tOptional: true",
      '    Environment:',
      '      PLAIN:\tone',
      '      \ttwo',
      '      MY_POD:\tweb-1 (v1:metadata.name)',
      '      MY_NODE:\t (v1:spec.nodeName)',
      '      CPU:\t1000 (limits.cpu)',
      '      MEM:\t123 (requests.memory)',
      "      PASS:\t<set to the key 'password' in secret 'sec'>\tOptional: false",
      "      MODE:\t<set to the key 'mode' of config map 'cfg'>\tOptional: false",
      '    Mounts:',
      '      /data from data (rw,path="web")',
      '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x7k2p (ro)',
      'Readiness Gates:',
      '  Type\tStatus',
      '  example.com/ready \t<none> ',
      ...TAIL_NO_EVENTS.slice(0, 14),
      '  data:',
      "    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)",
      '    Medium:\t',
      '    SizeLimit:\t<unset>',
      'QoS Class:\tBurstable',
      'Node-Selectors:\tdisk=ssd',
      ...TAIL_NO_EVENTS.slice(16),
      'Events:\t<none>',
    ]),
  },
};

describe('kubectl describe pod', () => {
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const before = clone(tc.pod);
      assert.equal(describePod({ pod: tc.pod, events: tc.events, now: tc.now }), tc.expected);
      assert.deepEqual(tc.pod, before, 'the pod is not changed');
    });
  }
});
