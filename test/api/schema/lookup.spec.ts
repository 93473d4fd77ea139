/** schemaFor: from a manifest's apiVersion and kind to its schema type. */
import assert from 'node:assert/strict';
import { schemaFor } from '../../../src/api/schema';

const cases: Record<string, { apiVersion: string; kind: string; expected: string | undefined }> = {
  'a core kind': { apiVersion: 'v1', kind: 'Pod', expected: 'core/v1.Pod' },
  'a grouped kind': { apiVersion: 'apps/v1', kind: 'Deployment', expected: 'apps/v1.Deployment' },
  'a group with a domain': { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', expected: 'networking/v1.Ingress' },
  'coordination Lease': { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', expected: 'coordination/v1.Lease' },
  'discovery EndpointSlice': { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', expected: 'discovery/v1.EndpointSlice' },
  'autoscaling v1': { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', expected: 'autoscaling/v1.HorizontalPodAutoscaler' },
  'autoscaling v2': { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', expected: 'autoscaling/v2.HorizontalPodAutoscaler' },
  'a list kind': { apiVersion: 'v1', kind: 'PodList', expected: 'core/v1.PodList' },
  'the generic List': { apiVersion: 'v1', kind: 'List', expected: 'core/v1.List' },
  'a removed version is not answered': { apiVersion: 'apps/v1beta2', kind: 'ReplicaSet', expected: undefined },
  'batch/v1beta1 neither': { apiVersion: 'batch/v1beta1', kind: 'CronJob', expected: undefined },
  'extensions/v1beta1 neither': { apiVersion: 'extensions/v1beta1', kind: 'Ingress', expected: undefined },
  'a kind in the wrong group': { apiVersion: 'apps/v1', kind: 'Pod', expected: undefined },
  'an unknown kind': { apiVersion: 'v1', kind: 'Foo', expected: undefined },
  'a type that is only referenced, not served': { apiVersion: 'v1', kind: 'PersistentVolumeClaim', expected: undefined },
  'a struct that is not a kind': { apiVersion: 'v1', kind: 'PodSpec', expected: undefined },
  'the directory name is not a group': { apiVersion: 'core/v1', kind: 'Pod', expected: undefined },
  'an empty group before the slash': { apiVersion: '/v1', kind: 'Pod', expected: undefined },
  'a custom resource': { apiVersion: 'example.com/v1', kind: 'Widget', expected: undefined },
};

describe('schemaFor', () => {
  for (const [name, { apiVersion, kind, expected }] of Object.entries(cases)) {
    it(name, () => assert.equal(schemaFor(apiVersion, kind), expected));
  }
});
