/**
 * The CronJob controller (pkg/controller/cronjob, the v2 controller): on each sync it trims the
 * finished Jobs beyond the history limits, reconciles `status.active` with the Jobs it owns, and
 * starts a Job for the most recent run time it has not handled yet; then it asks to be woken
 * 100 ms after the next run time. It is woken only by those requeues and by changes to its
 * CronJobs and their Jobs, so its cost follows the Jobs it creates, not the time that passes.
 */
import { KubeObject, clone, controllerOf, keyOf, splitKey } from '../../api/types';
import { parseTime, rfc3339 } from '../../api/time';
import { NAMESPACE_TERMINATING_CAUSE, StatusError, hasStatusCause } from '../../api/status';
import { CronParseError } from '../../cron';
import { loadLocation } from '../../cron/zone';
import { CRONJOB_SCHEDULED_ANNOTATION } from '../../api/registry/batch/labels';
import { ClusterContext } from '../../context';
import { Controller } from '../controller';
import { isJobFinished } from '../job/conditions';
import { finishedOutcome, jobsBeyondLimits } from './history';
import { NextFn, ScheduleFacts, jobNameFor, nextScheduleTime, nextScheduleTimeDuration } from './schedule';
import { effectiveSchedule, formatRFC3339In, nextFn } from './zonedTime';
import { formatRFC1123Z } from '../../kubectl/print/time';
import { copyWith, copyWithout, shallowCopy } from '../../util/copy';
import { addControllerIndex, controlledBy } from '../workload/indexes';
import { byName, sortInPlace } from '../../util/sort';
import { ItemRateLimiter } from '../rateLimiter';
import { NO_STRINGS } from '../../util/empty';


interface SyncResult {
  /** When to look again (ms from now), if at all. */
  requeueAfter?: number;
  updateStatus: boolean;
  /** syncCronJob returned an error: the key is retried through the rate limiter. */
  failed?: boolean;
}

/** What creating the Job of a run came to: the Job, nothing to do, or an error (retried). */
type Created = KubeObject | 'done' | 'failed';

export class CronJobController extends Controller {
  /** The queue's rate limiter (DefaultControllerRateLimiter): retries after a failed sync. */
  private readonly failures = new ItemRateLimiter();

  constructor(ctx: ClusterContext) {
    super('cronjob-controller', ctx);
    addControllerIndex(ctx.api, 'Job');
    ctx.api.watch('CronJob', (type, cj, old) => {
      const key = keyOf(cj.metadata.namespace, cj.metadata.name!);
      if (type === 'MODIFIED' && old && (old.spec?.schedule !== cj.spec?.schedule || old.spec?.timeZone !== cj.spec?.timeZone)) {
        this.requeueForNewSchedule(key, cj);
        return;
      }
      if (type !== 'DELETED') this.queue.add(key);
    });
    ctx.api.watch('Job', (_type, job, old) => {
      for (const j of old && old !== job ? [old, job] : [job]) {
        const ref = controllerOf(j);
        if (ref?.kind === 'CronJob') this.queue.add(keyOf(j.metadata.namespace, ref.name));
      }
    });
  }

  resync(): void {
    for (const cj of this.ctx.api.store.list('CronJob')) this.queue.add(keyOf(cj.metadata.namespace, cj.metadata.name!));
  }

  /** updateCronJob: a new schedule or zone means a new wake-up time (or a warning if it cannot parse). */
  private requeueForNewSchedule(key: string, cj: KubeObject): void {
    let next: NextFn;
    try {
      next = nextFn(effectiveSchedule(cj.spec.schedule, cj.spec.timeZone ?? undefined));
    } catch (e) {
      if (!(e instanceof CronParseError) && !(e instanceof Error && /time zone|location/.test(e.message))) throw e;
      this.recorder.event(cj, 'Warning', 'UnParseableCronJobSchedule', `unparseable schedule for cronjob: ${cj.spec.schedule}`);
      return;
    }
    this.queue.addAfter(key, nextScheduleTimeDuration(facts(cj), this.now, next));
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const live = this.ctx.api.tryGet('CronJob', namespace, name);
    if (!live) return;
    // processNextWorkItem (cronjob_controllerv2.go): an error from sync is retried with
    // AddRateLimited; a wake-up time forgets the failures; neither leaves the key alone.
    // Only the status is changed below, and only field by field (its `active` list is replaced,
    // never changed in place): a shallow copy of it is enough, the rest is shared with the
    // stored object.
    const cj = copyWith(live, { status: shallowCopy(live.status ?? {}) });
    const jobs = this.jobsOf(cj);
    const cleaned = this.cleanupFinishedJobs(cj, jobs);
    const result = this.syncCronJob(cj, cleaned.size > 0 ? jobs.filter((j) => !cleaned.has(j.metadata.uid!)) : jobs);
    if (cleaned.size > 0 || result.updateStatus) {
      try {
        this.ctx.api.updateStatus(cj);
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
        this.queue.addAfter(key, this.failures.when(key));
        return;
      }
    }
    if (result.requeueAfter !== undefined) {
      this.failures.forget(key);
      this.queue.addAfter(key, result.requeueAfter);
    } else if (result.failed) this.queue.addAfter(key, this.failures.when(key));
  }

  /** getJobsToBeReconciled: the Jobs this CronJob controls. */
  private jobsOf(cj: KubeObject): KubeObject[] {
    const jobs = controlledBy(this.ctx.api, 'Job', cj.metadata.uid!).filter((j) => j.metadata.namespace === cj.metadata.namespace);
    return sortInPlace(jobs, byName);
  }

  /** cleanupFinishedJobs: returns the uids of the Jobs it deleted. */
  private cleanupFinishedJobs(cj: KubeObject, jobs: readonly KubeObject[]): ReadonlySet<string> {
    const beyond = jobsBeyondLimits(jobs, cj.spec.successfulJobsHistoryLimit ?? undefined, cj.spec.failedJobsHistoryLimit ?? undefined);
    // Most syncs find nothing beyond the limits: no set for them.
    if (beyond.length === 0) return NO_STRINGS;
    const deleted = new Set<string>();
    for (const job of beyond) if (this.deleteJob(cj, job)) deleted.add(job.metadata.uid!);
    return deleted;
  }

  /** deleteJob: the Job in the background, then its reference in `status.active`. */
  private deleteJob(cj: KubeObject, job: KubeObject): boolean {
    try {
      this.ctx.api.delete('Job', job.metadata.namespace, job.metadata.name!, { propagationPolicy: 'Background' });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      this.recorder.event(cj, 'Warning', 'FailedDelete', `Deleted job: ${e.message}`);
      return false;
    }
    removeFromActive(cj, job.metadata.uid!);
    this.recorder.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
    return true;
  }

  private syncCronJob(cj: KubeObject, jobs: readonly KubeObject[]): SyncResult {
    let updateStatus = this.reconcileActive(cj, jobs);
    if (cj.metadata.deletionTimestamp) return { updateStatus };
    const timeZone: string | undefined = cj.spec.timeZone ?? undefined;
    if (timeZone !== undefined) {
      try {
        loadLocation(timeZone);
      } catch (e) {
        this.recorder.event(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: ${JSON.stringify(timeZone)}: ${(e as Error).message}`);
        return { updateStatus };
      }
    }
    if (cj.spec.suspend === true) return { updateStatus };
    const schedule: string = cj.spec.schedule;
    if (schedule.includes('TZ')) {
      this.recorder.event(
        cj,
        'Warning',
        'UnsupportedSchedule',
        `CRON_TZ or TZ used in schedule ${JSON.stringify(schedule)} is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details`,
      );
    }
    let next: NextFn;
    try {
      next = nextFn(effectiveSchedule(schedule, timeZone));
    } catch (e) {
      if (!(e instanceof CronParseError)) throw e;
      this.recorder.event(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(schedule)} : ${e.message}`);
      return { updateStatus };
    }
    const now = this.now;
    const decision = nextScheduleTime(facts(cj), now, next);
    if (decision.tooManyMissed) {
      this.recorder.event(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    }
    if (decision.error) {
      this.recorder.event(cj, 'Warning', 'InvalidSchedule', `invalid schedule: ${schedule} : ${decision.error}`);
      return { updateStatus };
    }
    const scheduled = decision.time;
    if (scheduled === undefined) return { requeueAfter: requeueAfter(cj, now, next), updateStatus };
    const sds = cj.spec.startingDeadlineSeconds;
    if (sds != null && scheduled + sds * 1000 < now) {
      this.recorder.event(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${formatRFC1123Z(scheduled)}`);
      return { requeueAfter: requeueAfter(cj, now, next), updateStatus };
    }
    const jobName = jobNameFor(cj.metadata.name!, scheduled);
    const active: any[] = cj.status.active ?? [];
    if (active.some((r) => r.name === jobName) || parseTime(cj.status.lastScheduleTime) === Math.floor(scheduled / 1000) * 1000) {
      return { requeueAfter: requeueAfter(cj, now, next), updateStatus };
    }
    if (cj.spec.concurrencyPolicy === 'Forbid' && active.length > 0) {
      this.recorder.event(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return { requeueAfter: requeueAfter(cj, now, next), updateStatus };
    }
    if (cj.spec.concurrencyPolicy === 'Replace') {
      for (const ref of [...active]) {
        const job = this.ctx.api.tryGet('Job', ref.namespace, ref.name);
        if (!job) {
          this.recorder.event(cj, 'Warning', 'FailedGet', `Get job: jobs.batch "${ref.name}" not found`);
          return { updateStatus, failed: true };
        }
        // "could not replace job": an error.
        if (!this.deleteJob(cj, job)) return { updateStatus, failed: true };
        updateStatus = true;
      }
    }
    const created = this.createJob(cj, scheduled, jobName);
    if (created === 'done') return { updateStatus };
    if (created === 'failed') return { updateStatus, failed: true };
    // A new list: the status is a shallow copy, its list may be the stored version's.
    cj.status.active = [...(cj.status.active ?? []), jobRef(created)];
    cj.status.lastScheduleTime = rfc3339(scheduled);
    return { requeueAfter: requeueAfter(cj, now, next), updateStatus: true };
  }

  /**
   * Creates the Job of a run (syncCronJob). An existing Job of that name it controls and has not
   * in `status.active` is taken silently; one it does not control, or already has, means nothing
   * more to do. Any other refusal is an error, retried through the rate limiter until the Job can
   * be created (a FailedCreate event each time, but not when the namespace is being terminated):
   * the run is not given up and the later ones follow.
   */
  private createJob(cj: KubeObject, scheduled: number, name: string): Created {
    try {
      const job = this.ctx.api.create(jobFromTemplate(cj, scheduled, name), { handOver: true });
      this.recorder.event(cj, 'Normal', 'SuccessfulCreate', `Created job ${job.metadata.name}`);
      return job;
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      if (e.reason === 'AlreadyExists') {
        const existing = this.ctx.api.tryGet('Job', cj.metadata.namespace, name);
        // GetJob failing (gone again) is an error.
        if (!existing) return 'failed';
        if (controllerOf(existing)?.uid !== cj.metadata.uid) return 'done';
        if ((cj.status.active ?? []).some((r: any) => r.uid === existing.metadata.uid)) return 'done';
        return existing;
      }
      // No event when the namespace is being terminated; an error all the same.
      if (!hasStatusCause(e, NAMESPACE_TERMINATING_CAUSE)) this.recorder.event(cj, 'Warning', 'FailedCreate', `Error creating job: ${e.message}`);
      return 'failed';
    }
  }

  /** The first part of syncCronJob: status.active against the Jobs that exist. */
  private reconcileActive(cj: KubeObject, jobs: readonly KubeObject[]): boolean {
    let changed = false;
    for (const job of jobs) {
      const uid = job.metadata.uid!;
      const inActive = (cj.status.active ?? []).some((r: any) => r.uid === uid);
      const finished = isJobFinished(job);
      if (!inActive && !finished) {
        const fresh = this.ctx.api.tryGet('CronJob', cj.metadata.namespace, cj.metadata.name!);
        if ((fresh?.status?.active ?? []).some((r: any) => r.uid === uid)) continue;
        this.recorder.event(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${job.metadata.name}`);
      } else if (inActive && finished) {
        removeFromActive(cj, uid);
        this.recorder.event(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, status: ${finishedOutcome(job)}`);
        changed = true;
      } else if (finishedOutcome(job) === 'Complete') {
        const completed = job.status?.completionTime;
        const last = parseTime(cj.status.lastSuccessfulTime);
        if (completed && (last === undefined || parseTime(completed)! > last)) {
          cj.status.lastSuccessfulTime = completed;
          changed = true;
        }
      }
    }
    // removeFromActive replaces the list (never changes it in place): the one read here stays whole.
    for (const ref of cj.status.active ?? []) {
      if (isChild(jobs, ref.uid)) continue;
      if (this.ctx.api.tryGet('Job', ref.namespace, ref.name)) continue;
      this.recorder.event(cj, 'Normal', 'MissingJob', `Active job went missing: ${ref.name}`);
      removeFromActive(cj, ref.uid);
      changed = true;
    }
    return changed;
  }
}

/** Whether a Job of the list has this uid (a few Jobs: no set of them per sync). */
function isChild(jobs: readonly KubeObject[], uid: string): boolean {
  for (const job of jobs) if (job.metadata.uid === uid) return true;
  return false;
}

/** When to look again: 100 ms after the next run time (reads the status as it is now). */
function requeueAfter(cj: KubeObject, now: number, next: NextFn): number {
  return nextScheduleTimeDuration(facts(cj), now, next);
}

function facts(cj: KubeObject): ScheduleFacts {
  return {
    creationTimestamp: parseTime(cj.metadata.creationTimestamp) ?? 0,
    lastScheduleTime: parseTime(cj.status?.lastScheduleTime),
    startingDeadlineSeconds: cj.spec.startingDeadlineSeconds ?? undefined,
  };
}

/** Drops a Job from `status.active` (the status object is replaced: read `cj.status` again after). */
function removeFromActive(cj: KubeObject, uid: string): void {
  const active = (cj.status.active ?? []).filter((r: any) => r.uid !== uid);
  if (active.length) cj.status.active = active;
  else cj.status = copyWithout(cj.status, 'active');
}

function jobRef(job: KubeObject): any {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    name: job.metadata.name,
    namespace: job.metadata.namespace,
    resourceVersion: job.metadata.resourceVersion,
    uid: job.metadata.uid,
  };
}

/** getJobFromTemplate2: the template's labels, annotations and spec, owned by the CronJob. */
export function jobFromTemplate(cj: KubeObject, scheduled: number, name: string): KubeObject {
  const template = cj.spec.jobTemplate ?? {};
  const annotations = { ...(template.metadata?.annotations ?? {}) };
  annotations[CRONJOB_SCHEDULED_ANNOTATION] = formatRFC3339In(scheduled, cj.spec.timeZone ?? undefined);
  const metadata: any = {
    name,
    namespace: cj.metadata.namespace,
    annotations,
    ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }],
  };
  if (template.metadata?.labels) metadata.labels = { ...template.metadata.labels };
  return { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: clone(template.spec ?? {}) };
}
