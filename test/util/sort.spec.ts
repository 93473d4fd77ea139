import assert from 'node:assert/strict';
import { sortInPlace } from '../../src/util/sort';
import { nextBackoffRecord, NO_BACKOFF } from '../../src/controllers/job/backoff';

describe('sorting short arrays in place', () => {
  const byKey = (a: { k: number }, b: { k: number }) => a.k - b.k;
  for (const n of [0, 1, 2, 5, 16, 17, 40]) {
    it(`sorts ${n} items stably, as Array.prototype.sort does`, () => {
      const items = Array.from({ length: n }, (_, i) => ({ k: (i * 7919) % 5, i }));
      const want = [...items].sort(byKey);
      assert.deepEqual(sortInPlace([...items], byKey), want);
    });
  }
});

/** nextBackoffRecord as it was written first (sorting the times), to hold the loop version to. */
function referenceBackoff(old: { failuresAfterLastSuccess: number; lastFailureTime?: number }, succeededAt: number[], failedAt: number[]) {
  const succeeded = [...succeededAt].sort((a, b) => a - b);
  const failed = [...failedAt].sort((a, b) => a - b);
  if (succeeded.length === 0) {
    if (failed.length === 0) return old;
    return { failuresAfterLastSuccess: old.failuresAfterLastSuccess + failed.length, lastFailureTime: failed[failed.length - 1] };
  }
  const lastSuccess = succeeded[succeeded.length - 1];
  const after = failed.filter((t) => t > lastSuccess);
  if (after.length === 0) return NO_BACKOFF;
  return { failuresAfterLastSuccess: after.length, lastFailureTime: after[after.length - 1] };
}

describe('the job back-off record', () => {
  const cases: Record<string, [number[], number[]]> = {
    'nothing new': [[], []],
    'failures only': [[], [30, 10, 20]],
    'a success clears': [[15], [10]],
    'failures after the last success': [[15, 5], [10, 40, 20]],
    'equal times': [[20], [20, 20, 25, 25]],
  };
  for (const [name, [succeeded, failed]] of Object.entries(cases)) {
    it(name, () => {
      const old = { failuresAfterLastSuccess: 2, lastFailureTime: 3 };
      assert.deepEqual(nextBackoffRecord(old, succeeded, failed), referenceBackoff(old, succeeded, failed));
    });
  }
});
