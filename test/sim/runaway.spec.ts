import assert from 'node:assert/strict';
import { RUNAWAY_LIMIT, RunCounter } from '../../src/sim/runaway';

describe('the runaway counter', () => {
  it('reports a task on its run past the limit, counting the runs before the instant was busy', () => {
    const c = new RunCounter();
    const ids = ['a', 'b', 'c'];
    let reported: { id: string; n: number; run: number } | undefined;
    for (let run = 0; run < 5000 && !reported; run++) {
      const id = ids[run % 3];
      const n = c.count(7, 'queue', id);
      if (n) reported = { id, n, run };
    }
    // 'a' runs at 0, 3, 6, …: its 1001st run is the 3001st task.
    assert.deepEqual(reported, { id: 'a', n: RUNAWAY_LIMIT + 1, run: 3 * RUNAWAY_LIMIT });
  });
  it('starts again at each instant', () => {
    const c = new RunCounter();
    for (let i = 0; i < RUNAWAY_LIMIT; i++) assert.equal(c.count(1, 'queue', 'x'), 0);
    assert.equal(c.count(2, 'queue', 'x'), 0);
  });
  it('names what ran about as often beside a runaway', () => {
    const c = new RunCounter();
    let n = 0;
    for (let run = 0; !n; run++) n = c.count(3, run % 2 ? 'deployment-controller' : 'fighter', 'default/web');
    assert.deepEqual(c.alongside('fighter default/web'), ['deployment-controller default/web']);
  });
});
