import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';
import { clone } from '../../src/api/types';

describe('keys named __proto__, constructor or prototype', () => {
  it('are copied as plain keys', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const copy = clone(input) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    assert.deepEqual(Object.keys(copy), ['__proto__', 'a']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`as a label or annotation (${key}) change no prototype`, () => {
      const c = new Cluster();
      c.kubectl('run p --image=nginx');
      c.kubectl(`annotate pod p ${key}=x`);
      c.apply(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {"${key}": "polluted"}\n`);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'x'), false);
      assert.equal(c.get('ConfigMap', 'cm')!.data[key], 'polluted');
      assert.equal(typeof ({} as any).constructor, 'function');
    });
  }
});
