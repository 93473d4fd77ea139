/**
 * A `* * * * *` CronJob over 30 simulated days: 43,200 Jobs, each running a 10-second pod, with
 * the default history limits trimming finished Jobs. Measures wall time and peak heap.
 */
import { Cluster } from '../src/cluster';
import { Row, measure, peakMiB } from './measure';

const DAYS = 30;
export const CRONJOB_TARGET_MS = 5000;

export function benchCronJob(): Row[] {
  const cluster = new Cluster({ start: '2026-03-01T00:00:30Z' });
  cluster.declareImage('tick', { runsForMs: 10_000, exitCode: 0 });
  cluster.apply(
    JSON.stringify({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'every-minute' },
      spec: {
        schedule: '* * * * *',
        jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'tick' }] } } } },
      },
    }),
  );
  const before = { ...cluster.runtime.stats };
  const { wallMs, cpuMs } = measure(() => {
    for (let day = 0; day < DAYS; day++) cluster.advance('1 day');
  });
  const created = cluster.history.records.filter((r) => r.kind === 'Job' && r.type === 'ADDED').length;
  const kept = cluster.list('Job').length;
  if (created !== DAYS * 24 * 60) throw new Error(`expected ${DAYS * 24 * 60} jobs, the CronJob created ${created}`);
  return [
    {
      bench: 'cronjob',
      phase: `* * * * * for ${DAYS} simulated days`,
      wallMs,
      cpuMs,
      peakMiB: peakMiB(),
      tasks: cluster.runtime.stats.tasks - before.tasks,
      instants: cluster.runtime.stats.instants - before.instants,
      target: { figure: cpuMs, limit: CRONJOB_TARGET_MS, unit: 'ms' },
      note: `${created} jobs created, ${kept} kept`,
    },
  ];
}
