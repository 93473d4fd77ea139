/**
 * Pod predicates the workload controllers share (k8s.io/kubernetes/pkg/api/v1/pod and
 * controller_utils): active, ready, available after minReadySeconds, terminal.
 */
import { KubeObject } from '../../api/types';
import { parseTime } from '../../api/time';

/** Not finished and not being deleted (`controller.IsPodActive`). */
export function isPodActive(pod: KubeObject): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function isPodTerminal(pod: KubeObject): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

function readyCondition(pod: KubeObject): any {
  return (pod.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
}

export function isPodReady(pod: KubeObject): boolean {
  return readyCondition(pod)?.status === 'True';
}

/** When the pod last became Ready (ms), or undefined when it is not Ready or the time is unset. */
export function readySince(pod: KubeObject): number | undefined {
  const c = readyCondition(pod);
  return c?.status === 'True' ? parseTime(c.lastTransitionTime) : undefined;
}

/** `podutil.IsPodAvailable`: Ready, and Ready for longer than minReadySeconds (strictly). */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const since = readySince(pod);
  return since !== undefined && since + minReadySeconds * 1000 < now;
}
