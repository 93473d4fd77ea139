/** The server-side table rows of Jobs and CronJobs (printJob, printCronJob in pkg/printers/internalversion). */
import { KubeObject } from '../api/types';
import { parseTime } from '../api/time';
import { humanDuration, translateTimestampSince } from '../kubectl/print/duration';
import { formatLabelSelector } from '../labels';
import { KindPrinter, TEMPLATE_WIDE as WIDE, age, col, containerCells } from './columns';

/** `hasJobCondition`: the first condition of the type decides. */
function hasCondition(obj: KubeObject, type: string): boolean {
  return (obj.status?.conditions ?? []).find((c: any) => c.type === type)?.status === 'True';
}

/** The STATUS cell: Complete, Failed, Terminating, Suspended, FailureTarget, else Running. */
export function jobStatusCell(job: KubeObject): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

/** COMPLETIONS: `succeeded/completions`, or for a work-queue Job `succeeded/1` (`of parallelism` when above 1). */
function completionsCell(job: KubeObject): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec?.completions != null) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** DURATION: empty before the start, running time until completion, then start to completion. */
function durationCell(job: KubeObject, now: number): string {
  const start = parseTime(job.status?.startTime);
  if (start === undefined) return '';
  const end = parseTime(job.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

export const jobPrinter: KindPrinter = {
  columns: [col('Name'), col('Status'), col('Completions'), col('Duration'), col('Age'), ...WIDE],
  row: (job: KubeObject, now: number) => [
    job.metadata.name!,
    jobStatusCell(job),
    completionsCell(job),
    durationCell(job, now),
    age(job, now),
    ...containerCells(job.spec?.template?.spec?.containers),
    formatLabelSelector(job.spec?.selector),
  ],
};

function boolPtr(value: unknown): string {
  return value === undefined || value === null ? '<unset>' : value ? 'True' : 'False';
}

export const cronJobPrinter: KindPrinter = {
  columns: [col('Name'), col('Schedule'), col('Timezone'), col('Suspend'), col('Active'), col('Last Schedule'), col('Age'), ...WIDE],
  row: (cj: KubeObject, now: number) => [
    cj.metadata.name!,
    cj.spec?.schedule ?? '',
    cj.spec?.timeZone ?? '<none>',
    boolPtr(cj.spec?.suspend),
    (cj.status?.active ?? []).length,
    cj.status?.lastScheduleTime ? translateTimestampSince(cj.status.lastScheduleTime, now) : '<none>',
    age(cj, now),
    ...containerCells(cj.spec?.jobTemplate?.spec?.template?.spec?.containers),
    formatLabelSelector(cj.spec?.jobTemplate?.spec?.selector),
  ],
};
