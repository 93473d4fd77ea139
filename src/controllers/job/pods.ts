/** What the job controller reads off its pods: active, terminating, failed, ready, finished when. */
import { parseTime } from '../../api/time';
import { JOB_TRACKING_FINALIZER } from '../../api/registry/batch/labels';

export function isTerminal(pod: any): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** FilterActivePods: not finished and not being deleted. */
export function isActive(pod: any): boolean {
  return !isTerminal(pod) && !pod.metadata.deletionTimestamp;
}

/** Being deleted but not finished (status.terminating). */
export function isTerminating(pod: any): boolean {
  return !!pod.metadata.deletionTimestamp && !isTerminal(pod);
}

export function isReady(pod: any): boolean {
  return (pod.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
}

export function hasTrackingFinalizer(pod: any): boolean {
  return (pod.metadata.finalizers ?? []).includes(JOB_TRACKING_FINALIZER);
}

/**
 * isPodFailed: phase Failed; or, unless only failed pods are replaced (podReplacementPolicy
 * Failed, or a podFailurePolicy), deleted before it succeeded, so that orphans count as failures.
 */
export function isPodFailed(pod: any, onlyReplaceFailedPods: boolean): boolean {
  if (pod.status?.phase === 'Failed') return true;
  if (onlyReplaceFailedPods) return false;
  return !!pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded';
}

/**
 * getFinishedTime: the latest container finish when every container terminated, else when Ready
 * turned False, else the deletion time less the grace period, else the creation time.
 */
export function podFinishedTime(pod: any): number {
  const statuses: any[] = pod.status?.containerStatuses ?? [];
  let latest: number | undefined;
  let allTerminated = statuses.length > 0;
  for (const s of statuses) {
    const t = parseTime(s.state?.terminated?.finishedAt);
    if (t === undefined) {
      allTerminated = false;
      break;
    }
    if (latest === undefined || t > latest) latest = t;
  }
  if (allTerminated && latest !== undefined) return latest;
  const ready = (pod.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  const readyFalse = ready?.status === 'False' ? parseTime(ready.lastTransitionTime) : undefined;
  if (readyFalse !== undefined) return readyFalse;
  const deletion = parseTime(pod.metadata.deletionTimestamp);
  if (deletion !== undefined) return deletion - (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
  return parseTime(pod.metadata.creationTimestamp) ?? 0;
}

/** The highest restart count among a pod's containers (ActivePods rule 5). */
export function maxContainerRestarts(pod: any): number {
  let max = 0;
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) max = Math.max(max, s.restartCount ?? 0);
  return max;
}
