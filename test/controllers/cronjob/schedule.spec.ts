/**
 * The CronJob scheduling decision. The mostRecentScheduleTime cases are Kubernetes' own
 * (pkg/controller/cronjob/utils_test.go TestMostRecentScheduleTime), on its clock: the top of the
 * hour is 2016-05-19T10:00:00Z, a Thursday.
 */
import assert from 'node:assert/strict';
import { ScheduleFacts, jobNameFor, mostRecentScheduleTime, nextScheduleTime, nextScheduleTimeDuration, Missed } from '../../../src/controllers/cronjob/schedule';
import { nextFn } from '../../../src/controllers/cronjob/zonedTime';

const TOP = Date.parse('2016-05-19T10:00:00Z');
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const after = (ms: number) => TOP + ms;

interface Case {
  schedule: string;
  cj: ScheduleFacts;
  includeSDS?: boolean;
  now: number;
  earliest?: number;
  recent?: number;
  missed?: Missed;
  error?: boolean;
}

describe('cronjob scheduling', () => {
  describe('mostRecentScheduleTime (TestMostRecentScheduleTime)', () => {
    const cases: Record<string, Case> = {
      'now before next schedule': { schedule: '0 * * * *', cj: { creationTimestamp: TOP }, now: after(30 * S), earliest: TOP },
      'now just after next schedule': { schedule: '0 * * * *', cj: { creationTimestamp: TOP }, now: after(61 * M), recent: after(60 * M), earliest: TOP },
      'missed 5 schedules': { schedule: '0 * * * *', cj: { creationTimestamp: after(10 * S) }, now: after(5 * H), recent: after(5 * H), earliest: after(10 * S), missed: 'few' },
      'complex schedule': {
        schedule: '30 6-16/4 * * 1-5',
        cj: { creationTimestamp: TOP, lastScheduleTime: after(30 * M) },
        now: after(24 * H + 31 * M),
        recent: after(24 * H + 30 * M),
        earliest: after(30 * M),
        missed: 'few',
      },
      'another complex schedule (the estimate misses Friday 12:30)': {
        schedule: '30 10,11,12 * * 1-5',
        cj: { creationTimestamp: TOP, lastScheduleTime: after(30 * M) },
        now: after(30 * H + 30 * M),
        earliest: after(30 * M),
        missed: 'few',
      },
      'complex schedule with longer diff between executions': {
        schedule: '30 6-16/4 * * 1-5',
        cj: { creationTimestamp: TOP, lastScheduleTime: after(30 * M) },
        now: after(96 * H + 31 * M),
        recent: after(96 * H + 30 * M),
        earliest: after(30 * M),
        missed: 'few',
      },
      'complex schedule with shorter diff between executions': {
        schedule: '30 6-16/4 * * 1-5',
        cj: { creationTimestamp: TOP },
        now: after(24 * H + 31 * M),
        recent: after(24 * H + 30 * M),
        earliest: TOP,
        missed: 'few',
      },
      '@every schedule': {
        schedule: '@every 1h',
        cj: { creationTimestamp: after(-59 * M), startingDeadlineSeconds: 10, lastScheduleTime: after(1 * M) },
        now: after(7 * 24 * H),
        recent: after(6 * 24 * H + 23 * H + 1 * M),
        earliest: after(1 * M),
        missed: 'many',
      },
      'rogue cronjob': { schedule: '59 23 31 2 *', cj: { creationTimestamp: after(10 * S) }, now: after(1 * H), error: true },
      'earliestTime being CreationTimestamp and LastScheduleTime': {
        schedule: '0 * * * *',
        cj: { creationTimestamp: TOP, lastScheduleTime: TOP },
        now: after(30 * S),
        earliest: TOP,
      },
      'earliestTime being LastScheduleTime': { schedule: '*/5 * * * *', cj: { creationTimestamp: TOP, lastScheduleTime: after(30 * M) }, now: after(31 * M), earliest: after(30 * M) },
      'earliestTime being LastScheduleTime (within StartingDeadlineSeconds)': {
        schedule: '*/5 * * * *',
        cj: { creationTimestamp: TOP, startingDeadlineSeconds: 60, lastScheduleTime: after(30 * M) },
        now: after(31 * M),
        earliest: after(30 * M),
      },
      'earliestTime being LastScheduleTime (outside StartingDeadlineSeconds)': {
        schedule: '*/5 * * * *',
        cj: { creationTimestamp: TOP, startingDeadlineSeconds: 60, lastScheduleTime: after(30 * M) },
        includeSDS: true,
        now: after(32 * M),
        earliest: after(31 * M),
      },
    };
    for (const [name, tc] of Object.entries(cases)) {
      it(name, () => {
        const r = mostRecentScheduleTime(tc.cj, tc.now, nextFn(tc.schedule), tc.includeSDS ?? false);
        assert.equal(r.error !== undefined, tc.error ?? false, `error: ${r.error}`);
        if (tc.error) return;
        assert.equal(r.earliest, tc.earliest);
        assert.equal(r.mostRecent, tc.recent);
        assert.equal(r.missed, tc.missed ?? 'none');
      });
    }
  });

  describe('nextScheduleTime', () => {
    const cases: Record<string, { schedule: string; cj: ScheduleFacts; now: number; expected?: number; tooMany: boolean }> = {
      'nothing due yet': { schedule: '0 * * * *', cj: { creationTimestamp: TOP }, now: after(30 * M), tooMany: false },
      'the run just due': { schedule: '0 * * * *', cj: { creationTimestamp: TOP }, now: after(H + 100), expected: after(H), tooMany: false },
      'after an outage: only the most recent run': { schedule: '0 * * * *', cj: { creationTimestamp: TOP }, now: after(5 * H + 10 * M), expected: after(5 * H), tooMany: false },
      'a missed run outside startingDeadlineSeconds is not started': {
        schedule: '0 * * * *',
        cj: { creationTimestamp: TOP, startingDeadlineSeconds: 60 },
        now: after(H + 2 * M),
        tooMany: false,
      },
      'a missed run inside startingDeadlineSeconds starts late': {
        schedule: '0 * * * *',
        cj: { creationTimestamp: TOP, startingDeadlineSeconds: 300 },
        now: after(H + 2 * M),
        expected: after(H),
        tooMany: false,
      },
      'over a hundred missed: one run, and a warning': { schedule: '* * * * *', cj: { creationTimestamp: TOP }, now: after(3 * H + 30 * S), expected: after(3 * H), tooMany: true },
      'startingDeadlineSeconds hides the hundred missed': {
        schedule: '* * * * *',
        cj: { creationTimestamp: TOP, startingDeadlineSeconds: 200 },
        now: after(3 * H + 30 * S),
        expected: after(3 * H),
        tooMany: false,
      },
    };
    for (const [name, tc] of Object.entries(cases)) {
      it(name, () => {
        const r = nextScheduleTime(tc.cj, tc.now, nextFn(tc.schedule));
        assert.equal(r.time, tc.expected);
        assert.equal(r.tooManyMissed, tc.tooMany);
      });
    }
  });

  describe('nextScheduleTimeDuration (requeue 100 ms after the next run)', () => {
    const cases: Record<string, { schedule: string; cj: ScheduleFacts; now: number; expected: number }> = {
      'before the first run': { schedule: '0 * * * *', cj: { creationTimestamp: TOP }, now: after(30 * M), expected: 30 * M + 100 },
      'right after a run': { schedule: '0 * * * *', cj: { creationTimestamp: TOP, lastScheduleTime: after(H) }, now: after(H + S), expected: H - S + 100 },
      'another complex schedule waits until Monday 10:30 (66 h)': {
        schedule: '30 10,11,12 * * 1-5',
        cj: { creationTimestamp: TOP, lastScheduleTime: after(30 * M) },
        now: after(30 * H + 30 * M),
        expected: 66 * H + 100,
      },
      'an invalid schedule aims at the next run from now': { schedule: '59 23 31 2 *', cj: { creationTimestamp: TOP }, now: after(H), expected: -62_135_596_800_000 + 100 - after(H) },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(nextScheduleTimeDuration(tc.cj, tc.now, nextFn(tc.schedule)), tc.expected));
  });

  describe('job names', () => {
    const cases: Record<string, { at: string; expected: string }> = {
      'minutes since the epoch': { at: '2026-03-01T10:30:00Z', expected: 'hello-29539350' },
      'seconds are dropped': { at: '2026-03-01T10:30:45Z', expected: 'hello-29539350' },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(jobNameFor('hello', Date.parse(tc.at)), tc.expected));
  });
});
