import assert from 'node:assert/strict';
import { Runtime, RunawayError } from '../../src/sim/runtime';
import { WorkQueue } from '../../src/sim/workqueue';

describe('the runtime', () => {
  it('runs same-instant work in order without moving the clock', () => {
    const rt = new Runtime(1000);
    const seen: string[] = [];
    rt.soon('a', () => {
      seen.push('a');
      rt.soon('c', () => seen.push('c'));
    });
    rt.soon('b', () => seen.push('b'));
    rt.settle();
    assert.deepEqual(seen, ['a', 'b', 'c']);
    assert.equal(rt.now(), 1000);
  });

  it('runs delayed work at its instant, in time order', () => {
    const rt = new Runtime(0);
    const seen: [string, number][] = [];
    rt.after(300, 'late', () => seen.push(['late', rt.now()]));
    rt.after(100, 'early', () => seen.push(['early', rt.now()]));
    rt.advanceTo(1000);
    assert.deepEqual(seen, [
      ['early', 100],
      ['late', 300],
    ]);
    assert.equal(rt.now(), 1000);
  });

  it('stops advancing where a condition first holds', () => {
    const rt = new Runtime(0);
    let n = 0;
    for (let i = 1; i <= 5; i++) rt.after(i * 10, 'tick', () => n++);
    assert.equal(rt.advanceTo(1000, () => n >= 3), true);
    assert.equal(rt.now(), 30);
  });

  it('does not run cancelled work', () => {
    const rt = new Runtime(0);
    let ran = false;
    const h = rt.after(10, 'x', () => (ran = true));
    h.cancelled = true;
    rt.advanceTo(100);
    assert.equal(ran, false);
  });

  it('moves more than 24.8 days at once (fake-timers caps one delay there)', () => {
    const rt = new Runtime(0);
    rt.advanceTo(30 * 86_400_000);
    assert.equal(rt.now(), 30 * 86_400_000);
  });

  it('runs work due more than 24.8 days ahead at its instant', () => {
    const rt = new Runtime(0);
    const seen: number[] = [];
    rt.after(365 * 86_400_000, 'yearly', () => seen.push(rt.now()));
    rt.advanceTo(400 * 86_400_000);
    assert.deepEqual(seen, [365 * 86_400_000]);
  });

  it('refuses to go back in time', () => {
    const rt = new Runtime(100);
    assert.throws(() => rt.advanceTo(50), /Unable to travel back in time/);
  });

  it('stops a controller that never settles and names it', () => {
    const rt = new Runtime(0);
    const queue: WorkQueue = new WorkQueue(rt, 'looping-controller', (key) => queue.add(key));
    queue.add('default/x');
    assert.throws(
      () => rt.settle(),
      (e: Error) => e instanceof RunawayError && /looping-controller default\/x ran 1001 times within one instant/.test(e.message),
    );
  });

  it('names what else ran as often at that instant: the other side of a fight', () => {
    const rt = new Runtime(0);
    const ping: WorkQueue = new WorkQueue(rt, 'ping', (key) => pong.add(key));
    const pong: WorkQueue = new WorkQueue(rt, 'pong', (key) => ping.add(key));
    ping.add('x');
    assert.throws(() => rt.settle(), /^RunawayError: ping x ran 1001 times within one instant: it never settles \(stopped to avoid an endless loop\); also running as often: pong x$/);
  });
});

describe('a work queue', () => {
  it('processes a key added twice once', () => {
    const rt = new Runtime(0);
    const seen: string[] = [];
    const q = new WorkQueue(rt, 'q', (k) => seen.push(k));
    q.add('a');
    q.add('a');
    rt.settle();
    assert.deepEqual(seen, ['a']);
  });

  it('keeps keys while paused and processes them on resume', () => {
    const rt = new Runtime(0);
    const seen: string[] = [];
    const q = new WorkQueue(rt, 'q', (k) => seen.push(k));
    q.pause();
    q.add('a');
    rt.settle();
    assert.deepEqual(seen, []);
    q.resume();
    rt.settle();
    assert.deepEqual(seen, ['a']);
  });

  it('keeps the earliest of two delayed adds', () => {
    const rt = new Runtime(0);
    const seen: number[] = [];
    const q = new WorkQueue(rt, 'q', () => seen.push(rt.now()));
    q.addAfter('a', 500);
    q.addAfter('a', 1000);
    rt.advanceTo(2000);
    assert.deepEqual(seen, [500]);
  });
});
