import assert from 'node:assert/strict';
import { BackoffEntry, inBackoffSince, nextBackoff, restartAt } from '../../src/kubelet/backoff';

describe('CrashLoopBackOff', () => {
  const cases: Record<string, { entry?: BackoffEntry; finishedAt: number; now: number; want: number }> = {
    'first crash: restart at once': { finishedAt: 0, now: 0, want: 0 },
    'second crash within the back-off: wait 10 s from the crash': { entry: { backoffMs: 10_000, lastUpdate: 0 }, finishedAt: 5_000, now: 5_000, want: 15_000 },
    'back-off already served: restart now': { entry: { backoffMs: 10_000, lastUpdate: 0 }, finishedAt: 5_000, now: 16_000, want: 16_000 },
    'a doubled back-off': { entry: { backoffMs: 40_000, lastUpdate: 100_000 }, finishedAt: 120_000, now: 120_000, want: 160_000 },
    'an entry untouched for more than 10 minutes has expired': { entry: { backoffMs: 300_000, lastUpdate: 0 }, finishedAt: 600_001, now: 600_001, want: 600_001 },
    'an entry untouched for exactly 10 minutes still holds': { entry: { backoffMs: 300_000, lastUpdate: 0 }, finishedAt: 600_000, now: 600_000, want: 900_000 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(restartAt(tc.entry, tc.finishedAt, tc.now), tc.want));
  }

  it('doubles from 10 s up to 300 s', () => {
    let entry: BackoffEntry | undefined;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      entry = nextBackoff(entry, i * 1000);
      seen.push(entry.backoffMs / 1000);
    }
    assert.deepEqual(seen, [10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('starts again from 10 s after an expired entry', () => {
    const entry = nextBackoff({ backoffMs: 300_000, lastUpdate: 0 }, 700_000);
    assert.deepEqual(entry, { backoffMs: 10_000, lastUpdate: 700_000 });
  });

  it('is not in back-off without an entry', () => {
    assert.equal(inBackoffSince(undefined, 0, 0), false);
  });
});
