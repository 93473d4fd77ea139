/**
 * The CronJob controller's sync in a cluster, in the spirit of TestControllerV2SyncCronJob: given
 * a CronJob created at 10:29 with an hourly-ish schedule and a Job still running or not, what it
 * creates, deletes and reports by the time the clock reaches `until`.
 */
import assert from 'node:assert/strict';
import { Cluster } from '../../../src/cluster';
import { jobsBeyondLimits } from '../../../src/controllers/cronjob/history';
import { apiErrors } from '../../../src/api/status';

function cronJob(spec: Record<string, unknown>): string {
  return JSON.stringify({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'cj' },
    spec: { jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'work' }] } } } }, ...spec },
  });
}

interface Case {
  spec: Record<string, unknown>;
  /** How long the Job's container runs; undefined = forever. */
  runsForMs?: number;
  stopControllersUntil?: string;
  until: string;
  jobs: number;
  reasons: string[];
}

describe('cronjob controller sync', () => {
  const cases: Record<string, Case> = {
    'allow: a job per run, the oldest finished one deleted beyond three': {
      spec: { schedule: '*/10 * * * *' },
      runsForMs: 1000,
      until: '2026-03-01T11:00:30Z',
      jobs: 3,
      reasons: ['SuccessfulCreate', 'SawCompletedJob', 'SuccessfulDelete'],
    },
    'forbid: a run is skipped while the previous job runs': {
      spec: { schedule: '*/10 * * * *', concurrencyPolicy: 'Forbid' },
      until: '2026-03-01T11:00:30Z',
      jobs: 1,
      reasons: ['SuccessfulCreate', 'JobAlreadyActive'],
    },
    'replace: the running job is deleted for the next run': {
      spec: { schedule: '*/10 * * * *', concurrencyPolicy: 'Replace' },
      until: '2026-03-01T11:00:30Z',
      jobs: 1,
      reasons: ['SuccessfulCreate', 'SuccessfulDelete'],
    },
    'suspended: nothing happens': { spec: { schedule: '*/10 * * * *', suspend: true }, until: '2026-03-01T11:00:30Z', jobs: 0, reasons: [] },
    'history limit 0 keeps no finished job': {
      spec: { schedule: '*/10 * * * *', successfulJobsHistoryLimit: 0 },
      runsForMs: 1000,
      until: '2026-03-01T11:00:30Z',
      jobs: 0,
      reasons: ['SuccessfulCreate', 'SuccessfulDelete'],
    },
    'controllers down past the deadline: no job, no warning': {
      spec: { schedule: '0 * * * *', startingDeadlineSeconds: 30 },
      stopControllersUntil: '2026-03-01T11:05:00Z',
      until: '2026-03-01T11:05:00Z',
      jobs: 0,
      reasons: [],
    },
    'controllers down, no deadline: the missed run starts late': {
      spec: { schedule: '0 * * * *' },
      runsForMs: 1000,
      stopControllersUntil: '2026-03-01T11:05:00Z',
      until: '2026-03-01T11:05:00Z',
      jobs: 1,
      reasons: ['SuccessfulCreate'],
    },
    'an unknown time zone is refused: nothing is scheduled': { spec: { schedule: '0 * * * *', timeZone: 'Mars/Olympus' }, until: '2026-03-01T10:29:00Z', jobs: 0, reasons: [] },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const c = new Cluster({ start: '2026-03-01T10:29:00Z' });
      c.declareImage('work', { runsForMs: tc.runsForMs });
      try {
        c.apply(cronJob(tc.spec));
      } catch {
        // Refused manifests leave nothing behind: the case checks that.
      }
      if (tc.stopControllersUntil) {
        c.stopControllerManager();
        c.advance(Date.parse(tc.stopControllersUntil) - c.now().getTime());
        c.startControllerManager();
      }
      c.advance(Date.parse(tc.until) - c.now().getTime());
      assert.equal(c.list('Job').length, tc.jobs);
      const reasons = [...new Set(c.events().filter((e) => e.involvedObject.kind === 'CronJob').map((e) => e.reason))];
      assert.deepEqual(reasons.sort(), [...tc.reasons].sort());
    });
  }
});

describe('cronjob history limits', () => {
  const job = (name: string, outcome: string | undefined, start?: string) => ({
    metadata: { name },
    status: { startTime: start, conditions: outcome ? [{ type: outcome, status: 'True' }] : [] },
  });
  const jobs = [
    job('a', 'Complete', '2026-03-01T10:00:00Z'),
    job('b', 'Complete', '2026-03-01T09:00:00Z'),
    job('c', 'Complete', undefined),
    job('d', 'Failed', '2026-03-01T08:00:00Z'),
    job('e', 'Failed', '2026-03-01T11:00:00Z'),
    job('f', undefined, '2026-03-01T07:00:00Z'),
  ];
  const cases: Record<string, { successful?: number; failed?: number; expected: string[] }> = {
    'the defaults keep 3 successful and 1 failed': { successful: 3, failed: 1, expected: ['d'] },
    'oldest start first; no start time last': { successful: 1, failed: 1, expected: ['b', 'a', 'd'] },
    'a limit of 0 keeps none': { successful: 0, failed: 0, expected: ['b', 'a', 'c', 'd', 'e'] },
    'no limits: nothing goes': { expected: [] },
    'unfinished jobs never go': { successful: 0, expected: ['b', 'a', 'c'] },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(jobsBeyondLimits(jobs, tc.successful, tc.failed).map((j) => j.metadata.name), tc.expected));
  }
});

/**
 * A Job the API refuses (syncCronJob's default error case, cronjob_controllerv2.go): FailedCreate,
 * and the key retried through the rate limiter (5 ms doubling) until the Job can be created;
 * the runs after it are scheduled as usual.
 */
describe('cronjob controller: a refused Job create is retried', () => {
  const cases: Record<string, { refusals: number; until: string; jobs: string[]; failedCreates: number }> = {
    'refused once: the run starts 5 ms late, the next on time (both 100 ms after their schedule time)': {
      refusals: 1,
      until: '2026-03-01T10:40:30Z',
      jobs: ['cj-29539350@10:30:00.105', 'cj-29539360@10:40:00.100'],
      failedCreates: 1,
    },
    'refused three times: retried after 5, 10 and 20 ms': {
      refusals: 3,
      until: '2026-03-01T10:30:30Z',
      jobs: ['cj-29539350@10:30:00.135'],
      failedCreates: 3,
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const c = new Cluster({ start: '2026-03-01T10:29:00Z' });
      c.declareImage('work', { runsForMs: 1000 });
      c.apply(cronJob({ schedule: '*/10 * * * *' }));
      let refusals = tc.refusals;
      const created: string[] = [];
      const create = c.api.create.bind(c.api);
      c.api.create = ((obj: any, opts?: any) => {
        if (obj.kind === 'Job' && refusals > 0) {
          refusals--;
          throw apiErrors.forbidden('jobs.batch is forbidden: exceeded quota');
        }
        const out = create(obj, opts);
        if (obj.kind === 'Job') created.push(`${out.metadata.name}@${c.now().toISOString().slice(11, 23)}`);
        return out;
      }) as typeof c.api.create;
      c.advance(Date.parse(tc.until) - c.now().getTime());
      assert.deepEqual(created, tc.jobs);
      const failed = c.events().filter((e) => e.reason === 'FailedCreate');
      assert.equal(failed.reduce((n, e) => n + (e.count ?? 1), 0), tc.failedCreates);
      assert.equal(failed[0]?.message, 'Error creating job: jobs.batch is forbidden: exceeded quota');
    });
  }
});
