import assert from 'node:assert/strict';
import { namedByTuples, parseResourceArgs } from '../../src/kubectl/resources';

/** The requests as `kind:name,name` strings, in visiting order. */
const show = (args: string[]) => parseResourceArgs(args).map((r) => `${r.type.kind}:${r.names.join(',')}`);

describe('resource arguments as the builder reads them (ResourceTypeOrNameArgs)', () => {
  const cases: Record<string, { args: string[]; want: string[] }> = {
    'a type': { args: ['pods'], want: ['Pod:'] },
    'short names, singulars and kinds': { args: ['po,svc,deploy,Job'], want: ['Pod:', 'Service:', 'Deployment:', 'Job:'] },
    'a group spelled out': { args: ['deployments.apps,cronjobs.batch'], want: ['Deployment:', 'CronJob:'] },
    'two spellings of one type are one': { args: ['po,pods,pod'], want: ['Pod:'] },
    'a type and names': { args: ['pod', 'a', 'b'], want: ['Pod:a,b'] },
    'type/name pairs, consecutive ones of a type together': { args: ['pod/a', 'pod/b', 'svc/c', 'pod/d'], want: ['Pod:a,b', 'Service:c', 'Pod:d'] },
    'several types and names: every type with every name': { args: ['pods,svc', 'a', 'b'], want: ['Pod:a,b', 'Service:a,b'] },
    'all: the workload kinds in discovery order': {
      args: ['all'],
      want: ['Pod:', 'ReplicationController:', 'Service:', 'DaemonSet:', 'Deployment:', 'ReplicaSet:', 'StatefulSet:', 'HorizontalPodAutoscaler:', 'CronJob:', 'Job:'],
    },
    'all and another type': { args: ['all,cm'], want: ['Pod:', 'ReplicationController:', 'Service:', 'DaemonSet:', 'Deployment:', 'ReplicaSet:', 'StatefulSet:', 'HorizontalPodAutoscaler:', 'CronJob:', 'Job:', 'ConfigMap:'] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(show(tc.args), tc.want));

  const refusals: Record<string, { args: string[]; message: string }> = {
    'an unknown type': { args: ['foos'], message: 'the server doesn\'t have a resource type "foos"' },
    'a type and a type/name': {
      args: ['pods', 'pod/a'],
      message: "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    },
    'two slashes': { args: ['pod/a/b'], message: 'arguments in resource/name form may not have more than one slash' },
    'no name after the slash': { args: ['pod/'], message: 'arguments in resource/name form must have a single resource and name' },
    'two types before the slash': { args: ['pod,svc/a'], message: 'arguments in resource/name form must have a single resource and name' },
  };
  for (const [name, tc] of Object.entries(refusals)) it(`refuses ${name}`, () => assert.throws(() => parseResourceArgs(tc.args), { message: tc.message }));

  const tuples: Record<string, { args: string[]; want: boolean }> = {
    'type/name': { args: ['pod/a'], want: true },
    'several types with a name become pairs': { args: ['pods,svc', 'a'], want: true },
    'a type and names are not pairs': { args: ['pods', 'a'], want: false },
  };
  for (const [name, tc] of Object.entries(tuples)) it(`names by pairs: ${name}`, () => assert.equal(namedByTuples(tc.args), tc.want));
});
