import { strict as assert } from 'node:assert';
import { AGGREGATE_CACHE_SIZE, EventAggregator, SimilarityKey } from '../../src/events/aggregator';

const MIN = 60_000;

function key(over: Partial<SimilarityKey> = {}): SimilarityKey {
  return { component: 'replicaset-controller', host: '', kind: 'ReplicaSet', namespace: 'default', name: 'kubia', uid: 'u1', apiVersion: 'apps/v1', type: 'Normal', reason: 'SuccessfulCreate', ...over };
}

/** Which of these events (message, time) are written as the aggregate. */
function aggregated(events: readonly [string, number][], k = key()): boolean[] {
  const a = new EventAggregator();
  return events.map(([message, at]) => a.aggregate(k, message, at));
}

const distinct = (n: number, at = (i: number) => i * 1000): [string, number][] => Array.from({ length: n }, (_, i) => [`Created pod: p${i}`, at(i)]);

describe('the event aggregator (client-go EventAggregator)', () => {
  const cases: [string, [string, number][], boolean[]][] = [
    ['nine different messages are written as they are', distinct(9), Array(9).fill(false)],
    ['the tenth different message within ten minutes is combined, and each new one after', distinct(12), [...Array(9).fill(false), true, true, true]],
    ['the same message again does not count twice', [...distinct(9), ['Created pod: p0', 9000], ['Created pod: p9', 10_000]], [...Array(9).fill(false), false, true]],
    ['once combined, a message still in the set is written as it is (the set stays below ten)', [...distinct(10), ['Created pod: p5', 11_000]], [...Array(9).fill(false), true, false]],
    ['the oldest message leaves the set when one is combined', [...distinct(10), ['Created pod: p0', 11_000]], [...Array(9).fill(false), true, true]],
    ['a gap of more than ten minutes starts again', [...distinct(9), ['Created pod: late', 8000 + 10 * MIN + 1]], Array(10).fill(false)],
    ['a gap of exactly ten minutes does not', [...distinct(9), ['Created pod: late', 8000 + 10 * MIN]], [...Array(9).fill(false), true]],
    ['the ten minutes run from the last event, not the first', distinct(10, (i) => i * 5 * MIN), [...Array(9).fill(false), true]],
  ];
  for (const [what, events, want] of cases) it(what, () => assert.deepEqual(aggregated(events), want));

  it('keeps sources, objects, types and reasons apart', () => {
    const a = new EventAggregator();
    const others: Partial<SimilarityKey>[] = [{ component: 'kubelet' }, { uid: 'u2', name: 'other' }, { type: 'Warning' }, { reason: 'FailedCreate' }];
    for (let i = 0; i < 9; i++) a.aggregate(key(), `m${i}`, 0);
    for (const over of others) assert.equal(a.aggregate(key(over), 'm9', 0), false, JSON.stringify(over));
    assert.equal(a.aggregate(key(), 'm9', 0), true);
  });

  it('forgets the least recently used group beyond its cache of 4,096', () => {
    const a = new EventAggregator();
    for (let i = 0; i < 9; i++) a.aggregate(key(), `m${i}`, 0);
    for (let i = 0; i < AGGREGATE_CACHE_SIZE; i++) a.aggregate(key({ uid: `x${i}`, name: `x${i}` }), 'm', 0);
    assert.equal(a.aggregate(key(), 'm9', 0), false, 'the first group was evicted, so its messages start again');
  });

  it('keeps a group used recently', () => {
    const a = new EventAggregator();
    for (let i = 0; i < 9; i++) a.aggregate(key(), `m${i}`, 0);
    for (let i = 0; i < AGGREGATE_CACHE_SIZE - 1; i++) {
      a.aggregate(key({ uid: `x${i}`, name: `x${i}` }), 'm', 0);
      if (i === AGGREGATE_CACHE_SIZE - 2) a.aggregate(key(), 'm0', 0);
    }
    a.aggregate(key({ uid: 'y', name: 'y' }), 'm', 0);
    assert.equal(a.aggregate(key(), 'm9', 0), true);
  });
});
