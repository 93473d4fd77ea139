/**
 * The job controller (pkg/controller/job): it runs a Job's pods until enough succeed or the Job
 * fails. Pod changes are batched (a sync 1 s after a pod event); Job changes sync at once. Each
 * finished pod is counted through `status.uncountedTerminatedPods` before its tracking finalizer
 * is removed; a failing Job first gets FailureTarget (its pods are deleted), and Failed once none
 * is left terminating; a succeeding one gets SuccessCriteriaMet, then Complete.
 */
import { KubeObject, controllerOf, keyOf, splitKey } from '../../api/types';
import { copyWith, copyWithout, shallowCopy } from '../../util/copy';
import { parseTime, rfc3339 } from '../../api/time';
import { NAMESPACE_TERMINATING_CAUSE, StatusError, hasStatusCause } from '../../api/status';
import { JOB_TRACKING_FINALIZER } from '../../api/registry/batch/labels';
import { ClusterContext } from '../../context';
import { Controller } from '../controller';
import { deadlineRemainingMs, exceedsBackoffLimit, isComplete, pastBackoffLimitOnFailure, wantActive } from './arithmetic';
import { BackoffRecord, NO_BACKOFF, nextBackoffRecord, remainingBackoffMs } from './backoff';
import { JOB_MESSAGE, JOB_REASON, JobCondition, ensureConditionStatus, findCondition, isJobFinished, newCondition } from './conditions';
import { hasTrackingFinalizer, isActive, isPodFailed, isReady, isTerminating, podFinishedTime } from './pods';
import { activePodsForRemoval } from './activePods';
import { completionIndexOf, firstPendingIndexes, formatIndexes, parseIndexes } from './indexes';
import { matchPodFailurePolicy } from './podFailurePolicy';
import { podForJob } from './podTemplate';
import { addControllerIndex, controlledBy } from '../workload/indexes';
import { byName, sortInPlace } from '../../util/sort';
import { NO_STRINGS } from '../../util/empty';

/** syncJobBatchPeriod: pod events are folded into one sync a second later. */
export const SYNC_JOB_BATCH_PERIOD_MS = 1000;
/** MaxPodCreateDeletePerSync. */
const MAX_POD_CHANGES_PER_SYNC = 500;
/** Pods whose Job is gone or finished but still hold the finalizer: queued under this prefix. */
const ORPHAN = 'orphan-pod:';

/** What one sync knows about its Job (syncJobCtx). */
interface SyncState {
  readonly job: KubeObject;
  readonly key: string;
  readonly pods: KubeObject[];
  status: any;
  active: KubeObject[];
  succeeded: number;
  failed: number;
  ready: number;
  terminating: number;
  finished?: JobCondition;
  succeededIndexes?: Set<number>;
  record: BackoffRecord;
}

export class JobController extends Controller {
  private readonly backoff = new Map<string, BackoffRecord>();

  constructor(ctx: ClusterContext) {
    super('job-controller', ctx);
    addControllerIndex(ctx.api, 'Pod');
    ctx.api.watch('Job', (type, job, old) => {
      const key = keyOf(job.metadata.namespace, job.metadata.name!);
      if (type === 'DELETED') {
        for (const pod of this.podsOf(job)) if (hasTrackingFinalizer(pod)) this.queue.add(ORPHAN + keyOf(pod.metadata.namespace, pod.metadata.name!));
      }
      // updateJob: a status-only change (its own writes, mostly) is synced in the next batch, a
      // new generation at once; addJob and deleteJob sync at once.
      if (type === 'MODIFIED' && old && old.metadata.generation === job.metadata.generation) this.queue.addAfter(key, SYNC_JOB_BATCH_PERIOD_MS);
      else this.queue.add(key);
    });
    ctx.api.watch('Pod', (type, pod) => {
      const ref = controllerOf(pod);
      // An orphan (its Job deleted with --cascade=orphan) still carries the tracking finalizer.
      if (!ref && type !== 'DELETED' && hasTrackingFinalizer(pod)) this.queue.add(ORPHAN + keyOf(pod.metadata.namespace, pod.metadata.name!));
      if (!ref || ref.kind !== 'Job') return;
      const job = this.jobByRef(pod.metadata.namespace!, ref.name, ref.uid);
      if (!job) {
        if (type !== 'DELETED' && hasTrackingFinalizer(pod)) this.queue.add(ORPHAN + keyOf(pod.metadata.namespace, pod.metadata.name!));
        return;
      }
      this.queue.addAfter(keyOf(job.metadata.namespace, job.metadata.name!), SYNC_JOB_BATCH_PERIOD_MS);
    });
  }

  resync(): void {
    for (const job of this.ctx.api.store.list('Job')) this.queue.add(keyOf(job.metadata.namespace, job.metadata.name!));
    for (const pod of this.ctx.api.store.list('Pod')) {
      const ref = controllerOf(pod);
      const orphan = !ref || (ref.kind === 'Job' && !this.jobByRef(pod.metadata.namespace!, ref.name, ref.uid));
      if (orphan && hasTrackingFinalizer(pod)) {
        this.queue.add(ORPHAN + keyOf(pod.metadata.namespace, pod.metadata.name!));
      }
    }
  }

  private jobByRef(namespace: string, name: string, uid: string): KubeObject | undefined {
    const job = this.ctx.api.tryGet('Job', namespace, name);
    return job?.metadata.uid === uid ? job : undefined;
  }

  /** The pods the Job controls (the API server's generated selector makes them its own). */
  private podsOf(job: KubeObject): KubeObject[] {
    return sortInPlace(controlledBy(this.ctx.api, 'Pod', job.metadata.uid!), byName);
  }

  sync(key: string): void {
    if (key.startsWith(ORPHAN)) return this.releaseOrphan(key.slice(ORPHAN.length));
    const { namespace, name } = splitKey(key);
    const job = this.ctx.api.tryGet('Job', namespace, name);
    if (!job) {
      this.backoff.delete(key);
      return;
    }
    if (isJobFinished(job)) return;
    this.syncJob(key, job);
  }

  private onlyReplaceFailedPods(job: KubeObject): boolean {
    return job.spec.podReplacementPolicy === 'Failed' || !!job.spec.podFailurePolicy;
  }

  private syncJob(key: string, job: KubeObject): void {
    const spec = job.spec;
    const pods = this.podsOf(job);
    // A shallow copy: this sync sets the status field by field and never changes the stored
    // version's lists or objects in place (conditions and uncounted pods are replaced whole).
    const status = shallowCopy(job.status ?? {});
    status.uncountedTerminatedPods ??= {};
    const uncounted = status.uncountedTerminatedPods;
    const uncountedSucceeded = setOf(uncounted.succeeded);
    const uncountedFailed = setOf(uncounted.failed);
    const onlyFailed = this.onlyReplaceFailedPods(job);
    const tracked = pods.filter((p) => hasTrackingFinalizer(p) && !uncountedSucceeded.has(p.metadata.uid!) && !uncountedFailed.has(p.metadata.uid!));
    const newSucceeded = tracked.filter((p) => p.status?.phase === 'Succeeded');
    const newFailed = tracked.filter((p) => p.status?.phase !== 'Succeeded' && isPodFailed(p, onlyFailed));
    const ignored = newFailed.filter((p) => matchPodFailurePolicy(spec.podFailurePolicy, p)?.action === 'Ignore').length;
    const active = pods.filter(isActive);
    const st: SyncState = {
      job,
      key,
      pods,
      status,
      active,
      succeeded: (status.succeeded ?? 0) + newSucceeded.length + uncountedSucceeded.size,
      failed: (status.failed ?? 0) + newFailed.length - ignored + uncountedFailed.size,
      ready: active.filter(isReady).length,
      terminating: pods.filter(isTerminating).length,
      record: nextBackoffRecord(this.backoff.get(key) ?? NO_BACKOFF, newSucceeded.map(podFinishedTime), newFailed.map(podFinishedTime)),
    };
    const suspended = spec.suspend === true;
    if (!status.startTime && !suspended) status.startTime = rfc3339(this.now);
    const indexed = spec.completionMode === 'Indexed';
    if (indexed) {
      st.succeededIndexes = this.succeededIndexes(job, pods);
      st.succeeded = st.succeededIndexes.size;
    }
    st.finished = this.finishedCondition(st);

    let suspendChanged = false;
    if (st.finished) {
      const { deleted, deletedReady } = this.deletePods(job, st.active, false);
      // Not finished while a pod could not be deleted: its outcome is still open.
      if (deleted !== st.active.length) st.finished = undefined;
      st.terminating += deleted;
      st.ready -= deletedReady;
      st.active = st.active.slice(deleted);
    } else {
      let manageCalled = false;
      if (!job.metadata.deletionTimestamp) {
        this.manageJob(st);
        manageCalled = true;
      }
      const completions = spec.completions ?? undefined;
      if (isComplete({ completions, succeeded: st.succeeded, active: st.active.length })) {
        st.finished = newCondition('SuccessCriteriaMet', 'True', JOB_REASON.completionsReached, JOB_MESSAGE.completionsReached, this.now);
      } else if (manageCalled) {
        suspendChanged = this.updateSuspended(st, suspended);
      }
    }
    const before = job.status ?? {};
    const needsUpdate =
      suspendChanged || st.active.length !== before.active || st.ready !== before.ready || st.terminating !== before.terminating || status.startTime !== before.startTime;
    status.active = st.active.length;
    status.ready = st.ready;
    status.terminating = st.terminating;
    if (this.trackStatusAndRemoveFinalizers(st, needsUpdate || job.status?.uncountedTerminatedPods === undefined)) this.backoff.set(key, st.record);
  }

  /** The terminal condition this sync reaches, if any, before the pods are counted. */
  private finishedCondition(st: SyncState): JobCondition | undefined {
    const { job } = st;
    const conditions: JobCondition[] = st.status.conditions ?? [];
    const met = findCondition(conditions, 'SuccessCriteriaMet');
    if (met?.status === 'True') return met;
    const target = findCondition(conditions, 'FailureTarget');
    if (target?.status === 'True') return newCondition('Failed', 'True', target.reason ?? '', target.message ?? '', this.now);
    if (job.spec.podFailurePolicy) {
      for (const pod of st.pods) {
        if (!hasTrackingFinalizer(pod) || pod.status?.phase !== 'Failed') continue;
        const match = matchPodFailurePolicy(job.spec.podFailurePolicy, pod);
        if (match?.action === 'FailJob') return newCondition('FailureTarget', 'True', JOB_REASON.podFailurePolicy, match.message!, this.now);
      }
    }
    if (exceedsBackoffLimit(st.failed, job.spec.backoffLimit ?? 6) || pastBackoffLimitOnFailure(job.spec.template?.spec?.restartPolicy, job.spec.backoffLimit ?? 6, st.pods)) {
      return newCondition('FailureTarget', 'True', JOB_REASON.backoffLimitExceeded, JOB_MESSAGE.backoffLimitExceeded, this.now);
    }
    const remaining = deadlineRemainingMs(job.spec.activeDeadlineSeconds ?? undefined, parseTime(st.status.startTime), job.spec.suspend === true, this.now);
    if (remaining !== undefined && remaining <= 0) {
      return newCondition('FailureTarget', 'True', JOB_REASON.deadlineExceeded, JOB_MESSAGE.deadlineExceeded, this.now);
    }
    if (remaining !== undefined) this.queue.addAfter(st.key, remaining);
    return undefined;
  }

  /** Indexes that succeeded: those already in the status and those of newly succeeded pods. */
  private succeededIndexes(job: KubeObject, pods: readonly KubeObject[]): Set<number> {
    const completions = job.spec.completions ?? 0;
    const out = new Set(parseIndexes(job.status?.completedIndexes, completions));
    for (const pod of pods) {
      const ix = completionIndexOf(pod);
      if (pod.status?.phase === 'Succeeded' && ix !== undefined && ix < completions) out.add(ix);
    }
    return out;
  }

  /** manageJob: delete surplus pods, or create missing ones once the failure back-off is over. */
  private manageJob(st: SyncState): void {
    const { job } = st;
    const spec = job.spec;
    const indexedCompletions = spec.completionMode === 'Indexed' ? spec.completions : undefined;
    if (spec.suspend === true) {
      this.removeSurplus(st, activePodsForRemoval(st.active, st.active.length, indexedCompletions));
      return;
    }
    const want = wantActive({ completions: spec.completions ?? undefined, parallelism: spec.parallelism ?? 1, succeeded: st.succeeded, active: st.active.length });
    const surplus = activePodsForRemoval(st.active, Math.max(0, st.active.length - want), indexedCompletions).slice(0, MAX_POD_CHANGES_PER_SYNC);
    if (surplus.length) {
      // Deletions and creations never happen in one sync; deletions come first.
      this.removeSurplus(st, surplus);
      return;
    }
    const terminating = this.onlyReplaceFailedPods(job) ? st.terminating : 0;
    let diff = Math.min(want - terminating - st.active.length, MAX_POD_CHANGES_PER_SYNC);
    if (diff <= 0) return;
    const wait = remainingBackoffMs(st.record, this.now);
    if (wait > 0) {
      // enqueueSyncJobWithDelay (pkg/controller/job/job_controller.go): never sooner than the
      // batch period, even when less of the back-off remains.
      this.queue.addAfter(st.key, Math.max(wait, SYNC_JOB_BATCH_PERIOD_MS));
      return;
    }
    // No index for each of `diff` pods (a loop: Array.from over an array-like takes V8's slow
    // generic path, and this runs at every sync that creates a pod).
    let indexes: (number | undefined)[] = [];
    for (let i = 0; i < diff; i++) indexes.push(undefined);
    if (indexedCompletions !== undefined) {
      const activeIndexes = new Set(st.active.map(completionIndexOf).filter((i): i is number => i !== undefined));
      indexes = firstPendingIndexes(st.succeededIndexes ?? new Set(), activeIndexes, diff, indexedCompletions);
      diff = indexes.length;
    }
    for (const index of indexes) {
      const pod = this.createPod(job, index);
      if (!pod) break;
      st.active.push(pod);
    }
  }

  private createPod(job: KubeObject, index: number | undefined): KubeObject | undefined {
    try {
      const pod = this.ctx.api.create(podForJob(job, index), { handOver: true });
      this.recorder.event(job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
      return pod;
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      // manageJob: in a namespace being torn down every creation fails; no event, stop creating.
      if (!hasStatusCause(e, NAMESPACE_TERMINATING_CAUSE)) this.recorder.event(job, 'Warning', 'FailedCreate', `Error creating: ${e.message}`);
      return undefined;
    }
  }

  /** Scale-down and suspension: the finalizer goes first, so these pods are not counted as failed. */
  private removeSurplus(st: SyncState, pods: readonly KubeObject[]): void {
    const { deleted, deletedReady } = this.deletePods(st.job, pods, true);
    const gone = new Set(pods.slice(0, deleted).map((p) => p.metadata.uid));
    st.active = st.active.filter((p) => !gone.has(p.metadata.uid));
    st.ready -= deletedReady;
    st.terminating += deleted;
  }

  /** Deletes pods (RealPodControl.DeletePod), with SuccessfulDelete events; returns how many went. */
  private deletePods(job: KubeObject, pods: readonly KubeObject[], dropFinalizer: boolean): { deleted: number; deletedReady: number } {
    let deleted = 0;
    let deletedReady = 0;
    for (const pod of pods) {
      try {
        if (dropFinalizer) this.removeFinalizer(pod);
        this.ctx.api.delete('Pod', pod.metadata.namespace, pod.metadata.name!, { uid: pod.metadata.uid });
        this.recorder.event(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
        deleted++;
        if (isReady(pod)) deletedReady++;
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
        this.recorder.event(job, 'Warning', 'FailedDelete', `Error deleting: ${e.message}`);
        break;
      }
    }
    return { deleted, deletedReady };
  }

  /** Suspended True on suspension, False on resumption (which also restarts the deadline clock). */
  private updateSuspended(st: SyncState, suspended: boolean): boolean {
    const conditions: JobCondition[] = st.status.conditions ?? [];
    const r = suspended
      ? ensureConditionStatus(conditions, 'Suspended', 'True', 'JobSuspended', 'Job suspended', this.now)
      : ensureConditionStatus(conditions, 'Suspended', 'False', 'JobResumed', 'Job resumed', this.now);
    if (!r.changed) return false;
    st.status.conditions = r.conditions;
    if (suspended) this.recorder.event(st.job, 'Normal', 'Suspended', 'Job suspended');
    else {
      this.recorder.event(st.job, 'Normal', 'Resumed', 'Job resumed');
      st.status.startTime = rfc3339(this.now);
    }
    return true;
  }

  /**
   * trackJobStatusAndRemoveFinalizers: finished pods go into uncountedTerminatedPods (written
   * first), lose their finalizer, then move to the succeeded/failed counts; the terminal
   * condition is written once nothing is uncounted or terminating. Returns false on a conflict.
   */
  private trackStatusAndRemoveFinalizers(st: SyncState, needsUpdate: boolean): boolean {
    const { job, status } = st;
    let flush = needsUpdate;
    if (st.finished?.type === 'FailureTarget') {
      status.conditions = [...(status.conditions ?? []), st.finished];
      flush = true;
      st.finished = newCondition('Failed', 'True', st.finished.reason ?? '', st.finished.message ?? '', this.now);
    }
    if (st.finished?.type === 'SuccessCriteriaMet') {
      if (!findCondition(status.conditions, 'SuccessCriteriaMet')) {
        status.conditions = [...(status.conditions ?? []), st.finished];
        flush = true;
      }
      st.finished = newCondition('Complete', 'True', st.finished.reason ?? '', st.finished.message ?? '', this.now);
    }
    const uncounted = status.uncountedTerminatedPods;
    const succeededUids: string[] = [...(uncounted.succeeded ?? [])];
    const failedUids: string[] = [...(uncounted.failed ?? [])];
    const indexed = job.spec.completionMode === 'Indexed';
    const completions = job.spec.completions ?? 0;
    const onlyFailed = this.onlyReplaceFailedPods(job);
    const toRelease: KubeObject[] = [];
    for (const pod of st.pods) {
      if (!hasTrackingFinalizer(pod)) continue;
      const uid = pod.metadata.uid!;
      const failed = isPodFailed(pod, onlyFailed);
      const phase = pod.status?.phase;
      if (!(job.metadata.deletionTimestamp || st.finished || phase === 'Succeeded' || failed)) continue;
      toRelease.push(pod);
      if (phase === 'Succeeded' && !failedUids.includes(uid)) {
        if (!indexed && !succeededUids.includes(uid)) {
          succeededUids.push(uid);
          flush = true;
        }
      } else if (failed || (st.finished && st.finished.type !== 'Complete')) {
        const ix = completionIndexOf(pod);
        if (failedUids.includes(uid) || (indexed && (ix === undefined || ix >= completions))) continue;
        if (job.spec.podFailurePolicy && matchPodFailurePolicy(job.spec.podFailurePolicy, pod)?.action === 'Ignore') {
          continue;
        }
        failedUids.push(uid);
        flush = true;
      }
    }
    if (indexed) {
      const completed = formatIndexes(st.succeededIndexes ?? []);
      if (completed !== (status.completedIndexes ?? '')) flush = true;
      if (completed) status.completedIndexes = completed;
      else delete status.completedIndexes;
      status.succeeded = st.succeededIndexes?.size ?? 0;
    }
    try {
      let latest = job;
      if (flush) {
        status.uncountedTerminatedPods = uncountedOf(succeededUids, failedUids);
        latest = this.writeStatus(latest, status);
        flush = false;
      }
      let released = NO_STRINGS;
      if (toRelease.length) {
        const removed = new Set<string>();
        for (const pod of toRelease) if (this.removeFinalizer(pod)) removed.add(pod.metadata.uid!);
        released = removed;
      }
      const stillSucceeded = succeededUids.filter((u) => !released.has(u) && this.holdsFinalizer(st, u));
      const stillFailed = failedUids.filter((u) => !released.has(u) && this.holdsFinalizer(st, u));
      if (stillSucceeded.length !== succeededUids.length || stillFailed.length !== failedUids.length) {
        if (!indexed) status.succeeded = (status.succeeded ?? 0) + succeededUids.length - stillSucceeded.length;
        status.failed = (status.failed ?? 0) + failedUids.length - stillFailed.length;
        status.uncountedTerminatedPods = uncountedOf(stillSucceeded, stillFailed);
        flush = true;
      }
      if (!status.succeeded) delete status.succeeded;
      if (!status.failed) delete status.failed;
      const finished = this.enactFinished(st, stillSucceeded.length + stillFailed.length);
      if (finished || flush) latest = this.writeStatus(latest, status);
      if (finished) this.recordFinished(latest, st.finished!);
      return true;
    } catch (e) {
      if (e instanceof StatusError && e.reason === 'Conflict') {
        this.queue.add(st.key);
        return false;
      }
      throw e;
    }
  }

  private holdsFinalizer(st: SyncState, uid: string): boolean {
    const pod = st.pods.find((p) => p.metadata.uid === uid);
    if (!pod) return false;
    const live = this.ctx.api.tryGet('Pod', pod.metadata.namespace, pod.metadata.name!);
    return !!live && live.metadata.uid === uid && hasTrackingFinalizer(live);
  }

  /** enactJobFinished: the terminal condition, once every pod is counted and none terminates. */
  private enactFinished(st: SyncState, uncounted: number): boolean {
    const cond = st.finished;
    if (!cond || uncounted > 0 || st.terminating > 0) return false;
    const r = ensureConditionStatus(st.status.conditions ?? [], cond.type, cond.status, cond.reason ?? '', cond.message ?? '', parseTime(cond.lastTransitionTime)!);
    st.status.conditions = r.conditions;
    if (cond.type === 'Complete') st.status.completionTime = cond.lastTransitionTime;
    return true;
  }

  private recordFinished(job: KubeObject, cond: JobCondition): void {
    if (cond.type === 'Complete') {
      if (job.spec.completions != null && (job.status.succeeded ?? 0) > job.spec.completions) {
        this.recorder.event(job, 'Warning', 'TooManySucceededPods', 'Too many succeeded pods running after completion count reached');
      }
      this.recorder.event(job, 'Normal', 'Completed', 'Job completed');
    } else {
      this.recorder.event(job, 'Warning', cond.reason ?? '', cond.message ?? '');
    }
  }

  private writeStatus(job: KubeObject, status: any): KubeObject {
    // A copy: this sync goes on setting fields of `status` after writing it (only fields: a
    // shallow copy keeps the written version as it was).
    return this.ctx.api.updateStatus(copyWith(job, { status: shallowCopy(status) }));
  }

  /** Removes the tracking finalizer (a patch of the pod); false if the pod is gone. */
  private removeFinalizer(pod: KubeObject): boolean {
    const live = this.ctx.api.tryGet('Pod', pod.metadata.namespace, pod.metadata.name!);
    if (!live || live.metadata.uid !== pod.metadata.uid) return true;
    if (!hasTrackingFinalizer(live)) return true;
    const finalizers = (live.metadata.finalizers ?? []).filter((f) => f !== JOB_TRACKING_FINALIZER);
    const metadata = finalizers.length ? copyWith(live.metadata, { finalizers }) : copyWithout(live.metadata, 'finalizers');
    this.ctx.api.update(copyWith(live, { metadata }));
    return true;
  }

  /** handleOrphanPod: a pod whose Job is gone (or finished) must not keep its finalizer. */
  private releaseOrphan(podKey: string): void {
    const { namespace, name } = splitKey(podKey);
    const pod = this.ctx.api.tryGet('Pod', namespace, name);
    if (!pod || !hasTrackingFinalizer(pod)) return;
    const ref = controllerOf(pod);
    const job = ref ? this.jobByRef(namespace!, ref.name, ref.uid) : undefined;
    if (job && !isJobFinished(job)) return;
    this.removeFinalizer(pod);
  }
}

function setOf(uids: readonly string[] | undefined): ReadonlySet<string> {
  return uids?.length ? new Set(uids) : NO_STRINGS;
}


function uncountedOf(succeeded: readonly string[], failed: readonly string[]): any {
  const out: any = {};
  if (succeeded.length) out.succeeded = [...succeeded];
  if (failed.length) out.failed = [...failed];
  return out;
}
