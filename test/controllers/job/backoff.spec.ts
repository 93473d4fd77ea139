/** The pod-failure back-off of the job controller: 10 s doubling to 10 minutes, reset by a success. */
import assert from 'node:assert/strict';
import { BackoffRecord, NO_BACKOFF, backoffDelayMs, nextBackoffRecord, remainingBackoffMs } from '../../../src/controllers/job/backoff';

describe('job pod-failure back-off', () => {
  describe('backoffDelayMs', () => {
    const cases: Record<string, { failures: number; expected: number }> = {
      'no failure': { failures: 0, expected: 0 },
      'first failure: 10 s': { failures: 1, expected: 10_000 },
      'second: 20 s': { failures: 2, expected: 20_000 },
      'sixth: 320 s': { failures: 6, expected: 320_000 },
      'seventh: capped at 10 minutes (not 6)': { failures: 7, expected: 600_000 },
      'many: still 10 minutes': { failures: 40, expected: 600_000 },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(backoffDelayMs(tc.failures), tc.expected));
  });

  describe('nextBackoffRecord', () => {
    const cases: Record<string, { old: BackoffRecord; succeeded: number[]; failed: number[]; expected: BackoffRecord }> = {
      'nothing new keeps the record': { old: { failuresAfterLastSuccess: 2, lastFailureTime: 50 }, succeeded: [], failed: [], expected: { failuresAfterLastSuccess: 2, lastFailureTime: 50 } },
      'failures add up, the latest is remembered': { old: { failuresAfterLastSuccess: 1, lastFailureTime: 10 }, succeeded: [], failed: [40, 30], expected: { failuresAfterLastSuccess: 3, lastFailureTime: 40 } },
      'a success clears the record': { old: { failuresAfterLastSuccess: 4, lastFailureTime: 10 }, succeeded: [20], failed: [], expected: NO_BACKOFF },
      'failures before the success are forgotten': { old: NO_BACKOFF, succeeded: [20], failed: [5, 15], expected: NO_BACKOFF },
      'failures after the success count': { old: { failuresAfterLastSuccess: 3, lastFailureTime: 1 }, succeeded: [20], failed: [15, 25, 30], expected: { failuresAfterLastSuccess: 2, lastFailureTime: 30 } },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(nextBackoffRecord(tc.old, tc.succeeded, tc.failed), tc.expected));
  });

  describe('remainingBackoffMs', () => {
    const cases: Record<string, { record: BackoffRecord; now: number; expected: number }> = {
      'no failures: create now': { record: NO_BACKOFF, now: 1000, expected: 0 },
      'one failure 3 s ago: 7 s left': { record: { failuresAfterLastSuccess: 1, lastFailureTime: 0 }, now: 3000, expected: 7000 },
      'one failure 10 s ago: exactly due': { record: { failuresAfterLastSuccess: 1, lastFailureTime: 0 }, now: 10_000, expected: 0 },
      'three failures: 40 s from the last': { record: { failuresAfterLastSuccess: 3, lastFailureTime: 100_000 }, now: 110_000, expected: 30_000 },
      'long past the delay': { record: { failuresAfterLastSuccess: 2, lastFailureTime: 0 }, now: 60_000, expected: 0 },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(remainingBackoffMs(tc.record, tc.now), tc.expected));
  });
});
