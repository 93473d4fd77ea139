/**
 * Events leave with their etcd lease (src/events/leases.ts): the lease of the minute an Event
 * was last written, which expires an hour and a minute after that minute's first write.
 */
import { strict as assert } from 'node:assert';
import { ApiServer } from '../../src/store/apiserver';
import { EventRecorders } from '../../src/events/recorder';
import { Random } from '../../src/sim/rng';
import { Runtime } from '../../src/sim/runtime';

const S = 1000;
const MIN = 60 * S;
const START = Date.UTC(2026, 0, 1);

/** At a time (ms from the start): an event about a pod, or the Events expected to be stored then. */
type Step = { at: number; event: [pod: string, reason: string] } | { at: number; expect: string[] };

function play(steps: readonly Step[]): void {
  const runtime = new Runtime(START);
  const api = new ApiServer(runtime, new Random(1), 34, 0);
  const recorder = new EventRecorders(api, runtime).for({ component: 'test' });
  for (const step of steps) {
    runtime.advanceTo(START + step.at);
    if ('event' in step) {
      const [name, reason] = step.event;
      recorder.event({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}` } }, 'Normal', reason, reason.toLowerCase());
    } else {
      const stored = api.store.list('Event').map((e) => `${e.involvedObject.name} ${e.reason} x${e.count}`).sort();
      assert.deepEqual(stored, step.expect, `at ${step.at} ms`);
    }
  }
}

describe('Event expiry', () => {
  const cases: Record<string, Step[]> = {
    'the Events of a lease go together, an hour after its first write plus the reuse minute': [
      { at: 0, event: ['a', 'Started'] },
      { at: 30 * S, event: ['b', 'Started'] },
      { at: 61 * MIN - 1, expect: ['a Started x1', 'b Started x1'] },
      { at: 61 * MIN, expect: [] },
    ],
    'an Event written again under a later lease stays until that one expires': [
      { at: 0, event: ['a', 'BackOff'] },
      { at: 50 * MIN, event: ['a', 'BackOff'] },
      { at: 61 * MIN, expect: ['a BackOff x2'] },
      { at: 111 * MIN - 1, expect: ['a BackOff x2'] },
      { at: 111 * MIN, expect: [] },
    ],
    'an Event written again within its lease minute stays no longer than the lease': [
      { at: 0, event: ['a', 'BackOff'] },
      { at: 40 * S, event: ['a', 'BackOff'] },
      { at: 61 * MIN, expect: [] },
    ],
  };
  for (const [name, steps] of Object.entries(cases)) it(name, () => play(steps));
});
