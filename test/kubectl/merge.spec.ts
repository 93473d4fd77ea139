import assert from 'node:assert/strict';
import { threeWayMerge } from '../../src/kubectl/merge';

describe("kubectl apply's three-way merge", () => {
  const cases: Record<string, { live: any; last: any; desired: any; want: any }> = {
    'a new field is set': { live: { a: 1 }, last: { a: 1 }, desired: { a: 1, b: 2 }, want: { a: 1, b: 2 } },
    'a changed field wins': { live: { a: 1 }, last: { a: 1 }, desired: { a: 2 }, want: { a: 2 } },
    'a field dropped from the configuration is removed': { live: { a: 1, b: 2 }, last: { a: 1, b: 2 }, desired: { a: 1 }, want: { a: 1 } },
    'a field set by the server stays': { live: { a: 1, defaulted: 'x' }, last: { a: 1 }, desired: { a: 1 }, want: { a: 1, defaulted: 'x' } },
    'containers merge by name, keeping server-added fields': {
      live: { containers: [{ name: 'c', image: 'a', imagePullPolicy: 'Always' }] },
      last: { containers: [{ name: 'c', image: 'a' }] },
      desired: { containers: [{ name: 'c', image: 'b' }] },
      want: { containers: [{ name: 'c', image: 'b', imagePullPolicy: 'Always' }] },
    },
    'a container removed from the configuration goes': {
      live: { containers: [{ name: 'a' }, { name: 'b' }] },
      last: { containers: [{ name: 'a' }, { name: 'b' }] },
      desired: { containers: [{ name: 'a' }] },
      want: { containers: [{ name: 'a' }] },
    },
    'lists without a merge key are replaced': { live: { args: ['x', 'y'] }, last: { args: ['x'] }, desired: { args: ['z'] }, want: { args: ['z'] } },
    'null deletes': { live: { a: 1, b: 2 }, last: {}, desired: { b: null }, want: { a: 1 } },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(threeWayMerge(tc.live, tc.last, tc.desired), tc.want));
});
