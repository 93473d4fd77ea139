import assert from 'node:assert/strict';
import { parseFieldSelector } from '../../src/api/fieldSelector';

const pod = { metadata: { name: 'web', namespace: 'default' }, spec: { nodeName: 'node-1', restartPolicy: 'Always' }, status: { phase: 'Running' } };

describe('field selectors', () => {
  const cases: Record<string, { text: string; want: boolean }> = {
    'by phase': { text: 'status.phase=Running', want: true },
    'by node, negated': { text: 'spec.nodeName!=node-1', want: false },
    'double equals': { text: 'metadata.name==web', want: true },
    'several terms are ANDed': { text: 'status.phase=Running,spec.nodeName=node-2', want: false },
    'an empty selector matches everything': { text: '', want: true },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(parseFieldSelector(tc.text, 'Pod').matches(pod), tc.want));

  it('refuses a field the kind does not support', () => {
    assert.throws(() => parseFieldSelector('spec.image=x', 'Pod'), /field label not supported: spec.image/);
  });
});
