import assert from 'node:assert/strict';
import { copyWith, shallowCopy } from '../../src/util/copy';

describe('shallow copies through stores', () => {
  const cases: Record<string, { obj: object; fields?: Record<string, unknown> }> = {
    'a plain object': { obj: { a: 1, b: { c: 2 }, d: undefined } },
    'new fields come last, existing ones keep their place': { obj: { a: 1, b: 2, c: 3 }, fields: { b: 20, z: 26 } },
    'no fields': { obj: { x: [1, 2] }, fields: {} },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(`copies ${name} as spread does`, () => {
      const want = { ...tc.obj, ...(tc.fields ?? {}) };
      const got = tc.fields ? copyWith(tc.obj, tc.fields) : shallowCopy(tc.obj);
      assert.deepEqual(got, want);
      assert.deepEqual(Object.keys(got), Object.keys(want));
      assert.notEqual(got, tc.obj);
    });
  }
  it('keeps a __proto__ field as a field, not a prototype', () => {
    const obj = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const got = shallowCopy(obj) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(got), Object.prototype);
    assert.deepEqual(Object.keys(got), ['__proto__', 'a']);
    assert.equal((got as { polluted?: boolean }).polluted, undefined);
  });
  it('shares the parts it does not copy', () => {
    const inner = { deep: true };
    assert.equal((shallowCopy({ inner }) as { inner: object }).inner, inner);
  });
});
