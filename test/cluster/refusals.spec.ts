import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';

// The Cluster API refuses what it cannot use with a sentence, never a TypeError, and keeps its clock.
describe('Cluster API refusals', () => {
  const cases: Record<string, { run: (c: Cluster) => unknown; message: RegExp }> = {
    'a duration it cannot read': { run: (c) => c.advance('soon'), message: /^invalid duration "soon"/ },
    'a negative number of milliseconds': { run: (c) => c.advance(-5), message: /^invalid duration -5: expected milliseconds, 0 or more/ },
    'NaN milliseconds': { run: (c) => c.advanceUntil(NaN, () => true), message: /^invalid duration NaN/ },
    'an infinite wait': { run: (c) => c.advanceWhile(Infinity, () => true), message: /^invalid duration Infinity/ },
    'a negative number of nodes': { run: () => new Cluster({ nodes: -1 }), message: /^invalid number of nodes -1: expected a whole number, 0 or more$/ },
    'a fractional number of nodes': { run: () => new Cluster({ nodes: 2.5 }), message: /^invalid number of nodes 2\.5/ },
    'an image without a name': { run: (c) => c.declareImage(' ', {}), message: /^an image needs a name/ },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(`refuses ${name}`, () => {
      const c = new Cluster({ nodes: 1 });
      const before = c.now().getTime();
      assert.throws(() => tc.run(c), (e: unknown) => e instanceof Error && !(e instanceof TypeError) && tc.message.test(e.message));
      assert.equal(c.now().getTime(), before);
    });
  }
});
