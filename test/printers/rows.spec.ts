/**
 * The cells the API server's printers give each kind, with inputs and expected cells taken from
 * Kubernetes' printers_test.go (TestPrintPod, TestPrintNode*, TestPrintDeployment,
 * TestPrintDaemonSet, TestPrintJob, TestPrintCronJob, TestPrintHPA, TestPrintIngress,
 * TestPrintConfigMap, TestPrintLease, TestPrintReplicationController…) and printers.go where a
 * kind has no upstream test. The server always fills the wide cells; kubectl hides them.
 */
import assert from 'node:assert/strict';
import { KubeObject } from '../../src/api/types';
import { serverTable } from '../../src/printers/tables';
import { serviceExternalIP } from '../../src/printers/services';

const NOW = Date.parse('2026-01-01T12:00:00Z');
/** An RFC 3339 instant `ms` away from NOW (negative: in the past). */
const at = (ms: number) => new Date(NOW + ms).toISOString();
const SEC = 1000;
const MIN = 60 * SEC;
const DAY = 24 * 60 * MIN;

function cells(kind: string, obj: Partial<KubeObject> & Record<string, any>): (string | number)[] {
  const o = { metadata: { name: 'x' }, ...obj } as KubeObject;
  return serverTable(kind, [o], NOW).rows[0].cells as (string | number)[];
}

function table(kind: string, cases: Record<string, { obj: Record<string, any>; want: (string | number)[] }>): void {
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(cells(kind, tc.obj), tc.want));
}

const twoContainers = { containers: [{ name: 'fake-container1', image: 'fake-image1' }, { name: 'fake-container2', image: 'fake-image2' }] };
const running = { running: {} };

describe('server-side table rows', () => {
  describe('pods (TestPrintPod); READY, STATUS, RESTARTS, AGE, then IP, NODE, NOMINATED NODE, READINESS GATES', () => {
    const pod = (name: string, spec: any, status: any, meta: any = {}) => ({ metadata: { name, ...meta }, spec, status });
    const wideNone = ['<none>', '<none>', '<none>', '<none>'];
    table('Pod', {
      'restarts add up; a container running and ready counts': {
        obj: pod('test1', { containers: [{}, {}] }, { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { restartCount: 3 }] }),
        want: ['test1', '1/2', 'podPhase', '6', '<unknown>', ...wideNone],
      },
      'a waiting container overrides the phase': {
        obj: pod('test2', { containers: [{}, {}] }, { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { state: { waiting: { reason: 'ContainerWaitingReason' } }, restartCount: 3 }] }),
        want: ['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>', ...wideNone],
      },
      'the first container in status order decides': {
        obj: pod('test3', { containers: [{}, {}] }, {
          phase: 'podPhase',
          containerStatuses: [{ state: { waiting: { reason: 'ContainerWaitingReason' } }, restartCount: 3 }, { state: { terminated: { reason: 'ContainerTerminatedReason' } }, restartCount: 3 }],
        }),
        want: ['test3', '0/2', 'ContainerWaitingReason', '6', '<unknown>', ...wideNone],
      },
      'ready without running is not counted': {
        obj: pod('test4', { containers: [{}, {}] }, { phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { ready: true, restartCount: 3 }] }),
        want: ['test4', '1/2', 'podPhase', '6', '<unknown>', ...wideNone],
      },
      'the pod reason overrides the phase': {
        obj: pod('test5', { containers: [{}, {}] }, { reason: 'podReason', phase: 'podPhase', containerStatuses: [{ ready: true, restartCount: 3, state: running }, { ready: true, restartCount: 3 }] }),
        want: ['test5', '1/2', 'podReason', '6', '<unknown>', ...wideNone],
      },
      'one container completed, one running, no Ready condition': {
        obj: pod('test6', { containers: [{}, {}] }, { phase: 'Running', containerStatuses: [{ ready: true, restartCount: 3, state: { terminated: { reason: 'Completed', exitCode: 0 } } }, { ready: true, restartCount: 3, state: running }] }),
        want: ['test6', '1/2', 'NotReady', '6', '<unknown>', ...wideNone],
      },
      'one container completed, one running, Ready': {
        obj: pod('test6', { containers: [{}, {}] }, {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: [{ ready: true, restartCount: 3, state: { terminated: { reason: 'Completed', exitCode: 0 } } }, { ready: true, restartCount: 3, state: running }],
        }),
        want: ['test6', '1/2', 'Running', '6', '<unknown>', ...wideNone],
      },
      'an init container restarting': {
        obj: pod('test7', { initContainers: [{}], containers: [{}] }, {
          phase: 'podPhase',
          initContainerStatuses: [{ ready: false, restartCount: 3, state: running, lastState: { terminated: { finishedAt: at(-10 * SEC) } } }],
          containerStatuses: [{ ready: false, restartCount: 0, state: { waiting: {} } }],
        }),
        want: ['test7', '0/1', 'Init:0/1', '3 (10s ago)', '<unknown>', ...wideNone],
      },
      'the second of two init containers restarting': {
        obj: pod('test9', { initContainers: [{}, {}], containers: [{}] }, {
          phase: 'podPhase',
          initContainerStatuses: [{ ready: false, state: { terminated: {} } }, { ready: false, restartCount: 3, state: running, lastState: { terminated: { finishedAt: at(-10 * SEC) } } }],
          containerStatuses: [{ ready: false, state: { waiting: {} } }],
        }),
        want: ['test9', '0/1', 'Init:1/2', '3 (10s ago)', '<unknown>', ...wideNone],
      },
      'init container restarts count while initializing': {
        obj: pod('test10', { initContainers: [{}, {}], containers: [{}] }, {
          phase: 'podPhase',
          initContainerStatuses: [
            { ready: false, restartCount: 2, state: { terminated: {} }, lastState: { terminated: { finishedAt: at(-2 * MIN) } } },
            { ready: false, restartCount: 3, state: running, lastState: { terminated: { finishedAt: at(-10 * SEC) } } },
          ],
          containerStatuses: [{ ready: false, state: { waiting: {} } }],
        }),
        want: ['test10', '0/1', 'Init:1/2', '5 (10s ago)', '<unknown>', ...wideNone],
      },
      'once initialized only the containers restarts count': {
        obj: pod('test11', { initContainers: [{}], containers: [{}] }, {
          phase: 'Running',
          initContainerStatuses: [{ ready: false, restartCount: 2, state: { terminated: {} }, lastState: { terminated: { finishedAt: at(-2 * MIN) } } }],
          containerStatuses: [{ ready: false, restartCount: 4, state: running, lastState: { terminated: { finishedAt: at(-20 * SEC) } } }],
        }),
        want: ['test11', '0/1', 'Running', '4 (20s ago)', '<unknown>', ...wideNone],
      },
      'the newest restart of several containers': {
        obj: pod('test14', { containers: [{}, {}] }, {
          phase: 'Running',
          containerStatuses: [
            { ready: true, restartCount: 6, state: running, lastState: { terminated: { finishedAt: at(-5 * DAY) } } },
            { ready: true, restartCount: 3, state: running, lastState: { terminated: { finishedAt: at(-20 * DAY) } } },
          ],
        }),
        want: ['test14', '2/2', 'Running', '9 (5d ago)', '<unknown>', ...wideNone],
      },
      'scheduling gated': {
        obj: pod('test15', { containers: [{}, {}] }, { phase: 'podPhase', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }),
        want: ['test15', '0/2', 'SchedulingGated', '0', '<unknown>', ...wideNone],
      },
      'a deleted pod that succeeded stays Completed': {
        obj: pod('test18', { containers: [{}] }, { phase: 'Succeeded', containerStatuses: [{ ready: false, restartCount: 0, state: { terminated: { reason: 'Completed', exitCode: 0 } } }] }, { deletionTimestamp: at(-10 * SEC) }),
        want: ['test18', '0/1', 'Completed', '0', '<unknown>', ...wideNone],
      },
      'a deleted running pod is Terminating': {
        obj: pod('test19', { containers: [{}] }, { phase: 'Running', containerStatuses: [{ ready: false, restartCount: 0, state: running }] }, { deletionTimestamp: at(-10 * SEC) }),
        want: ['test19', '0/1', 'Terminating', '0', '<unknown>', ...wideNone],
      },
      'a deleted pending pod is Terminating': {
        obj: pod('test20', { containers: [{}] }, { phase: 'Pending' }, { deletionTimestamp: at(-10 * SEC) }),
        want: ['test20', '0/1', 'Terminating', '0', '<unknown>', ...wideNone],
      },
      'wide cells: the first pod IP, the node, the nominated node, readiness gates passed': {
        obj: pod('test1', { containers: [{}], nodeName: 'test1', readinessGates: [{ conditionType: 'condition1' }, { conditionType: 'condition2' }] }, {
          phase: 'podPhase',
          podIP: '1.1.1.1',
          podIPs: [{ ip: '1.1.1.1' }, { ip: '2001:db8::' }],
          nominatedNodeName: 'node1',
          conditions: [{ type: 'condition1', status: 'True' }],
          containerStatuses: [{ ready: true, restartCount: 3, state: running }],
        }),
        want: ['test1', '1/1', 'podPhase', '3', '<unknown>', '1.1.1.1', 'test1', 'node1', '1/2'],
      },
      'no pod IPs list means no IP, whatever podIP says': {
        obj: pod('test2', { containers: [{}] }, { phase: 'podPhase', podIP: '1.1.1.1' }),
        want: ['test2', '0/1', 'podPhase', '0', '<unknown>', ...wideNone],
      },
    });
  });

  describe('nodes (TestPrintNodeStatus, TestPrintNodeRole, TestPrintNodeExternalIP, TestPrintNodeInternalIP)', () => {
    const unknownWide = ['<none>', '<none>', '<unknown>', '<unknown>', '<unknown>'];
    table('Node', {
      'Ready': { obj: { metadata: { name: 'foo1' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } }, want: ['foo1', 'Ready', '<none>', '<unknown>', '', ...unknownWide] },
      'Ready and unschedulable': {
        obj: { metadata: { name: 'foo2' }, spec: { unschedulable: true }, status: { conditions: [{ type: 'Ready', status: 'True' }] } },
        want: ['foo2', 'Ready,SchedulingDisabled', '<none>', '<unknown>', '', ...unknownWide],
      },
      'not ready': { obj: { metadata: { name: 'foo4' }, status: { conditions: [{ type: 'Ready', status: 'False' }] } }, want: ['foo4', 'NotReady', '<none>', '<unknown>', '', ...unknownWide] },
      'Ready Unknown shows NotReady': { obj: { metadata: { name: 'foo' }, status: { conditions: [{ type: 'Ready', status: 'Unknown' }] } }, want: ['foo', 'NotReady', '<none>', '<unknown>', '', ...unknownWide] },
      'no Ready condition, unschedulable': { obj: { metadata: { name: 'foo6' }, spec: { unschedulable: true }, status: {} }, want: ['foo6', 'Unknown,SchedulingDisabled', '<none>', '<unknown>', '', ...unknownWide] },
      'roles from node-role labels and kubernetes.io/role, sorted': {
        obj: { metadata: { name: 'foo10', labels: { 'node-role.kubernetes.io/foo': '', 'node-role.kubernetes.io/bar': '', 'node-role.kubernetes.io/': '', 'kubernetes.io/role': 'node' } }, status: {} },
        want: ['foo10', 'Unknown', 'bar,foo,node', '<unknown>', '', ...unknownWide],
      },
      'the first internal and external address of each type': {
        obj: { metadata: { name: 'foo3' }, status: { addresses: [{ type: 'ExternalIP', address: '2.2.2.2' }, { type: 'InternalIP', address: '3.3.3.3' }, { type: 'ExternalIP', address: '4.4.4.4' }] } },
        want: ['foo3', 'Unknown', '<none>', '<unknown>', '', '3.3.3.3', '2.2.2.2', '<unknown>', '<unknown>', '<unknown>'],
      },
      'kubelet version and system info': {
        obj: { metadata: { name: 'foo1' }, status: { nodeInfo: { kubeletVersion: 'v1.34.0', osImage: 'fake-os-image', kernelVersion: 'fake-kernel-version', containerRuntimeVersion: 'foo://1.2.3' }, addresses: [{ type: 'ExternalIP', address: '1.1.1.1' }] } },
        want: ['foo1', 'Unknown', '<none>', '<unknown>', 'v1.34.0', '<none>', '1.1.1.1', 'fake-os-image', 'fake-kernel-version', 'foo://1.2.3'],
      },
    });
  });

  describe('deployments (TestPrintDeployment)', () => {
    table('Deployment', {
      'ready of desired, updated, available, then containers, images and selector': {
        obj: {
          metadata: { name: 'test1', creationTimestamp: at(1.9 * SEC) },
          spec: { replicas: 5, template: { spec: twoContainers }, selector: { matchLabels: { foo: 'bar' } } },
          status: { replicas: 10, updatedReplicas: 2, availableReplicas: 1, unavailableReplicas: 4 },
        },
        want: ['test1', '0/5', 2, 1, '0s', 'fake-container1,fake-container2', 'fake-image1,fake-image2', 'foo=bar'],
      },
      'an empty selector prints as nothing': {
        obj: { metadata: { name: 'd', creationTimestamp: at(-5 * MIN) }, spec: { replicas: 1, selector: {}, template: { spec: { containers: [] } } }, status: { readyReplicas: 1 } },
        want: ['d', '1/1', 0, 0, '5m', '', '', ''],
      },
    });
  });

  describe('replica sets and replication controllers (printReplicaSet, TestPrintReplicationController)', () => {
    table('ReplicaSet', {
      'desired, current and ready; the label selector': {
        obj: {
          metadata: { name: 'rs1', creationTimestamp: at(-30 * SEC) },
          spec: { replicas: 5, selector: { matchLabels: { a: 'b' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'back'] }] }, template: { spec: { containers: [{ name: 'test', image: 'test_image' }] } } },
          status: { replicas: 3, readyReplicas: 1 },
        },
        want: ['rs1', 5, 3, 1, '30s', 'test', 'test_image', 'a=b,tier in (back,front)'],
      },
    });
    table('ReplicationController', {
      'no replicas yet and no creation time': {
        obj: { metadata: { name: 'rc1' }, spec: { replicas: 0, selector: { a: 'b' }, template: { spec: { containers: [{ name: 'test', image: 'test_image' }] } } } },
        want: ['rc1', 0, 0, 0, '<unknown>', 'test', 'test_image', 'a=b'],
      },
      'desired, current and ready': {
        obj: { metadata: { name: 'rc1' }, spec: { replicas: 5, selector: { a: 'b' }, template: { spec: { containers: [{ name: 'test', image: 'test_image' }] } } }, status: { replicas: 3, readyReplicas: 1 } },
        want: ['rc1', 5, 3, 1, '<unknown>', 'test', 'test_image', 'a=b'],
      },
    });
  });

  describe('daemon sets (TestPrintDaemonSet)', () => {
    table('DaemonSet', {
      'the five counters, the node selector, then the template': {
        obj: {
          metadata: { name: 'test1', creationTimestamp: at(1.9 * SEC) },
          spec: { template: { spec: twoContainers }, selector: { matchLabels: { foo: 'bar' } } },
          status: { currentNumberScheduled: 2, desiredNumberScheduled: 3, numberReady: 1, updatedNumberScheduled: 2, numberAvailable: 0 },
        },
        want: ['test1', 3, 2, 1, 2, 0, '<none>', '0s', 'fake-container1,fake-container2', 'fake-image1,fake-image2', 'foo=bar'],
      },
      'a node selector': {
        obj: { metadata: { name: 'ssd-monitor', creationTimestamp: at(-7 * MIN) }, spec: { template: { spec: { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'main', image: 'luksa/ssd-monitor' }] } }, selector: { matchLabels: { app: 'ssd-monitor' } } }, status: {} },
        want: ['ssd-monitor', 0, 0, 0, 0, 0, 'disk=ssd', '7m', 'main', 'luksa/ssd-monitor', 'app=ssd-monitor'],
      },
    });
  });

  describe('stateful sets and controller revisions (printStatefulSet, printControllerRevision)', () => {
    table('StatefulSet', {
      'ready of desired, then containers and images (no selector)': {
        obj: { metadata: { name: 'db', creationTimestamp: at(-2 * DAY) }, spec: { replicas: 3, template: { spec: twoContainers } }, status: { readyReplicas: 2 } },
        want: ['db', '2/3', '2d', 'fake-container1,fake-container2', 'fake-image1,fake-image2'],
      },
    });
    table('ControllerRevision', {
      'the controller as kind.group/name': {
        obj: { metadata: { name: 'ds-5d8f', creationTimestamp: at(-MIN), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'ds', uid: 'u', controller: true }] }, revision: 2 },
        want: ['ds-5d8f', 'daemonset.apps/ds', 2, '60s'],
      },
      'no controller': { obj: { metadata: { name: 'orphan', creationTimestamp: at(-MIN) }, revision: 1 }, want: ['orphan', '<none>', 1, '60s'] },
    });
  });

  describe('jobs (TestPrintJob)', () => {
    const jobContainers = { containers: [{ name: 'fake-job-container1', image: 'fake-job-image1' }, { name: 'fake-job-container2', image: 'fake-job-image2' }] };
    const base = { template: { spec: jobContainers }, selector: { matchLabels: { 'job-label': 'job-label-value' } } };
    table('Job', {
      'succeeded of completions, not started yet': {
        obj: { metadata: { name: 'job1', creationTimestamp: at(1.9 * SEC) }, spec: { completions: 2, ...base }, status: { succeeded: 1 } },
        want: ['job1', 'Running', '1/2', '', '0s', 'fake-job-container1,fake-job-container2', 'fake-job-image1,fake-job-image2', 'job-label=job-label-value'],
      },
      'no completions: of one': { obj: { metadata: { name: 'job2', creationTimestamp: at(-10 * 365 * DAY) }, spec: {}, status: { succeeded: 0 } }, want: ['job2', 'Running', '0/1', '', '10y', '', '', '<none>'] },
      'duration from start to completion': {
        obj: { metadata: { name: 'job3', creationTimestamp: at(-10 * 365 * DAY) }, spec: {}, status: { startTime: at(MIN), completionTime: at(31 * MIN) } },
        want: ['job3', 'Running', '0/1', '30m', '10y', '', '', '<none>'],
      },
      'duration so far while running': { obj: { metadata: { name: 'job4', creationTimestamp: at(-10 * 365 * DAY) }, spec: {}, status: { startTime: at(-20 * MIN) } }, want: ['job4', 'Running', '0/1', '20m', '10y', '', '', '<none>'] },
      'complete': { obj: { metadata: { name: 'job5', creationTimestamp: at(1.9 * SEC) }, spec: {}, status: { conditions: [{ type: 'Complete', status: 'True' }] } }, want: ['job5', 'Complete', '0/1', '', '0s', '', '', '<none>'] },
      'failed': { obj: { metadata: { name: 'job6', creationTimestamp: at(1.9 * SEC) }, spec: {}, status: { conditions: [{ type: 'Failed', status: 'True' }] } }, want: ['job6', 'Failed', '0/1', '', '0s', '', '', '<none>'] },
      'suspended': { obj: { metadata: { name: 'job7', creationTimestamp: at(1.9 * SEC) }, spec: {}, status: { conditions: [{ type: 'Suspended', status: 'True' }] } }, want: ['job7', 'Suspended', '0/1', '', '0s', '', '', '<none>'] },
      'failure target': { obj: { metadata: { name: 'job8', creationTimestamp: at(1.9 * SEC) }, spec: {}, status: { conditions: [{ type: 'FailureTarget', status: 'True' }] } }, want: ['job8', 'FailureTarget', '0/1', '', '0s', '', '', '<none>'] },
      'terminating': { obj: { metadata: { name: 'job9', creationTimestamp: at(1.9 * SEC), deletionTimestamp: at(1.9 * SEC) }, spec: {} }, want: ['job9', 'Terminating', '0/1', '', '0s', '', '', '<none>'] },
      'a work queue with parallelism': { obj: { metadata: { name: 'queue', creationTimestamp: at(-45 * SEC) }, spec: { parallelism: 3 }, status: { startTime: at(-45 * SEC) } }, want: ['queue', 'Running', '0/1 of 3', '45s', '45s', '', '', '<none>'] },
    });
  });

  describe('cron jobs (TestPrintCronJob)', () => {
    const jobTemplate = { spec: { completions: 2, template: { spec: { containers: [{ name: 'fake-job-container1', image: 'fake-job-image1' }, { name: 'fake-job-container2', image: 'fake-job-image2' }] } }, selector: { matchLabels: { a: 'b' } } } };
    table('CronJob', {
      'scheduled just now': {
        obj: { metadata: { name: 'cronjob1', creationTimestamp: at(1.9 * SEC) }, spec: { schedule: '0/5 * * * ?', suspend: false, jobTemplate }, status: { lastScheduleTime: at(1.9 * SEC) } },
        want: ['cronjob1', '0/5 * * * ?', '<none>', 'False', 0, '0s', '0s', 'fake-job-container1,fake-job-container2', 'fake-job-image1,fake-job-image2', 'a=b'],
      },
      'a time zone': {
        obj: { metadata: { name: 'cronjob1', creationTimestamp: at(1.9 * SEC) }, spec: { schedule: '0/5 * * * ?', timeZone: 'LOCAL', suspend: false, jobTemplate }, status: { lastScheduleTime: at(1.9 * SEC) } },
        want: ['cronjob1', '0/5 * * * ?', 'LOCAL', 'False', 0, '0s', '0s', 'fake-job-container1,fake-job-container2', 'fake-job-image1,fake-job-image2', 'a=b'],
      },
      'last schedule and age': {
        obj: { metadata: { name: 'cronjob2', creationTimestamp: at(-5 * MIN) }, spec: { schedule: '0/5 * * * ?', suspend: false, jobTemplate: { spec: {} } }, status: { lastScheduleTime: at(-30 * SEC) } },
        want: ['cronjob2', '0/5 * * * ?', '<none>', 'False', 0, '30s', '5m', '', '', '<none>'],
      },
      'never scheduled': {
        obj: { metadata: { name: 'cronjob3', creationTimestamp: at(-5 * MIN) }, spec: { schedule: '0/5 * * * ?', suspend: false, jobTemplate: { spec: {} } }, status: {} },
        want: ['cronjob3', '0/5 * * * ?', '<none>', 'False', 0, '<none>', '5m', '', '', '<none>'],
      },
      'suspend unset and active jobs': {
        obj: { metadata: { name: 'c', creationTimestamp: at(-5 * MIN) }, spec: { schedule: '@hourly', jobTemplate: { spec: {} } }, status: { active: [{ name: 'c-1' }, { name: 'c-2' }] } },
        want: ['c', '@hourly', '<none>', '<unset>', 2, '<none>', '5m', '', '', '<none>'],
      },
    });
  });

  describe('services (TestPrintServiceLoadBalancer)', () => {
    const lb = (name: string, ports: any[], ingress?: any[], selector?: any) => ({
      metadata: { name },
      spec: { clusterIPs: ['1.2.3.4'], type: 'LoadBalancer', ports, selector },
      status: { loadBalancer: ingress ? { ingress } : {} },
    });
    table('Service', {
      'several load-balancer IPs': { obj: lb('service1', [{ port: 80, protocol: 'TCP' }], [{ ip: '2.3.4.5' }, { ip: '3.4.5.6' }]), want: ['service1', 'LoadBalancer', '1.2.3.4', '2.3.4.5,3.4.5.6', '80/TCP', '<unknown>', '<none>'] },
      'pending, several ports': {
        obj: lb('service2', [{ port: 80, protocol: 'TCP' }, { port: 8090, protocol: 'UDP' }, { port: 8000, protocol: 'TCP' }, { port: 7777, protocol: 'SCTP' }]),
        want: ['service2', 'LoadBalancer', '1.2.3.4', '<pending>', '80/TCP,8090/UDP,8000/TCP,7777/SCTP', '<unknown>', '<none>'],
      },
      'kubectl gets the wide cell, never clipped': {
        obj: lb('service4', [{ port: 80, protocol: 'TCP' }], [{ ip: '2.3.4.5' }, { ip: '3.4.5.6' }, { ip: '5.6.7.8', hostname: 'host5678' }], { foo: 'bar' }),
        want: ['service4', 'LoadBalancer', '1.2.3.4', '2.3.4.5,3.4.5.6,5.6.7.8', '80/TCP', '<unknown>', 'foo=bar'],
      },
    });
    it('the external IPs are clipped to 16 characters only for a narrow table', () => {
      const svc = lb('service4', [], [{ ip: '2.3.4.5' }, { ip: '3.4.5.6' }, { ip: '5.6.7.8', hostname: 'host5678' }]) as KubeObject;
      assert.equal(serviceExternalIP(svc, false), '2.3.4.5,3.4.5...');
      assert.equal(serviceExternalIP(svc, true), '2.3.4.5,3.4.5.6,5.6.7.8');
    });
  });

  describe('events (TestPrintEvent)', () => {
    const dep = { kind: 'Deployment', name: 'Deployment Name', fieldPath: 'spec.containers{foo}' };
    const ev = (name: string, extra: Record<string, any>) => ({ metadata: { name }, involvedObject: dep, reason: 'Event Reason', message: 'Message Data', type: 'Warning', ...extra });
    const want = (last: string, source: string, first: string, count: number, name: string) => [last, 'Warning', 'Event Reason', 'deployment/Deployment Name', 'spec.containers{foo}', source, 'Message Data', first, count, name];
    table('Event', {
      'first and last timestamps and a count': {
        obj: ev('event2', { source: { component: 'kubelet', host: 'Node1' }, firstTimestamp: at(-3 * DAY), lastTimestamp: at(-2 * DAY), count: 6 }),
        want: want('2d', 'kubelet, Node1', '3d', 6, 'event2'),
      },
      'no first timestamp: the event time': {
        obj: ev('event3', { source: { component: 'kubelet', host: 'Node1' }, eventTime: at(-3 * DAY), lastTimestamp: at(-3 * DAY), count: 1 }),
        want: want('3d', 'kubelet, Node1', '3d', 1, 'event3'),
      },
      'no last timestamp: the first': {
        obj: ev('event4', { source: { component: 'kubelet', host: 'Node1' }, eventTime: at(-3 * DAY), firstTimestamp: at(-3 * DAY), count: 1 }),
        want: want('3d', 'kubelet, Node1', '3d', 1, 'event4'),
      },
      'a series without timestamps or count': {
        obj: ev('event6', { source: { component: 'kubelet', host: 'Node1' }, series: { count: 2, lastObservedTime: at(-2 * DAY) }, eventTime: at(-3 * DAY) }),
        want: want('2d', 'kubelet, Node1', '3d', 2, 'event6'),
      },
      'a singleton without count': { obj: ev('event7', { source: { component: 'kubelet', host: 'Node1' }, eventTime: at(-3 * DAY) }), want: want('3d', 'kubelet, Node1', '3d', 1, 'event7') },
      'an empty source: the reporting controller and instance': {
        obj: ev('event2', { reportingController: 'kubelet', reportingInstance: 'test', firstTimestamp: at(-3 * DAY), lastTimestamp: at(-2 * DAY), count: 6 }),
        want: want('2d', 'kubelet, test', '3d', 6, 'event2'),
      },
    });
    table('Event', {
      'since the last time seen; the object as kind/name': {
        obj: {
          metadata: { name: 'web.1' },
          type: 'Normal',
          reason: 'Pulled',
          message: '  Container image "nginx" already present on machine ',
          involvedObject: { kind: 'Pod', name: 'web', fieldPath: 'spec.containers{web}' },
          source: { component: 'kubelet', host: 'node-1' },
          firstTimestamp: at(-2 * MIN),
          lastTimestamp: at(-30 * SEC),
          count: 3,
        },
        want: ['30s', 'Normal', 'Pulled', 'pod/web', 'spec.containers{web}', 'kubelet, node-1', 'Container image "nginx" already present on machine', '2m', 3, 'web.1'],
      },
      'a singleton of the new API: event time, reporting controller, count 1': {
        obj: { metadata: { name: 'web.2' }, type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/web to node-1', involvedObject: { kind: 'Pod', name: 'web' }, eventTime: at(-90 * SEC), reportingController: 'default-scheduler', reportingInstance: 'default-scheduler-node-1' },
        want: ['90s', 'Normal', 'Scheduled', 'pod/web', '', 'default-scheduler, default-scheduler-node-1', 'Successfully assigned default/web to node-1', '90s', 1, 'web.2'],
      },
      'a series: last observed and its count': {
        obj: { metadata: { name: 'web.3' }, type: 'Warning', reason: 'BackOff', message: 'Back-off', involvedObject: { kind: 'Pod', name: 'web' }, eventTime: at(-10 * MIN), series: { count: 7, lastObservedTime: at(-5 * SEC) } },
        want: ['5s', 'Warning', 'BackOff', 'pod/web', '', '', 'Back-off', '10m', 7, 'web.3'],
      },
      'an object without a name is its kind alone': {
        obj: { metadata: { name: 'ns.1' }, type: 'Normal', reason: 'X', message: 'm', involvedObject: { kind: 'Namespace' }, firstTimestamp: at(-SEC) },
        want: ['1s', 'Normal', 'X', 'namespace', '', '', 'm', '1s', 1, 'ns.1'],
      },
    });
  });

  describe('endpoints and endpoint slices (printEndpoints, printEndpointSlice)', () => {
    table('Endpoints', {
      'no subsets': { obj: { metadata: { name: 'empty', creationTimestamp: at(-MIN) } }, want: ['empty', '<none>', '60s'] },
      'three listed, the rest counted, port by port': {
        obj: { metadata: { name: 'web', creationTimestamp: at(-MIN) }, subsets: [{ addresses: [{ ip: '10.244.1.5' }, { ip: '10.244.2.7' }], ports: [{ port: 80 }, { port: 443 }] }] },
        want: ['web', '10.244.1.5:80,10.244.2.7:80,10.244.1.5:443 + 1 more...', '60s'],
      },
    });
    table('EndpointSlice', {
      'no endpoints and no ports are unset': { obj: { metadata: { name: 's', creationTimestamp: at(-MIN) }, addressType: 'IPv4' }, want: ['s', 'IPv4', '<unset>', '<unset>', '60s'] },
    });
  });

  describe('kinds without a controller (TestPrintConfigMap, TestPrintLease, printSecret, printServiceAccount, printNamespace, PDB, HPA, Ingress)', () => {
    table('ConfigMap', {
      'no data': { obj: { metadata: { name: 'configmap1', creationTimestamp: at(1.9 * SEC) } }, want: ['configmap1', 0, '0s'] },
      'data and binary data both count': { obj: { metadata: { name: 'configmap3', creationTimestamp: at(1.9 * SEC) }, data: { foo: 'bar' }, binaryData: { bin: 'YmluYXJ5' } }, want: ['configmap3', 2, '0s'] },
    });
    table('Lease', {
      'its holder': { obj: { metadata: { name: 'lease2', creationTimestamp: at(-5 * MIN) }, spec: { holderIdentity: 'holder2' } }, want: ['lease2', 'holder2', '5m'] },
      'no holder': { obj: { metadata: { name: 'lease3', creationTimestamp: at(-5 * MIN) }, spec: {} }, want: ['lease3', '', '5m'] },
    });
    table('Secret', { 'its type and how many keys': { obj: { metadata: { name: 's', creationTimestamp: at(-MIN) }, type: 'Opaque', data: { a: 'YQ==', b: 'Yg==' } }, want: ['s', 'Opaque', 2, '60s'] } });
    table('ServiceAccount', { 'how many secrets': { obj: { metadata: { name: 'default', creationTimestamp: at(-MIN) } }, want: ['default', 0, '60s'] } });
    table('Namespace', {
      'its phase': { obj: { metadata: { name: 'namespace1', creationTimestamp: at(1.9 * SEC) }, status: { phase: 'FooStatus' } }, want: ['namespace1', 'FooStatus', '0s'] },
      'no status, no age': { obj: { metadata: { name: 'namespace2' } }, want: ['namespace2', '', '<unknown>'] },
    });
    table('PodDisruptionBudget', {
      'an unset bound is N/A': { obj: { metadata: { name: 'pdb', creationTimestamp: at(-MIN) }, spec: { minAvailable: '50%' }, status: { disruptionsAllowed: 1 } }, want: ['pdb', '50%', 'N/A', 1, '60s'] },
    });
    const hpa = (metrics?: any[], currentMetrics?: any[]) => ({
      metadata: { name: 'some-hpa' },
      spec: { scaleTargetRef: { name: 'some-rc', kind: 'ReplicationController' }, minReplicas: 2, maxReplicas: 10, metrics },
      status: { currentReplicas: 4, currentMetrics },
    });
    const external = (target: any) => [{ type: 'External', external: { metric: { name: 'm' }, target } }];
    const externalNow = (current: any) => [{ type: 'External', external: { metric: { name: 'm' }, current } }];
    const row = (targets: string) => ['some-hpa', 'ReplicationController/some-rc', targets, '2', 10, 4, '<unknown>'];
    table('HorizontalPodAutoscaler', {
      'min replicas unset, no metrics': {
        obj: { metadata: { name: 'some-hpa' }, spec: { scaleTargetRef: { name: 'some-rc', kind: 'ReplicationController' }, maxReplicas: 10 }, status: { currentReplicas: 4, desiredReplicas: 5 } },
        want: ['some-hpa', 'ReplicationController/some-rc', '<none>', '<unset>', 10, 4, '<unknown>'],
      },
      'an external average value not reported yet': { obj: hpa(external({ type: 'AverageValue', averageValue: '100m' })), want: row('<unknown>/100m (avg)') },
      'an external average value reported': { obj: hpa(external({ type: 'AverageValue', averageValue: '100m' }), externalNow({ averageValue: '50m' })), want: row('50m/100m (avg)') },
      'an external value not reported yet': { obj: hpa(external({ type: 'Value', value: '100m' })), want: row('<unknown>/100m') },
      'an external value reported': { obj: hpa(external({ type: 'Value', value: '100m' }), externalNow({ value: '50m' })), want: row('50m/100m') },
      'a resource utilization and two more metrics': {
        obj: hpa(
          [
            { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } },
            { type: 'Pods', pods: { metric: { name: 'qps' }, target: { type: 'AverageValue', averageValue: '100' } } },
            { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '1Gi' } } },
          ],
          [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 50 } } }],
        ),
        want: row('cpu: 50%/80%, <unknown>/100 + 1 more...'),
      },
    });
    table('Ingress', {
      'a class, no rules, a load balancer address (TestPrintIngress)': {
        obj: { metadata: { name: 'test1', creationTimestamp: at(-10 * 365 * DAY) }, spec: { ingressClassName: 'foo', defaultBackend: { service: { name: 'default-backend', port: { number: 80 } } } }, status: { loadBalancer: { ingress: [{ ip: '2.3.4.5', hostname: 'localhost.localdomain' }] } } },
        want: ['test1', 'foo', '*', '2.3.4.5', '80', '10y'],
      },
      'hosts, TLS': {
        obj: { metadata: { name: 'web', creationTimestamp: at(-MIN) }, spec: { tls: [{}], rules: [{ host: 'a.example.com' }, { host: 'b.example.com' }, {}, { host: 'c.example.com' }, { host: 'd.example.com' }] } },
        want: ['web', '<none>', 'a.example.com,b.example.com,c.example.com + 2 more...', '', '80, 443', '60s'],
      },
    });
  });
});
