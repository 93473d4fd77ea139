/**
 * A `* * * * *` CronJob over 30 simulated days: 43,200 Jobs, each running a 10-second pod, with
 * the default history limits trimming finished Jobs. Measures wall time and peak heap.
 */
import { Cluster } from '../src/cluster';
import { BenchResult } from './result';

const DAYS = 30;

export function cronJobBench(): BenchResult {
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
  let peakHeap = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let day = 0; day < DAYS; day++) {
    cluster.advance('1 day');
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const wallMs = performance.now() - started;
  const created = cluster.history.records.filter((r) => r.kind === 'Job' && r.type === 'ADDED').length;
  const kept = cluster.list('Job').length;
  if (created !== DAYS * 24 * 60) throw new Error(`expected ${DAYS * 24 * 60} jobs, the CronJob created ${created}`);
  return {
    name: `cronjob * * * * * for ${DAYS} days`,
    wallMs,
    peakHeapMB: peakHeap / 2 ** 20,
    detail: `${created} jobs created, ${kept} kept`,
  };
}
