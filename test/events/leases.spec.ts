import { strict as assert } from 'node:assert';
import { LeaseManager } from '../../src/events/leases';

const S = 1000;
const HOUR = 3600 * S;

/** The expiry each write gets, for writes at these times (ms) under a TTL of `ttl` seconds. */
function expiries(ttl: number, writes: readonly number[]): number[] {
  const leases = new LeaseManager<number>(ttl);
  return writes.map((t) => leases.leaseFor(t).lease.expiresAt);
}

describe('etcd leases of Events (the API server lease manager)', () => {
  const cases: [string, number, number[], number[]][] = [
    ['the first write gets a lease of the TTL plus the 60 s reuse window', 3600, [0], [HOUR + 60 * S]],
    ['writes within the window share it', 3600, [0, 1 * S, 59 * S], [HOUR + 60 * S, HOUR + 60 * S, HOUR + 60 * S]],
    ['a write at the end of the window gets a new one', 3600, [0, 60 * S], [HOUR + 60 * S, HOUR + 120 * S]],
    ['writes at the instant of the grant share it (the real clock has moved on between them)', 3600, [5 * S, 5 * S], [HOUR + 65 * S, HOUR + 65 * S]],
    ['the window is 5 % of a short TTL', 600, [0, 29 * S, 30 * S], [630 * S, 630 * S, 660 * S]],
  ];
  for (const [what, ttl, writes, want] of cases) it(what, () => assert.deepEqual(expiries(ttl, writes), want));

  it('attaches at most 1,000 objects to one lease', () => {
    const leases = new LeaseManager<number>(3600);
    const first = leases.leaseFor(0).lease;
    const got = Array.from({ length: 1000 }, (_, i) => leases.leaseFor(1 + i).lease);
    assert.equal(got.filter((l) => l === first).length, 999);
    assert.notEqual(got[999], first);
    assert.equal(got[999].expiresAt, 1000 + HOUR + 60 * S);
  });

  it('says when a lease is new', () => {
    const leases = new LeaseManager<number>(3600);
    assert.deepEqual([0, 0, 10 * S, 70 * S].map((t) => leases.leaseFor(t).fresh), [true, false, false, true]);
  });
});
