import assert from 'node:assert/strict';
import { Labels, everything, newRequirement, parseSelector, selectorOf } from '../../src/labels';

describe('selector matching (TestSelectorMatches)', () => {
  const labelset = { foo: 'bar', baz: 'blah' };
  const cases: Record<string, { selector: string; labels: Labels | undefined; want: boolean }> = {
    'empty selector matches': { selector: '', labels: { x: 'y' }, want: true },
    equality: { selector: 'x=y', labels: { x: 'y' }, want: true },
    'two equalities': { selector: 'x=y,z=w', labels: { x: 'y', z: 'w' }, want: true },
    'two inequalities': { selector: 'x!=y,z!=w', labels: { x: 'z', z: 'a' }, want: true },
    'in and notin as key and value': { selector: 'notin=in', labels: { notin: 'in' }, want: true },
    exists: { selector: 'x', labels: { x: 'z' }, want: true },
    'does not exist': { selector: '!x', labels: { y: 'z' }, want: true },
    'gt numeric': { selector: 'x>1', labels: { x: '2' }, want: true },
    'lt numeric': { selector: 'x<1', labels: { x: '0' }, want: true },
    'equality on missing key': { selector: 'x=z', labels: {}, want: false },
    'equality on other value': { selector: 'x=y', labels: { x: 'z' }, want: false },
    'one of two equalities fails': { selector: 'x=y,z=w', labels: { x: 'w', z: 'w' }, want: false },
    'one of two inequalities fails': { selector: 'x!=y,z!=w', labels: { x: 'z', z: 'w' }, want: false },
    'exists on missing key': { selector: 'x', labels: { y: 'z' }, want: false },
    'does not exist on present key': { selector: '!x', labels: { x: 'z' }, want: false },
    'gt not greater': { selector: 'x>1', labels: { x: '0' }, want: false },
    'lt not less': { selector: 'x<1', labels: { x: '2' }, want: false },
    'label set: foo=bar': { selector: 'foo=bar', labels: labelset, want: true },
    'label set: baz=blah': { selector: 'baz=blah', labels: labelset, want: true },
    'label set: both': { selector: 'foo=bar,baz=blah', labels: labelset, want: true },
    'label set: wrong value': { selector: 'foo=blah', labels: labelset, want: false },
    'label set: swapped value': { selector: 'baz=bar', labels: labelset, want: false },
    'label set: extra key': { selector: 'foo=bar,foobar=bar,baz=blah', labels: labelset, want: false },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(parseSelector(tc.selector).matches(tc.labels), tc.want));
});

describe('requirement matching (TestRequirementSelectorMatching, B7)', () => {
  const r = (key: string, op: string, ...values: string[]) => newRequirement(key, op, values);
  const cases: Record<string, { reqs: ReturnType<typeof r>[]; labels: Labels | null | undefined; want: boolean }> = {
    'in and notin': { reqs: [r('x', 'in', 'foo'), r('y', 'notin', 'alpha')], labels: { x: 'foo', y: 'baz' }, want: true },
    'second in fails': { reqs: [r('x', 'in', 'foo'), r('y', 'in', 'alpha')], labels: { x: 'foo', y: 'baz' }, want: false },
    'notin on missing key, exists with empty value': { reqs: [r('x', 'notin', ''), r('y', 'exists')], labels: { y: '' }, want: true },
    'does not exist and exists': { reqs: [r('x', '!'), r('y', 'exists')], labels: { y: '' }, want: true },
    'does not exist fails on an empty value': { reqs: [r('x', 'notin', ''), r('y', '!')], labels: { y: '' }, want: false },
    'in the empty value needs the key': { reqs: [r('x', 'in', '')], labels: { y: 'baz' }, want: false },
    'in the empty value matches an empty label': { reqs: [r('x', 'in', '')], labels: { x: '' }, want: true },
    'gt: 2 > 1': { reqs: [r('z', 'gt', '1')], labels: { z: '2' }, want: true },
    'gt: non-integer label never matches': { reqs: [r('z', 'gt', '1')], labels: { z: 'v2' }, want: false },
    'gt: missing label': { reqs: [r('z', 'gt', '1')], labels: {}, want: false },
    'gt is strict': { reqs: [r('z', 'gt', '1')], labels: { z: '1' }, want: false },
    'lt is strict': { reqs: [r('z', 'lt', '1')], labels: { z: '1' }, want: false },
    'gt compares numerically, not as text': { reqs: [r('z', 'gt', '9')], labels: { z: '10' }, want: true },
    'gt with leading zeros': { reqs: [r('z', 'gt', '006')], labels: { z: '007' }, want: true },
    'a signed label value parses (ParseInt accepts + and -)': { reqs: [r('z', 'gt', '4')], labels: { z: '+5' }, want: true },
    'negative label value': { reqs: [r('z', 'lt', '0')], labels: { z: '-5' }, want: true },
    'empty label value is no integer': { reqs: [r('z', 'lt', '5')], labels: { z: '' }, want: false },
    'spaces are no integer': { reqs: [r('z', 'lt', '5')], labels: { z: ' 1' }, want: false },
    'exponent is no integer': { reqs: [r('z', 'gt', '5')], labels: { z: '1e3' }, want: false },
    'beyond float precision: 2^53+1 > 2^53': {
      reqs: [r('z', 'gt', '9007199254740992')],
      labels: { z: '9007199254740993' },
      want: true,
    },
    'max int64 label': { reqs: [r('z', 'gt', '9223372036854775806')], labels: { z: '9223372036854775807' }, want: true },
    'int64 overflow in the label never matches': { reqs: [r('z', 'gt', '1')], labels: { z: '9223372036854775808' }, want: false },
    'min int64 label': { reqs: [r('z', 'lt', '0')], labels: { z: '-9223372036854775808' }, want: true },
    'notin matches a missing key': { reqs: [r('x', 'notin', 'a')], labels: {}, want: true },
    'not equals matches a missing key': { reqs: [r('x', '!=', 'a')], labels: {}, want: true },
    'not equals fails on the value': { reqs: [r('x', '!=', 'a')], labels: { x: 'a' }, want: false },
    'same key twice is ANDed': { reqs: [r('x', '=', 'a'), r('x', '=', 'b')], labels: { x: 'a' }, want: false },
    'undefined labels: does not exist': { reqs: [r('x', '!')], labels: undefined, want: true },
    'undefined labels: not equals': { reqs: [r('x', '!=', 'a')], labels: undefined, want: true },
    'null labels: exists': { reqs: [r('x', 'exists')], labels: null, want: false },
    'prototype members are not labels: exists': { reqs: [r('constructor', 'exists')], labels: {}, want: false },
    'prototype members are not labels: does not exist': { reqs: [r('toString', '!')], labels: {}, want: true },
    'prototype members are not labels: __proto__': { reqs: [r('hasOwnProperty', 'notin', 'x')], labels: {}, want: true },
    'own label named constructor': { reqs: [r('constructor', '=', 'a')], labels: { constructor: 'a' }, want: true },
    'null-prototype label map': {
      reqs: [r('x', '=', 'a')],
      labels: Object.assign(Object.create(null) as Record<string, string>, { x: 'a' }),
      want: true,
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(selectorOf(tc.reqs).matches(tc.labels), tc.want));

  it('everything() matches objects without labels (TestEverything)', () => {
    assert.equal(everything().matches({ x: 'y' }), true);
    assert.equal(everything().matches(undefined), true);
    assert.equal(everything().empty(), true);
    assert.equal(parseSelector('').matches(undefined), true);
  });
});
