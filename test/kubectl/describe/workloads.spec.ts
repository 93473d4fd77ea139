/**
 * Workload describers (ReplicaSet, ReplicationController, Deployment, DaemonSet, StatefulSet,
 * Job, CronJob) against the raw text their Go functions write (pkg/describe, release-1.34).
 */
import assert from 'node:assert/strict';
import { KubeObject } from '../../../src/api/types';
import { capIndexes, describeCronJob, describeJob } from '../../../src/kubectl/describe/batch';
import { podPhaseCounts } from '../../../src/kubectl/describe/podTemplate';
import {
  describeDaemonSet,
  describeDeployment,
  describeReplicaSet,
  describeReplicationController,
  describeStatefulSet,
} from '../../../src/kubectl/describe/workloads';
import { at, event, laidOut, ts } from './fixtures';

const template = {
  metadata: { labels: { app: 'kubia' } },
  spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080, protocol: 'TCP' }] }] },
};

/** DescribePodTemplate of `template`. */
const TEMPLATE = [
  'Pod Template:',
  '  Labels:\tapp=kubia',
  '  Containers:',
  '   kubia:',
  '    Image:\tluksa/kubia',
  '    Port:\t8080/TCP',
  '    Host Port:\t0/TCP',
  '    Environment:\t<none>',
  '    Mounts:\t<none>',
  '  Volumes:\t<none>',
  '  Node-Selectors:\t<none>',
  '  Tolerations:\t<none>',
];

const meta = (name: string, extra: Record<string, unknown> = {}) => ({ name, namespace: 'default', uid: `${name}-uid`, creationTimestamp: ts('10:00:00'), ...extra });
const pods = (phases: string[]) => podPhaseCounts(phases.map((phase) => ({ metadata: { name: phase }, status: { phase } })));
const now = at('10:05:00');

const rs: KubeObject = {
  kind: 'ReplicaSet',
  metadata: meta('kubia-5d7f8', {
    labels: { app: 'kubia', 'pod-template-hash': '5d7f8' },
    annotations: { 'deployment.kubernetes.io/revision': '1' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'kubia', uid: 'kubia-uid', controller: true }],
  }),
  spec: { replicas: 3, selector: { matchLabels: { app: 'kubia', 'pod-template-hash': '5d7f8' } }, template },
  status: { replicas: 2, conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate' }] },
};

const cases: Record<string, { describe: () => string; expected: string }> = {
  'ReplicaSet: controller, replicas, pod phases, template, conditions, events': {
    describe: () =>
      describeReplicaSet({
        obj: rs,
        pods: pods(['Running', 'Pending', 'Succeeded', 'Failed', 'Unknown']),
        events: [
          event({ reason: 'SuccessfulCreate', message: 'Created pod: kubia-5d7f8-abcde', first: '10:00:00', component: 'replicaset-controller', involved: {} }),
          event({ reason: 'SuccessfulCreate', message: 'Created pod: kubia-5d7f8-fghij', first: '10:00:00', component: 'replicaset-controller', involved: {} }),
        ],
        now,
      }),
    expected: laidOut([
      'Name:\tkubia-5d7f8',
      'Namespace:\tdefault',
      'Selector:\tapp=kubia,pod-template-hash=5d7f8',
      'Labels:\tapp=kubia',
      '\tpod-template-hash=5d7f8',
      'Annotations:\tdeployment.kubernetes.io/revision: 1',
      'Controlled By:\tDeployment/kubia',
      'Replicas:\t2 current / 3 desired',
      'Pods Status:\t1 Running / 1 Waiting / 1 Succeeded / 1 Failed',
      ...TEMPLATE,
      'Conditions:',
      '  Type\tStatus\tReason',
      '  ----\t------\t------',
      '  ReplicaFailure \tTrue\tFailedCreate',
      'Events:',
      '  Type\tReason\tAge\tFrom\tMessage',
      '  ----\t------\t----\t----\t-------',
      '  Normal\tSuccessfulCreate\t5m\treplicaset-controller\tCreated pod: kubia-5d7f8-abcde',
      '  Normal\tSuccessfulCreate\t5m\treplicaset-controller\tCreated pod: kubia-5d7f8-fghij',
    ]),
  },
  'ReplicationController: set selector, no events fetched': {
    describe: () =>
      describeReplicationController({
        obj: { kind: 'ReplicationController', metadata: meta('kubia', { labels: { app: 'kubia' } }), spec: { replicas: 3, selector: { app: 'kubia' }, template }, status: { replicas: 3 } },
        pods: pods(['Running', 'Running', 'Running']),
        now,
      }),
    expected: laidOut([
      'Name:\tkubia',
      'Namespace:\tdefault',
      'Selector:\tapp=kubia',
      'Labels:\tapp=kubia',
      'Annotations:\t<none>',
      'Replicas:\t3 current / 3 desired',
      'Pods Status:\t3 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      ...TEMPLATE,
    ]),
  },
  'Deployment: replicas line, strategy, conditions, old and new ReplicaSets': {
    describe: () =>
      describeDeployment({
        obj: {
          kind: 'Deployment',
          metadata: meta('kubia', { labels: { app: 'kubia' }, annotations: { 'deployment.kubernetes.io/revision': '2' } }),
          spec: {
            replicas: 3,
            selector: { matchLabels: { app: 'kubia' } },
            template,
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: 1 } },
            minReadySeconds: 10,
          },
          status: {
            replicas: 4,
            updatedReplicas: 1,
            availableReplicas: 3,
            unavailableReplicas: 1,
            conditions: [
              { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
              { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' },
            ],
          },
        },
        oldReplicaSets: [{ metadata: { name: 'kubia-old' }, spec: { replicas: 3 }, status: { replicas: 3 } }, { metadata: { name: 'kubia-older' }, spec: { replicas: 0 }, status: {} }],
        newReplicaSet: { metadata: { name: 'kubia-new' }, spec: { replicas: 1 }, status: { replicas: 1 } },
        events: [event({ reason: 'ScalingReplicaSet', message: 'Scaled up replica set kubia-new from 0 to 1', first: '10:04:00', component: 'deployment-controller', involved: {} })],
        now,
      }),
    expected: laidOut([
      'Name:\tkubia',
      'Namespace:\tdefault',
      'CreationTimestamp:\tMon, 02 Jun 2025 10:00:00 +0000',
      'Labels:\tapp=kubia',
      'Annotations:\tdeployment.kubernetes.io/revision: 2',
      'Selector:\tapp=kubia',
      'Replicas:\t3 desired | 1 updated | 4 total | 3 available | 1 unavailable',
      'StrategyType:\tRollingUpdate',
      'MinReadySeconds:\t10',
      'RollingUpdateStrategy:\t25% max unavailable, 1 max surge',
      ...TEMPLATE,
      'Conditions:',
      '  Type\tStatus\tReason',
      '  ----\t------\t------',
      '  Available \tTrue\tMinimumReplicasAvailable',
      '  Progressing \tTrue\tReplicaSetUpdated',
      'OldReplicaSets:\tkubia-old (3/3 replicas created), kubia-older (0/0 replicas created)',
      'NewReplicaSet:\tkubia-new (1/1 replicas created)',
      'Events:',
      '  Type\tReason\tAge\tFrom\tMessage',
      '  ----\t------\t----\t----\t-------',
      '  Normal\tScalingReplicaSet\t60s\tdeployment-controller\tScaled up replica set kubia-new from 0 to 1',
    ]),
  },
  'Deployment: Recreate, no ReplicaSets yet, no conditions': {
    describe: () =>
      describeDeployment({
        obj: { kind: 'Deployment', metadata: meta('d'), spec: { replicas: 1, selector: { matchLabels: { app: 'kubia' } }, template, strategy: { type: 'Recreate' } }, status: {} },
        oldReplicaSets: [],
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\td',
      'Namespace:\tdefault',
      'CreationTimestamp:\tMon, 02 Jun 2025 10:00:00 +0000',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Selector:\tapp=kubia',
      'Replicas:\t1 desired | 0 updated | 0 total | 0 available | 0 unavailable',
      'StrategyType:\tRecreate',
      'MinReadySeconds:\t0',
      ...TEMPLATE,
      'Events:\t<none>',
    ]),
  },
  'DaemonSet: node selector, the tab-less counts lines': {
    describe: () =>
      describeDaemonSet({
        obj: {
          kind: 'DaemonSet',
          metadata: meta('ssd-monitor'),
          spec: { selector: { matchLabels: { app: 'ssd-monitor' } }, template: { ...template, spec: { ...template.spec, nodeSelector: { disk: 'ssd' } } } },
          status: { desiredNumberScheduled: 2, currentNumberScheduled: 2, updatedNumberScheduled: 2, numberAvailable: 1, numberMisscheduled: 0 },
        },
        pods: pods(['Running', 'Pending']),
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\tssd-monitor',
      'Namespace:\tdefault',
      'Selector:\tapp=ssd-monitor',
      'Node-Selector:\tdisk=ssd',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Desired Number of Nodes Scheduled: 2',
      'Current Number of Nodes Scheduled: 2',
      'Number of Nodes Scheduled with Up-to-date Pods: 2',
      'Number of Nodes Scheduled with Available Pods: 1',
      'Number of Nodes Misscheduled: 0',
      'Pods Status:\t1 Running / 1 Waiting / 0 Succeeded / 0 Failed',
      ...TEMPLATE.slice(0, 10),
      '  Node-Selectors:\tdisk=ssd',
      '  Tolerations:\t<none>',
      'Events:\t<none>',
    ]),
  },
  'StatefulSet: partition, volume claim templates': {
    describe: () =>
      describeStatefulSet({
        obj: {
          kind: 'StatefulSet',
          metadata: meta('kubia'),
          spec: {
            replicas: 2,
            selector: { matchLabels: { app: 'kubia' } },
            template,
            updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
            volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1024Mi' } } } }],
          },
          status: { replicas: 2 },
        },
        pods: pods(['Running', 'Running']),
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\tkubia',
      'Namespace:\tdefault',
      'CreationTimestamp:\tMon, 02 Jun 2025 10:00:00 +0000',
      'Selector:\tapp=kubia',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Replicas:\t2 desired | 2 total',
      'Update Strategy:\tRollingUpdate',
      '  Partition:\t0',
      'Pods Status:\t2 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      ...TEMPLATE,
      'Volume Claims:',
      '  Name:\tdata',
      '  StorageClass:\t',
      '  Labels:\t<none>',
      '  Annotations:\t<none>',
      '  Capacity:\t1Gi',
      '  Access Modes:\t[ReadWriteOnce]',
      'Events:\t<none>',
    ]),
  },
  'Job: completed, with duration and ready count': {
    describe: () =>
      describeJob({
        obj: {
          kind: 'Job',
          metadata: meta('batch-job', { labels: { app: 'batch-job' } }),
          spec: {
            parallelism: 1,
            completions: 1,
            completionMode: 'NonIndexed',
            suspend: false,
            backoffLimit: 6,
            selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u1' } },
            template,
          },
          status: { startTime: ts('10:00:00'), completionTime: ts('10:02:05'), succeeded: 1, ready: 0, active: 0 },
        },
        events: [event({ reason: 'Completed', message: 'Job completed', first: '10:02:05', component: 'job-controller', involved: {} })],
        now,
      }),
    expected: laidOut([
      'Name:\tbatch-job',
      'Namespace:\tdefault',
      'Selector:\tbatch.kubernetes.io/controller-uid=u1',
      'Labels:\tapp=batch-job',
      'Annotations:\t<none>',
      'Parallelism:\t1',
      'Completions:\t1',
      'Completion Mode:\tNonIndexed',
      'Suspend:\tfalse',
      'Backoff Limit:\t6',
      'Start Time:\tMon, 02 Jun 2025 10:00:00 +0000',
      'Completed At:\tMon, 02 Jun 2025 10:02:05 +0000',
      'Duration:\t2m5s',
      'Pods Statuses:\t0 Active (0 Ready) / 1 Succeeded / 0 Failed',
      ...TEMPLATE,
      'Events:',
      '  Type\tReason\tAge\tFrom\tMessage',
      '  ----\t------\t----\t----\t-------',
      '  Normal\tCompleted\t2m55s\tjob-controller\tJob completed',
    ]),
  },
  'Job: indexed, owned by a CronJob, deadline, no ready count, completions unset': {
    describe: () =>
      describeJob({
        obj: {
          kind: 'Job',
          metadata: meta('hello-29000000', { ownerReferences: [{ kind: 'CronJob', name: 'hello', uid: 'c', controller: true }] }),
          spec: { parallelism: 2, completionMode: 'Indexed', activeDeadlineSeconds: 30, ttlSecondsAfterFinished: 100, selector: { matchLabels: { a: 'b' } }, template },
          status: { active: 2, completedIndexes: '1,3-5' },
        },
        now,
      }),
    expected: laidOut([
      'Name:\thello-29000000',
      'Namespace:\tdefault',
      'Selector:\ta=b',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Controlled By:\tCronJob/hello',
      'Parallelism:\t2',
      'Completions:\t<unset>',
      'Completion Mode:\tIndexed',
      'TTL Seconds After Finished:\t100',
      'Active Deadline Seconds:\t30s',
      'Pods Statuses:\t2 Active / 0 Succeeded / 0 Failed',
      'Completed Indexes:\t1,3-5',
      ...TEMPLATE,
    ]),
  },
  'CronJob: unset limits and deadline, no last schedule, no active jobs': {
    describe: () =>
      describeCronJob({
        obj: { kind: 'CronJob', metadata: meta('hello'), spec: { schedule: '*/1 * * * *', concurrencyPolicy: 'Allow', jobTemplate: { spec: { template } } }, status: {} },
        events: [],
        now,
      }),
    expected: laidOut([
      'Name:\thello',
      'Namespace:\tdefault',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Schedule:\t*/1 * * * *',
      'Concurrency Policy:\tAllow',
      'Suspend:\t<unset>',
      'Successful Job History Limit:\t<unset>',
      'Failed Job History Limit:\t<unset>',
      'Starting Deadline Seconds:\t<unset>',
      'Selector:\t<unset>',
      'Parallelism:\t<unset>',
      'Completions:\t<unset>',
      ...TEMPLATE,
      'Last Schedule Time:\t<unset>',
      'Active Jobs:\t<none>',
      'Events:\t<none>',
    ]),
  },
  'CronJob: defaults set, last schedule, two active jobs': {
    describe: () =>
      describeCronJob({
        obj: {
          kind: 'CronJob',
          metadata: meta('hello'),
          spec: {
            schedule: '0,15,30,45 * * * *',
            concurrencyPolicy: 'Forbid',
            suspend: false,
            successfulJobsHistoryLimit: 3,
            failedJobsHistoryLimit: 1,
            startingDeadlineSeconds: 15,
            jobTemplate: { spec: { parallelism: 1, completions: 1, activeDeadlineSeconds: 60, template } },
          },
          status: { lastScheduleTime: ts('10:00:00'), active: [{ name: 'hello-1' }, { name: 'hello-2' }] },
        },
        now,
      }),
    expected: laidOut([
      'Name:\thello',
      'Namespace:\tdefault',
      'Labels:\t<none>',
      'Annotations:\t<none>',
      'Schedule:\t0,15,30,45 * * * *',
      'Concurrency Policy:\tForbid',
      'Suspend:\tFalse',
      'Successful Job History Limit:\t3',
      'Failed Job History Limit:\t1',
      'Starting Deadline Seconds:\t15s',
      'Selector:\t<unset>',
      'Parallelism:\t1',
      'Completions:\t1',
      'Active Deadline Seconds:\t60s',
      ...TEMPLATE,
      'Last Schedule Time:\tMon, 02 Jun 2025 10:00:00 +0000',
      'Active Jobs:\thello-1, hello-2',
    ]),
  },
};

describe('kubectl describe: workloads', () => {
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(tc.describe(), tc.expected));

  const indexes: Record<string, { in: string; expected: string }> = {
    none: { in: '', expected: '<none>' },
    short: { in: '1,3-5', expected: '1,3-5' },
    'cut after the first comma past 50 characters': {
      in: Array.from({ length: 30 }, (_, i) => String(i * 2)).join(','),
      expected: '0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,...',
    },
  };
  for (const [name, tc] of Object.entries(indexes)) it(`Completed Indexes: ${name}`, () => assert.equal(capIndexes(tc.in), tc.expected));
});
