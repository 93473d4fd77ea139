import assert from 'node:assert/strict';
import { Random } from '../../src/sim/rng';
import { generateName, NAME_ALPHABET } from '../../src/store/names';
import { Cluster } from '../../src/cluster';

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    assert.deepEqual([1, 2, 3, 4].map(() => a.nextUint32()), [1, 2, 3, 4].map(() => b.nextUint32()));
  });
  it('gives another sequence for another seed', () => {
    assert.notEqual(new Random(7).nextUint32(), new Random(8).nextUint32());
  });
  it('formats uuids as version 4', () => {
    assert.match(new Random(1).uuid(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('generated names', () => {
  it('are the prefix and five characters of the alphabet', () => {
    assert.match(generateName('kubia-', new Random(1)), new RegExp(`^kubia-[${NAME_ALPHABET}]{5}$`));
  });
  it('cut a long prefix to 58 characters', () => {
    assert.equal(generateName('x'.repeat(70), new Random(1)).length, 63);
  });
});

describe('a whole cluster', () => {
  function run(seed: number): string {
    const c = new Cluster({ nodes: 3, seed });
    for (const name of ['a', 'b', 'c']) c.kubectl(`run ${name} --image=nginx`);
    c.failNode('node-1');
    c.advance('10m');
    return c.kubectl('get pods -o yaml').stdout + c.kubectl('get events -o wide').stdout;
  }
  it('runs the same twice with the same seed', () => assert.equal(run(5), run(5)));
  it('differs with another seed', () => assert.notEqual(run(5), run(6)));
});
