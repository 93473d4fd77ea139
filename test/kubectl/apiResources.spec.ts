import assert from 'node:assert/strict';
import { apiResources } from '../../src/kubectl/commands/apiResources';

describe('the resource types discovery reports', () => {
  const version = (minor: number, kind: string) => apiResources(minor).filter((r) => r.kind === kind).map((r) => r.groupVersion);
  const cases: Record<string, { minor: number; kind: string; want: string[] }> = {
    'HPAs in autoscaling/v2 from 1.23': { minor: 34, kind: 'HorizontalPodAutoscaler', want: ['autoscaling/v2'] },
    'HPAs in autoscaling/v1 before': { minor: 22, kind: 'HorizontalPodAutoscaler', want: ['autoscaling/v1'] },
    'CronJobs in batch/v1 once served': { minor: 21, kind: 'CronJob', want: ['batch/v1'] },
    'CronJobs in batch/v1beta1 before': { minor: 20, kind: 'CronJob', want: ['batch/v1beta1'] },
    'Deployments in two groups until 1.15': { minor: 15, kind: 'Deployment', want: ['apps/v1', 'extensions/v1beta1'] },
    'Deployments in apps only from 1.16': { minor: 16, kind: 'Deployment', want: ['apps/v1'] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(version(tc.minor, tc.kind), tc.want));

  it('lists the workload kinds in the category all', () => {
    assert.deepEqual(
      apiResources(34).filter((r) => r.categories.includes('all')).map((r) => r.name),
      ['pods', 'services', 'replicationcontrollers', 'deployments', 'replicasets', 'daemonsets', 'statefulsets', 'jobs', 'cronjobs', 'horizontalpodautoscalers'],
    );
  });
  it('namespaces cannot be deleted as a collection', () => {
    assert.ok(!apiResources(34).find((r) => r.kind === 'Namespace')!.verbs.includes('deletecollection'));
  });
});
