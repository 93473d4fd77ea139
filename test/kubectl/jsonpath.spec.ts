import assert from 'node:assert/strict';
import { JSONPathError, renderTemplate, select } from '../../src/kubectl/print/jsonpath';

const list = {
  kind: 'List',
  items: [
    { metadata: { name: 'a', labels: { 'app.kubernetes.io/name': 'web' } }, status: { podIP: '10.0.0.1' } },
    { metadata: { name: 'b', labels: {} }, status: { podIP: '10.0.0.2' } },
  ],
};

describe('kubectl JSONPath templates', () => {
  const cases: Record<string, { template: string; want: string }> = {
    'a field': { template: '{.kind}', want: 'List' },
    'every item, space separated': { template: '{.items[*].metadata.name}', want: 'a b' },
    'an index': { template: '{.items[0].status.podIP}', want: '10.0.0.1' },
    'a negative index': { template: '{.items[-1].metadata.name}', want: 'b' },
    'a quoted key': { template: "{.items[0].metadata.labels['app.kubernetes.io/name']}", want: 'web' },
    'range with literal newlines': { template: '{range .items[*]}{.metadata.name}{"\\n"}{end}', want: 'a\nb\n' },
    'text around actions': { template: 'first={.items[0].metadata.name}', want: 'first=a' },
    'a map prints as JSON': { template: '{.items[1].metadata.labels}', want: '{}' },
    'recursive descent': { template: '{..podIP}', want: '10.0.0.1 10.0.0.2' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(renderTemplate(tc.template, list), tc.want));

  it('selects values', () => assert.deepEqual(select(list, '.items[*].metadata.name'), ['a', 'b']));
  it('refuses an unclosed range', () => assert.throws(() => renderTemplate('{range .items[*]}{.x}', list), JSONPathError));
});
