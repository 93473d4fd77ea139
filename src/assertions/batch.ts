/** Statements about Jobs and CronJobs: finished, failed and why, pods counted, Jobs a CronJob created. */
import { KubeObject } from '../api/types';
import { Cluster } from '../cluster';
import { jobStatusCell } from '../printers/batch';
import { jobNameFor } from '../controllers/cronjob/schedule';
import { Check, check, plural } from './check';

function jobNamed(cluster: Cluster, name: string): KubeObject | undefined {
  return cluster.api.tryGet('Job', 'default', name);
}

function describeJob(job: KubeObject | undefined, name: string): string {
  if (!job) return `job "${name}" does not exist`;
  const conditions = (job.status?.conditions ?? []).filter((c: any) => c.status === 'True').map((c: any) => (c.reason ? `${c.type} (${c.reason})` : c.type));
  const s = job.status ?? {};
  return `it is ${jobStatusCell(job)} with ${s.active ?? 0} active, ${s.succeeded ?? 0} succeeded, ${s.failed ?? 0} failed${conditions.length ? `; conditions ${conditions.join(', ')}` : ''}`;
}

function conditionTrue(job: KubeObject | undefined, type: string): any {
  return (job?.status?.conditions ?? []).find((c: any) => c.type === type && c.status === 'True');
}

export function jobComplete(cluster: Cluster, name: string): Check {
  const job = jobNamed(cluster, name);
  return check(!!conditionTrue(job, 'Complete'), `job "${name}" is complete`, describeJob(job, name));
}

export function jobFailedWithReason(cluster: Cluster, name: string, reason: string): Check {
  const job = jobNamed(cluster, name);
  const failed = conditionTrue(job, 'Failed');
  return check(failed?.reason === reason, `job "${name}" has failed with reason "${reason}"`, describeJob(job, name));
}

/** The Job's counted pods: status.succeeded and status.failed. */
export function jobPodCounts(cluster: Cluster, name: string, succeeded: number, failed: number): Check {
  const job = jobNamed(cluster, name);
  const s = job?.status ?? {};
  const ok = !!job && (s.succeeded ?? 0) === succeeded && (s.failed ?? 0) === failed;
  return check(ok, `job "${name}" has ${succeeded} succeeded and ${plural(failed, 'failed pod')}`, describeJob(job, name));
}

/**
 * Names of the Jobs the CronJob controller ever created for it, from the history, in order. Its
 * Jobs are named `<cronjob>-<minutes>`; one made by hand (`kubectl create job --from`) is not counted.
 */
function jobsCreatedBy(cluster: Cluster, cronJob: string): string[] {
  const scheduledName = new RegExp(`^${cronJob.replace(/[.]/g, '\\.')}-\\d+$`);
  return cluster.history.records
    .filter((r) => r.kind === 'Job' && r.type === 'ADDED' && r.namespace === 'default' && r.owner?.kind === 'CronJob' && r.owner.name === cronJob)
    .map((r) => r.name)
    .filter((name) => scheduledName.test(name));
}

/**
 * Refuses a CronJob that never existed: "did not create a job" and "has created 0 jobs" would
 * hold for a misspelt name. One created and deleted since still counts (its Jobs are history).
 */
function requireCronJob(cluster: Cluster, cronJob: string): void {
  const existed = cluster.history.records.some((r) => r.kind === 'CronJob' && r.type === 'ADDED' && r.namespace === 'default' && r.name === cronJob);
  if (!existed) throw new Error(`cronjob "${cronJob}" was never created in namespace "default"`);
}

function listNames(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  return names.length > 6 ? `${names.slice(0, 3).join(', ')} … ${names.slice(-3).join(', ')}` : names.join(', ');
}

export function cronJobCreatedJobs(cluster: Cluster, cronJob: string, count: number): Check {
  requireCronJob(cluster, cronJob);
  const names = jobsCreatedBy(cluster, cronJob);
  return check(names.length === count, `cronjob "${cronJob}" has created ${plural(count, 'job')}`, `${names.length} created: ${listNames(names)}`);
}

/** "10:30" (or "10:30:15") on the current simulated day, UTC, or an RFC 3339 instant. */
export function scheduledInstant(text: string, now: number): number {
  const hm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (hm) {
    const d = new Date(now);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Number(hm[1]), Number(hm[2]), Number(hm[3] ?? 0));
  }
  const t = Date.parse(text);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(text.trim())) {
    throw new Error(`invalid time "${text}": expected "10:30", "10:30:15" or an RFC 3339 instant such as "2026-03-01T10:30:00Z"`);
  }
  return t;
}

/** Whether the CronJob created the Job of that scheduled time (its name carries the time). */
export function cronJobCreatedJobAt(cluster: Cluster, cronJob: string, when: string, expected: boolean): Check {
  requireCronJob(cluster, cronJob);
  const at = scheduledInstant(when, cluster.now().getTime());
  const name = jobNameFor(cronJob, at);
  const names = jobsCreatedBy(cluster, cronJob);
  const created = names.includes(name);
  const iso = new Date(at).toISOString().replace('.000Z', 'Z');
  return check(
    created === expected,
    `cronjob "${cronJob}" ${expected ? 'created' : 'did not create'} a job at ${iso} (${name})`,
    `it created ${plural(names.length, 'job')}: ${listNames(names)}`,
  );
}
