/** The server-side table rows of Jobs and CronJobs (printJob, printCronJob in pkg/printers/internalversion). */
import { KubeObject } from '../api/types';
import { parseTime } from '../api/time';
import { TableColumn } from '../kubectl/print/table';
import { humanDuration, translateTimestampSince } from '../kubectl/print/duration';
import { formatLabelSelector } from '../labels';

const col = (name: string, priority = 0): TableColumn => ({ name, priority, format: name === 'Name' ? 'name' : undefined });
const WIDE = [col('Containers', 1), col('Images', 1), col('Selector', 1)];

/** layoutContainerCells: container names and images, each joined by commas. */
function containerCells(containers: readonly any[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image).join(',')];
}

function hasCondition(obj: KubeObject, type: string): boolean {
  return (obj.status?.conditions ?? []).some((c: any) => c.type === type && c.status === 'True');
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

export const jobPrinter = {
  columns: [col('Name'), col('Status'), col('Completions'), col('Duration'), col('Age'), ...WIDE],
  row: (job: KubeObject, now: number) => [
    job.metadata.name!,
    jobStatusCell(job),
    completionsCell(job),
    durationCell(job, now),
    translateTimestampSince(job.metadata.creationTimestamp, now),
    ...containerCells(job.spec?.template?.spec?.containers),
    formatLabelSelector(job.spec?.selector),
  ],
};

function boolPtr(value: unknown): string {
  return value === undefined || value === null ? '<unset>' : value ? 'True' : 'False';
}

export const cronJobPrinter = {
  columns: [col('Name'), col('Schedule'), col('Timezone'), col('Suspend'), col('Active'), col('Last Schedule'), col('Age'), ...WIDE],
  row: (cj: KubeObject, now: number) => [
    cj.metadata.name!,
    cj.spec?.schedule ?? '',
    cj.spec?.timeZone ?? '<none>',
    boolPtr(cj.spec?.suspend),
    (cj.status?.active ?? []).length,
    cj.status?.lastScheduleTime ? translateTimestampSince(cj.status.lastScheduleTime, now) : '<none>',
    translateTimestampSince(cj.metadata.creationTimestamp, now),
    ...containerCells(cj.spec?.jobTemplate?.spec?.template?.spec?.containers),
    formatLabelSelector(cj.spec?.jobTemplate?.spec?.selector),
  ],
};
