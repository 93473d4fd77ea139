import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';
import { cronJobCreatedJobAt, cronJobCreatedJobs } from '../../src/assertions/batch';

const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: main, image: busybox}]
`;

describe('CronJob assertions', () => {
  function cluster(): Cluster {
    const c = new Cluster({ nodes: 1, start: '2026-03-01T10:00:30Z' });
    c.apply(CRONJOB);
    c.advance('12 minutes');
    return c;
  }

  const cases: Record<string, { run: (c: Cluster) => { ok: boolean }; ok: boolean }> = {
    'the 10:05 run was created': { run: (c) => cronJobCreatedJobAt(c, 'tick', '10:05', true), ok: true },
    'no run at 10:07': { run: (c) => cronJobCreatedJobAt(c, 'tick', '10:07', false), ok: true },
    'two runs so far': { run: (c) => cronJobCreatedJobs(c, 'tick', 2), ok: true },
    'not three': { run: (c) => cronJobCreatedJobs(c, 'tick', 3), ok: false },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(tc.run(cluster()).ok, tc.ok));

  it('refuses a CronJob that never existed, even where the statement would hold', () => {
    const c = cluster();
    assert.throws(() => cronJobCreatedJobAt(c, 'tock', '10:05', false), { message: 'cronjob "tock" was never created in namespace "default"' });
    assert.throws(() => cronJobCreatedJobs(c, 'tock', 0), { message: /never created/ });
  });

  it('still answers for a CronJob deleted since', () => {
    const c = cluster();
    c.kubectl('delete cronjob tick');
    assert.equal(cronJobCreatedJobs(c, 'tick', 2).ok, true);
  });
});
