import assert from 'node:assert/strict';
import { Requirement, SelectorError, newRequirement, requirementString, selectorOf } from '../../src/labels';
import { NAME_TOO_LONG, VALUE_REGEX, VALUE_TOO_LONG } from './messages';

describe('newRequirement (TestRequirementConstructor)', () => {
  const a254 = 'a'.repeat(254);
  const cases: Record<string, { key: string; op: string; values: string[] | null; want?: string }> = {
    'in without values': {
      key: 'x1',
      op: 'in',
      values: [],
      want: "values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty",
    },
    'notin with a nil slice prints null': {
      key: 'x2',
      op: 'notin',
      values: null,
      want: "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty",
    },
    'in with one value': { key: 'x3', op: 'in', values: ['foo'] },
    'notin with one value': { key: 'x4', op: 'notin', values: ['foo'] },
    'equals with two values': {
      key: 'x5',
      op: '=',
      values: ['bar', 'foo'],
      want: 'values: Invalid value: ["bar","foo"]: exact-match compatibility requires one single value',
    },
    'not equals without values': {
      key: 'x5b',
      op: '!=',
      values: [],
      want: 'values: Invalid value: []: exact-match compatibility requires one single value',
    },
    exists: { key: 'x6', op: 'exists', values: [] },
    'does not exist': { key: 'x7', op: '!', values: null },
    'exists with a value': {
      key: 'x8',
      op: 'exists',
      values: ['foo'],
      want: 'values: Invalid value: ["foo"]: values set must be empty for exists and does not exist',
    },
    'in with the empty value': { key: 'x9', op: 'in', values: [''] },
    'gt with an integer': { key: 'x11', op: 'gt', values: ['1'] },
    'lt with an integer': { key: 'x12', op: 'lt', values: ['6'] },
    'gt without values': {
      key: 'x13',
      op: 'gt',
      values: [],
      want: "values: Invalid value: []: for 'Gt', 'Lt' operators, exactly one value is required",
    },
    'gt with a word': {
      key: 'x14',
      op: 'gt',
      values: ['bar'],
      want: `values[0]: Invalid value: "bar": for 'Gt', 'Lt' operators, the value must be an integer`,
    },
    'lt with a word': {
      key: 'x15',
      op: 'lt',
      values: ['bar'],
      want: `values[0]: Invalid value: "bar": for 'Gt', 'Lt' operators, the value must be an integer`,
    },
    'lt with two values, one not an integer': {
      key: 'x15b',
      op: 'lt',
      values: ['1', 'x'],
      want:
        `[values: Invalid value: ["1","x"]: for 'Gt', 'Lt' operators, exactly one value is required, ` +
        `values[1]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer]`,
    },
    'key over 253 bytes': { key: a254, op: 'exists', values: [], want: `key: Invalid value: "${a254}": ${NAME_TOO_LONG}` },
    'value over 63 bytes': {
      key: 'x16',
      op: '=',
      values: [a254],
      want: `values[0][x16]: Invalid value: "${a254}": ${VALUE_TOO_LONG}`,
    },
    'value with a space': { key: 'x17', op: '=', values: ['a b'], want: `values[0][x17]: Invalid value: "a b": ${VALUE_REGEX}` },
    'unsupported operator': {
      key: 'x18',
      op: 'unsupportedOp',
      values: [],
      want: 'operator: Unsupported value: "unsupportedOp": supported values: "in", "notin", "=", "==", "!=", "gt", "lt", "exists", "!"',
    },
    'value too long and malformed: messages joined by "; "': {
      key: 'k',
      op: 'in',
      values: [`${'a'.repeat(63)}-`],
      want: `values[0][k]: Invalid value: "${'a'.repeat(63)}-": ${VALUE_TOO_LONG}; ${VALUE_REGEX}`,
    },
    'capitalised key from a label set (TestValidatedSelectorFromSet)': {
      key: 'Key',
      op: '=',
      values: ['axahm2EJ8Phiephe2eixohbee9eGeiyees1thuozi1xoh0GiuH3diewi8iem7Nui'],
      want: `values[0][Key]: Invalid value: "axahm2EJ8Phiephe2eixohbee9eGeiyees1thuozi1xoh0GiuH3diewi8iem7Nui": ${VALUE_TOO_LONG}`,
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      if (tc.want === undefined) {
        const r = newRequirement(tc.key, tc.op, tc.values);
        assert.deepEqual({ ...r, values: [...r.values] }, { key: tc.key, operator: tc.op, values: tc.values ?? [] });
      } else {
        assert.throws(
          () => newRequirement(tc.key, tc.op, tc.values),
          (e: unknown) => e instanceof SelectorError && e.message === tc.want,
          `expected: ${tc.want}`,
        );
      }
    });
  }
});

describe('requirement and selector strings (TestToString)', () => {
  const r = (key: string, op: string, ...values: string[]) => newRequirement(key, op, values);
  const cases: Record<string, { reqs: Requirement[]; want: string }> = {
    'in, notin, exists': { reqs: [r('x', 'in', 'abc', 'def'), r('y', 'notin', 'jkl'), r('z', 'exists')], want: 'x in (abc,def),y notin (jkl),z' },
    'notin, not equals, does not exist': {
      reqs: [r('x', 'notin', 'abc', 'def'), r('y', '!=', 'jkl'), r('z', '!')],
      want: 'x notin (abc,def),y!=jkl,!z',
    },
    'empty value in a set': {
      reqs: [r('x', 'notin', 'abc'), r('y', 'in', 'jkl', 'mno'), r('z', 'notin', '')],
      want: 'x notin (abc),y in (jkl,mno),z notin ()',
    },
    'equality flavours kept': {
      reqs: [r('x', '=', 'abc'), r('y', '==', 'jkl'), r('z', '!=', 'a'), r('z', 'exists')],
      want: 'x=abc,y==jkl,z!=a,z',
    },
    'gt and lt': { reqs: [r('x', 'gt', '2'), r('y', 'lt', '8'), r('z', 'exists')], want: 'x>2,y<8,z' },
    'values sorted on output, duplicates kept': { reqs: [r('x', 'in', 'b', 'a', 'a')], want: 'x in (a,a,b)' },
    'requirements sorted by key': { reqs: [r('b', 'exists'), r('a', '!')], want: '!a,b' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(selectorOf(tc.reqs).toString(), tc.want));

  it('does not reorder the stored values', () => {
    const req = r('x', 'in', 'b', 'a');
    assert.equal(requirementString(req), 'x in (a,b)');
    assert.deepEqual(req.values, ['b', 'a']);
  });
});

describe('requiresExactMatch (TestRequiresExactMatch)', () => {
  const raw = (key: string, operator: Requirement['operator'], ...values: string[]): Requirement => ({ key, operator, values });
  const cases: Record<string, { reqs: Requirement[]; label: string; want: string | undefined }> = {
    'in with one value': { reqs: [raw('key', 'in', 'value')], label: 'key', want: 'value' },
    'in with two values': { reqs: [raw('key', 'in', 'value', 'value2')], label: 'key', want: undefined },
    'second requirement': { reqs: [raw('key', 'in', 'value', 'value1'), raw('key2', 'in', 'value2')], label: 'key2', want: 'value2' },
    equals: { reqs: [raw('key', '=', 'value')], label: 'key', want: 'value' },
    'double equals': { reqs: [raw('key', '==', 'value')], label: 'key', want: 'value' },
    'not equals': { reqs: [raw('key', '!=', 'value')], label: 'key', want: undefined },
    'first of two': { reqs: [raw('key', 'in', 'value'), raw('key2', 'in', 'value2')], label: 'key', want: 'value' },
    'only the first requirement on the key counts': { reqs: [raw('key', 'exists'), raw('key', '=', 'v')], label: 'key', want: undefined },
    'absent key': { reqs: [raw('key', '=', 'v')], label: 'other', want: undefined },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(selectorOf(tc.reqs).requiresExactMatch(tc.label), tc.want));
});
