import assert from 'node:assert/strict';
import { levenshtein, suggestionsFor, unknownCommandMessage } from '../../src/kubectl/suggest';

describe("cobra's suggestions for a mistyped command", () => {
  const distances: Record<string, { a: string; b: string; want: number }> = {
    'the same': { a: 'get', b: 'get', want: 0 },
    'one extra letter': { a: 'gett', b: 'get', want: 1 },
    'case is ignored': { a: 'GET', b: 'get', want: 0 },
    'two substitutions': { a: 'des', b: 'set', want: 2 },
    'nothing in common': { a: 'abc', b: 'xyz', want: 3 },
  };
  for (const [name, tc] of Object.entries(distances)) it(`distance: ${name}`, () => assert.equal(levenshtein(tc.a, tc.b), tc.want));

  const cases: Record<string, { typed: string; want: string[] }> = {
    'close names, in the order kubectl adds its commands': { typed: 'gett', want: ['set', 'get'] },
    'a prefix of a longer name': { typed: 'rollo', want: ['rollout'] },
    'a prefix and near names': { typed: 'des', want: ['set', 'get', 'describe'] },
    'a transposition': { typed: 'lable', want: ['label'] },
    'nothing close': { typed: 'frobnicate', want: [] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(suggestionsFor(tc.typed), tc.want));

  it('words the refusal as cobra does', () => {
    assert.equal(unknownCommandMessage('gett'), 'unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n');
    assert.equal(unknownCommandMessage('frobnicate'), 'unknown command "frobnicate" for "kubectl"');
  });
});
