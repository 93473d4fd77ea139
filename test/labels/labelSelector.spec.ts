import assert from 'node:assert/strict';
import {
  LabelSelector,
  SelectorError,
  everything,
  formatLabelSelector,
  formatLabels,
  labelSelectorAsSelector,
  matchesNothing,
  nothing,
  parseSelector,
  selectorFromSet,
} from '../../src/labels';
import { NAME_REGEX, VALUE_REGEX } from './messages';

const matchLabels = { foo: 'bar' };
const matchExpressions = [{ key: 'baz', operator: 'In', values: ['qux', 'norf'] }];

describe('labelSelectorAsSelector (TestLabelSelectorAsSelector, B8)', () => {
  const cases: Record<string, { sel: LabelSelector | null | undefined; want: string; empty: boolean }> = {
    'null selects nothing': { sel: null, want: '', empty: false },
    'undefined selects nothing': { sel: undefined, want: '', empty: false },
    'empty selects everything': { sel: {}, want: '', empty: true },
    'empty lists select everything': { sel: { matchLabels: {}, matchExpressions: [] }, want: '', empty: true },
    'match labels': { sel: { matchLabels }, want: 'foo=bar', empty: false },
    'match expressions': { sel: { matchExpressions }, want: 'baz in (norf,qux)', empty: false },
    'both, sorted by key': { sel: { matchLabels, matchExpressions }, want: 'baz in (norf,qux),foo=bar', empty: false },
    'operators map to in, notin, exists, !': {
      sel: {
        matchExpressions: [
          { key: 'd', operator: 'DoesNotExist' },
          { key: 'c', operator: 'Exists', values: [] },
          { key: 'b', operator: 'NotIn', values: ['x'] },
          { key: 'a', operator: 'In', values: ['y'] },
        ],
      },
      want: 'a in (y),b notin (x),c,!d',
      empty: false,
    },
    'duplicate values are kept': { sel: { matchExpressions: [{ key: 'x', operator: 'In', values: ['b', 'a', 'a'] }] }, want: 'x in (a,a,b)', empty: false },
    'matchLabels before expressions on the same key': {
      sel: { matchLabels: { a: '1' }, matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['1'] }] },
      want: 'a=1,a notin (1)',
      empty: false,
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const s = labelSelectorAsSelector(tc.sel);
      assert.equal(s.toString(), tc.want);
      assert.equal(s.empty(), tc.empty);
    });
  }

  it('everything() and nothing() have no requirements', () => {
    for (const s of [everything(), nothing()]) {
      assert.deepEqual(s.requirements(), []);
      assert.equal(s.requiresExactMatch('a'), undefined);
      assert.equal(s.toString(), '');
    }
  });

  it('nil matches nothing, empty matches everything', () => {
    assert.equal(labelSelectorAsSelector(null), nothing());
    assert.equal(labelSelectorAsSelector({}), everything());
    assert.equal(nothing().matches({}), false);
    assert.equal(everything().matches(undefined), true);
  });

  it('does not modify its input', () => {
    const sel = { matchLabels: { b: '1', a: '2' }, matchExpressions: [{ key: 'x', operator: 'In', values: ['b', 'a'] }] };
    const copy = structuredClone(sel);
    labelSelectorAsSelector(sel);
    assert.deepEqual(sel, copy);
  });

  it('matches as the parsed equivalent', () => {
    const sel = labelSelectorAsSelector({ matchLabels, matchExpressions });
    const parsed = parseSelector('baz in (norf,qux),foo=bar');
    const samples: Record<string, string>[] = [{ foo: 'bar', baz: 'qux' }, { foo: 'bar' }, { foo: 'bar', baz: 'x' }, { baz: 'norf' }];
    for (const labels of samples) {
      assert.equal(sel.matches(labels), parsed.matches(labels));
    }
    assert.equal(sel.matches({ foo: 'bar', baz: 'norf', extra: 'y' }), true);
  });

  const errors: Record<string, { sel: LabelSelector; want: string }> = {
    'exists with values': {
      sel: { matchExpressions: [{ key: 'baz', operator: 'Exists', values: ['qux', 'norf'] }] },
      want: 'values: Invalid value: ["qux","norf"]: values set must be empty for exists and does not exist',
    },
    'in with an empty list is a nil slice': {
      sel: { matchExpressions: [{ key: 'baz', operator: 'In', values: [] }] },
      want: "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty",
    },
    'notin without values': {
      sel: { matchExpressions: [{ key: 'baz', operator: 'NotIn' }] },
      want: "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty",
    },
    'Gt is not a LabelSelector operator': {
      sel: { matchExpressions: [{ key: 'baz', operator: 'Gt', values: ['1'] }] },
      want: '"Gt" is not a valid label selector operator',
    },
    'operators are case-sensitive': {
      sel: { matchExpressions: [{ key: 'baz', operator: 'in', values: ['1'] }] },
      want: '"in" is not a valid label selector operator',
    },
    'empty operator': { sel: { matchExpressions: [{ key: 'baz', operator: '' }] }, want: '"" is not a valid label selector operator' },
    'prototype member as operator': {
      sel: { matchExpressions: [{ key: 'baz', operator: 'toString' }] },
      want: '"toString" is not a valid label selector operator',
    },
    'bad key': { sel: { matchExpressions: [{ key: '-k', operator: 'Exists' }] }, want: `key: Invalid value: "-k": ${NAME_REGEX}` },
    'bad matchLabels value': { sel: { matchLabels: { k: '-v' } }, want: `values[0][k]: Invalid value: "-v": ${VALUE_REGEX}` },
    'bad key and value are aggregated': {
      sel: { matchLabels: { 'a b': '-c' } },
      want: `[key: Invalid value: "a b": ${NAME_REGEX}, values[0][a b]: Invalid value: "-c": ${VALUE_REGEX}]`,
    },
    'matchLabels are checked before expressions': {
      sel: { matchLabels: { k: '-v' }, matchExpressions: [{ key: 'x', operator: 'Gt' }] },
      want: `values[0][k]: Invalid value: "-v": ${VALUE_REGEX}`,
    },
    'first bad matchLabel in key order': {
      sel: { matchLabels: { z: '-z', a: '-a' } },
      want: `values[0][a]: Invalid value: "-a": ${VALUE_REGEX}`,
    },
  };
  for (const [name, tc] of Object.entries(errors)) {
    it(`error: ${name}`, () => {
      assert.throws(
        () => labelSelectorAsSelector(tc.sel),
        (e: unknown) => e instanceof SelectorError && e.message === tc.want,
        `expected: ${tc.want}`,
      );
    });
  }
});

describe('formatLabelSelector (FormatLabelSelector)', () => {
  const cases: Record<string, { sel: LabelSelector | null | undefined; want: string }> = {
    null: { sel: null, want: '<none>' },
    empty: { sel: {}, want: '<none>' },
    valid: { sel: { matchLabels, matchExpressions }, want: 'baz in (norf,qux),foo=bar' },
    'bad operator': { sel: { matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }, want: '<error>' },
    'bad value': { sel: { matchLabels: { a: 'b c' } }, want: '<error>' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(formatLabelSelector(tc.sel), tc.want));
});

describe('formatLabels (labels.FormatLabels)', () => {
  const cases: Record<string, { labels: Record<string, string> | undefined; want: string }> = {
    undefined: { labels: undefined, want: '<none>' },
    empty: { labels: {}, want: '<none>' },
    one: { labels: { app: 'web' }, want: 'app=web' },
    sorted: { labels: { b: '2', a: '1' }, want: 'a=1,b=2' },
    'whole key=value strings are sorted, so a-b sorts before a=': { labels: { a: '2', 'a-b': '1' }, want: 'a-b=1,a=2' },
    'empty value': { labels: { a: '' }, want: 'a=' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(formatLabels(tc.labels), tc.want));
});

describe('selectorFromSet (AsSelectorPreValidated; TestSetMatches, TestSetSelectorString)', () => {
  const labelset = { foo: 'bar', baz: 'blah' };
  const cases: Record<string, { set: Record<string, string> | undefined; string: string; matches: boolean }> = {
    'empty set': { set: {}, string: '', matches: true },
    'undefined set': { set: undefined, string: '', matches: true },
    'one pair': { set: { foo: 'bar' }, string: 'foo=bar', matches: true },
    'other pair': { set: { baz: 'blah' }, string: 'baz=blah', matches: true },
    'both pairs, sorted': { set: { foo: 'bar', baz: 'blah' }, string: 'baz=blah,foo=bar', matches: true },
    'wrong value': { set: { foo: 'blah' }, string: 'foo=blah', matches: false },
    'extra key': { set: { foo: 'bar', foobar: 'bar' }, string: 'foo=bar,foobar=bar', matches: false },
    'not validated': { set: { 'a b': '=c' }, string: 'a b==c', matches: false },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const s = selectorFromSet(tc.set);
      assert.equal(s.toString(), tc.string);
      assert.equal(s.matches(labelset), tc.matches);
    });
  }

  it('empty sets are empty selectors (TestSetIsEmpty, TestNilMapIsValid)', () => {
    assert.equal(selectorFromSet({}).empty(), true);
    assert.equal(selectorFromSet(undefined).empty(), true);
    assert.equal(selectorFromSet({ a: 'b' }).empty(), false);
  });
});

describe('matchesNothing (TestMatchesNothing)', () => {
  const cases: Record<string, { selector: () => ReturnType<typeof nothing>; want: boolean }> = {
    'nothing()': { selector: nothing, want: true },
    'everything()': { selector: everything, want: false },
    'empty set': { selector: () => selectorFromSet({}), want: false },
    'non-empty set': { selector: () => selectorFromSet({ key: 'value' }), want: false },
    'empty string': { selector: () => parseSelector(''), want: false },
    'exists and does not exist is not detected': { selector: () => parseSelector('a,!a'), want: false },
    'equals and not equals is not detected': { selector: () => parseSelector('a=b,a!=b'), want: false },
    'in and notin is not detected': { selector: () => parseSelector('a in (b),a notin (b)'), want: false },
    'nil LabelSelector': { selector: () => labelSelectorAsSelector(null), want: true },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(matchesNothing(tc.selector()), tc.want));
});
