import assert from 'node:assert/strict';
import { objectKindErrors } from '../../src/manifests/decode';

// Cases from kubectl/pkg/validation: getObjectKind, aggregated as utilerrors.NewAggregate prints.
describe("kubectl's check of apiVersion and kind", () => {
  const cases: Record<string, { doc: Record<string, unknown>; want: string | undefined }> = {
    'both set': { doc: { apiVersion: 'v1', kind: 'Pod' }, want: undefined },
    'a group version': { doc: { apiVersion: 'apps/v1', kind: 'Deployment' }, want: undefined },
    'an empty apiVersion parses (the legacy internal version)': { doc: { apiVersion: '', kind: 'Pod' }, want: undefined },
    'no apiVersion': { doc: { kind: 'Pod' }, want: 'apiVersion not set' },
    'a null apiVersion is not set': { doc: { apiVersion: null, kind: 'Pod' }, want: 'apiVersion not set' },
    'a numeric apiVersion': { doc: { apiVersion: 1, kind: 'Pod' }, want: "apiVersion isn't string type" },
    'two slashes': { doc: { apiVersion: 'a/b/c', kind: 'Pod' }, want: 'unexpected GroupVersion string: a/b/c' },
    'no kind': { doc: { apiVersion: 'v1' }, want: 'kind not set' },
    'a list as kind': { doc: { apiVersion: 'v1', kind: ['Pod'] }, want: "kind isn't string type" },
    'neither, in kubectl order': { doc: { metadata: { name: 'x' } }, want: '[apiVersion not set, kind not set]' },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(objectKindErrors(tc.doc), tc.want));
  }
});
