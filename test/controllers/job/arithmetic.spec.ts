/** The job controller's arithmetic: wanted active pods, completion, and the two back-off limit rules. */
import assert from 'node:assert/strict';
import { Counts, deadlineRemainingMs, exceedsBackoffLimit, isComplete, pastBackoffLimitOnFailure, wantActive } from '../../../src/controllers/job/arithmetic';

describe('job arithmetic', () => {
  describe('wantActive', () => {
    const cases: Record<string, { counts: Counts; expected: number }> = {
      'one completion, nothing done': { counts: { completions: 1, parallelism: 1, succeeded: 0, active: 0 }, expected: 1 },
      'five completions two at a time': { counts: { completions: 5, parallelism: 2, succeeded: 0, active: 0 }, expected: 2 },
      'parallelism capped by remaining completions': { counts: { completions: 5, parallelism: 3, succeeded: 4, active: 1 }, expected: 1 },
      'all completions done': { counts: { completions: 5, parallelism: 2, succeeded: 5, active: 0 }, expected: 0 },
      'more succeeded than completions is not negative': { counts: { completions: 2, parallelism: 2, succeeded: 3, active: 0 }, expected: 0 },
      'parallelism 0 pauses the Job': { counts: { completions: 5, parallelism: 0, succeeded: 1, active: 2 }, expected: 0 },
      'work queue before any success runs parallelism pods': { counts: { parallelism: 3, succeeded: 0, active: 1 }, expected: 3 },
      'work queue after a success keeps only what runs': { counts: { parallelism: 3, succeeded: 1, active: 2 }, expected: 2 },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(wantActive(tc.counts), tc.expected));
  });

  describe('isComplete', () => {
    const cases: Record<string, { completions?: number; succeeded: number; active: number; expected: boolean }> = {
      'completions reached, nothing running': { completions: 5, succeeded: 5, active: 0, expected: true },
      'completions reached, a pod still running': { completions: 5, succeeded: 5, active: 1, expected: false },
      'completions not reached': { completions: 5, succeeded: 4, active: 0, expected: false },
      'work queue: one success and nothing running': { succeeded: 1, active: 0, expected: true },
      'work queue: one success, others running': { succeeded: 1, active: 2, expected: false },
      'work queue: no success yet': { succeeded: 0, active: 0, expected: false },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(isComplete(tc), tc.expected));
  });

  describe('exceedsBackoffLimit (failed > backoffLimit)', () => {
    const cases: Record<string, { failed: number; limit: number; expected: boolean }> = {
      'six failures with the default 6': { failed: 6, limit: 6, expected: false },
      'the seventh failure with the default 6': { failed: 7, limit: 6, expected: true },
      'one failure with a limit of 0': { failed: 1, limit: 0, expected: true },
      'no failure with a limit of 0': { failed: 0, limit: 0, expected: false },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(exceedsBackoffLimit(tc.failed, tc.limit), tc.expected));
  });

  describe('pastBackoffLimitOnFailure (restart counts)', () => {
    const pod = (phase: string, ...restarts: number[]) => ({ status: { phase, containerStatuses: restarts.map((restartCount) => ({ restartCount })) } });
    const cases: Record<string, { policy: string; limit: number; pods: any[]; expected: boolean }> = {
      'restarts reach the limit': { policy: 'OnFailure', limit: 6, pods: [pod('Running', 6)], expected: true },
      'restarts below the limit': { policy: 'OnFailure', limit: 6, pods: [pod('Running', 5)], expected: false },
      'restarts summed over containers and pods': { policy: 'OnFailure', limit: 6, pods: [pod('Running', 2, 1), pod('Pending', 3)], expected: true },
      'finished pods do not count': { policy: 'OnFailure', limit: 2, pods: [pod('Failed', 5), pod('Succeeded', 5)], expected: false },
      'a limit of 0 fails on the first restart': { policy: 'OnFailure', limit: 0, pods: [pod('Running', 1)], expected: true },
      'a limit of 0 and no restart': { policy: 'OnFailure', limit: 0, pods: [pod('Running', 0)], expected: false },
      'restartPolicy Never never counts restarts': { policy: 'Never', limit: 1, pods: [pod('Running', 9)], expected: false },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(pastBackoffLimitOnFailure(tc.policy, tc.limit, tc.pods), tc.expected));
  });

  describe('deadlineRemainingMs', () => {
    const cases: Record<string, { ads?: number; start?: number; suspended: boolean; now: number; expected: number | undefined }> = {
      'no deadline': { start: 0, suspended: false, now: 5000, expected: undefined },
      'not started': { ads: 30, suspended: false, now: 5000, expected: undefined },
      'suspended: the deadline does not run': { ads: 30, start: 0, suspended: true, now: 5000, expected: undefined },
      'before the deadline': { ads: 30, start: 0, suspended: false, now: 5000, expected: 25000 },
      'exactly at the deadline': { ads: 30, start: 0, suspended: false, now: 30000, expected: 0 },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(deadlineRemainingMs(tc.ads, tc.start, tc.suspended, tc.now), tc.expected));
  });
});
