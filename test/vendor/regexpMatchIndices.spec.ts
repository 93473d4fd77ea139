/**
 * vendor/regexp-match-indices stands in for the package Cucumber's step matching uses to find
 * where each parameter matched (package.json "overrides"). What Cucumber relies on: the match
 * itself, and for the whole match and every group the [start, end) of the text it captured —
 * including groups inside quantified groups (the last repetition) and groups that did not take part.
 */
import { strict as assert } from 'node:assert';
import { CucumberExpression, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exec: (re: RegExp, s: string) => (RegExpExecArray & { indices: [number, number][] }) | null = require('regexp-match-indices');

describe('regexp-match-indices (the native stand-in Cucumber matches steps with)', () => {
  const cases: [string, RegExp, string, ([number, number] | undefined)[] | null][] = [
    ['no match', /^a (\d+) b$/, 'a x b', null],
    ['one group', /^a (\d+) b$/, 'a 42 b', [[0, 6], [2, 4]]],
    ['a group that took no part', /^(x)?y(z)$/, 'yz', [[0, 2], undefined, [1, 2]]],
    ['the last repetition of a quantified group', /^"((?:[^"\\]|\\.)*)"$/, '"a\\"b\\"c"', [[0, 9], [1, 8]]],
    ['nested groups inside a repetition', /^"([^"\\]*(\\.[^"\\]*)*)"$/, '"x \\"r\\" s"', [[0, 11], [1, 10], [6, 10]]],
    ['a match not at the start', /(b+)c/, 'aabbc', [[2, 5], [2, 4]]],
  ];
  for (const [what, re, text, want] of cases) {
    it(what, () => {
      const m = exec(re, text);
      if (want === null) return assert.equal(m, null);
      assert.ok(m);
      assert.deepEqual([...m.indices].map((i) => (i ? [i[0], i[1]] : undefined)), want);
      m.indices.forEach((i, g) => i && assert.equal(text.slice(i[0], i[1]), m[g]));
    });
  }

  it('leaves a global expression where the native exec would (lastIndex)', () => {
    const re = /o/g;
    assert.deepEqual(exec(re, 'foo')!.indices[0], [1, 2]);
    assert.equal(re.lastIndex, 2);
    assert.deepEqual(exec(re, 'foo')!.indices[0], [2, 3]);
    assert.equal(re.lastIndex, 3);
  });

  it('gives Cucumber the argument values and positions of a step', () => {
    const expr = new CucumberExpression('kubectl prints {string} after {int} seconds', new ParameterTypeRegistry());
    const args = expr.match('kubectl prints "error: \\"x\\" not set" after 30 seconds')!;
    assert.deepEqual(args.map((a) => [a.group.start, a.group.value]), [[15, '"error: \\"x\\" not set"'], [44, '30']]);
    assert.deepEqual(args.map((a) => a.getValue(null)), ['error: "x" not set', 30]);
  });
});
