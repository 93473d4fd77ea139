/** Job and CronJob describers. */
import { KubeObject } from '../../api/types';
import { labelSelectorAsSelector } from '../../labels';
import { humanDuration } from '../print/duration';
import { parseRFC3339 } from '../print/time';
import { describeHeader, maybeEvents, printAnnotationsMultiline, printBoolPtr, printControlledBy, printLabelsMultiline, rfc1123 } from './common';
import { describePodTemplate } from './podTemplate';
import { LEVEL_0, PrefixWriter, tabbed } from './writer';

export interface BatchDescription {
  readonly obj: KubeObject;
  readonly events?: readonly KubeObject[];
  readonly now: number;
}

/** `Selector:` of a job: the selector's string, or why it could not be read. */
function selectorLine(w: PrefixWriter, selector: unknown): void {
  try {
    w.write(LEVEL_0, `Selector:\t${labelSelectorAsSelector(selector as any).toString()}\n`);
  } catch (e) {
    w.write(LEVEL_0, `Selector:\tFailed to get selector: ${(e as Error).message}\n`);
  }
}

/** capIndexesListOrNone: a completed-indexes list cut after the first comma past 50 characters. */
export function capIndexes(indexes: string | undefined, softLimit = 50): string {
  if (!indexes) return '<none>';
  let ix = softLimit;
  while (ix < indexes.length && indexes[ix] !== ',') ix++;
  return ix >= indexes.length ? indexes : `${indexes.slice(0, ix + 1)}...`;
}

const isSet = (v: unknown) => v !== undefined && v !== null;

export function describeJob({ obj: job, events, now }: BatchDescription): string {
  const spec = job.spec ?? {};
  const status = job.status ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${job.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${job.metadata.namespace ?? ''}\n`);
    selectorLine(w, spec.selector);
    printLabelsMultiline(w, 'Labels', job.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', job.metadata.annotations);
    printControlledBy(w, job);
    if (isSet(spec.parallelism)) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
    w.write(LEVEL_0, `Completions:\t${isSet(spec.completions) ? spec.completions : '<unset>'}\n`);
    if (isSet(spec.completionMode)) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
    if (isSet(spec.suspend)) w.write(LEVEL_0, `Suspend:\t${spec.suspend ? 'true' : 'false'}\n`);
    if (isSet(spec.backoffLimit)) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
    if (isSet(spec.ttlSecondsAfterFinished)) w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123(status.startTime)}\n`);
    if (status.completionTime) w.write(LEVEL_0, `Completed At:\t${rfc1123(status.completionTime)}\n`);
    if (status.startTime && status.completionTime) {
      w.write(LEVEL_0, `Duration:\t${humanDuration((parseRFC3339(status.completionTime) ?? 0) - (parseRFC3339(status.startTime) ?? 0))}\n`);
    }
    if (isSet(spec.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
    const active = status.active ?? 0;
    const done = `${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed`;
    if (isSet(status.ready)) w.write(LEVEL_0, `Pods Statuses:\t${active} Active (${status.ready} Ready) / ${done}\n`);
    else w.write(LEVEL_0, `Pods Statuses:\t${active} Active / ${done}\n`);
    if (spec.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${capIndexes(status.completedIndexes)}\n`);
    describePodTemplate(w, spec.template ?? {});
    maybeEvents(w, events, now);
  });
}

/** describeJobTemplate: the job part of a CronJob. */
function describeJobTemplate(w: PrefixWriter, template: any): void {
  const spec = template?.spec ?? {};
  if (spec.selector) selectorLine(w, spec.selector);
  else w.write(LEVEL_0, 'Selector:\t<unset>\n');
  w.write(LEVEL_0, `Parallelism:\t${isSet(spec.parallelism) ? spec.parallelism : '<unset>'}\n`);
  w.write(LEVEL_0, `Completions:\t${isSet(spec.completions) ? spec.completions : '<unset>'}\n`);
  if (isSet(spec.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, spec.template ?? {});
}

export function describeCronJob({ obj: cj, events, now }: BatchDescription): string {
  const spec = cj.spec ?? {};
  const status = cj.status ?? {};
  const unset = (v: unknown, suffix = '') => (isSet(v) ? `${v}${suffix}` : '<unset>');
  return tabbed((w) => {
    describeHeader(w, cj);
    w.write(LEVEL_0, `Schedule:\t${spec.schedule ?? ''}\n`);
    w.write(LEVEL_0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Suspend:\t${printBoolPtr(spec.suspend)}\n`);
    w.write(LEVEL_0, `Successful Job History Limit:\t${unset(spec.successfulJobsHistoryLimit)}\n`);
    w.write(LEVEL_0, `Failed Job History Limit:\t${unset(spec.failedJobsHistoryLimit)}\n`);
    w.write(LEVEL_0, `Starting Deadline Seconds:\t${unset(spec.startingDeadlineSeconds, 's')}\n`);
    describeJobTemplate(w, spec.jobTemplate);
    w.write(LEVEL_0, `Last Schedule Time:\t${status.lastScheduleTime ? rfc1123(status.lastScheduleTime) : '<unset>'}\n`);
    w.write(LEVEL_0, 'Active Jobs:\t');
    const active: any[] = status.active ?? [];
    if (active.length === 0) w.line('<none>');
    else w.line(active.map((j) => j.name ?? '').join(', '));
    maybeEvents(w, events, now);
  });
}
