/**
 * Pod predicates the workload controllers share (k8s.io/kubernetes/pkg/api/v1/pod and
 * controller_utils): active, ready, available after minReadySeconds, terminal.
 */
import { KubeObject } from '../../api/types';
import { parseTime } from '../../api/time';

export interface PodFacts {
  readonly active: boolean;
  readonly ready: boolean;
  readonly readySince?: number;
}

/**
 * Stored objects never change, so what a sync reads of a pod is computed once per version:
 * a large ReplicaSet reads its thousands of pods on every sync.
 */
const FACTS = new WeakMap<KubeObject, PodFacts>();

function factsOf(pod: KubeObject): PodFacts {
  let f = FACTS.get(pod);
  if (!f) FACTS.set(pod, (f = podFacts(pod)));
  return f;
}

/** What the predicates below read of a pod, computed afresh (for a pod looked at once). */
export function podFacts(pod: KubeObject): PodFacts {
  const phase = pod.status?.phase;
  const ready = (pod.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  return {
    active: phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp,
    ready: ready?.status === 'True',
    readySince: ready?.status === 'True' ? parseTime(ready.lastTransitionTime) : undefined,
  };
}

/** Not finished and not being deleted (`controller.IsPodActive`). */
export function isPodActive(pod: KubeObject): boolean {
  return factsOf(pod).active;
}

export function isPodTerminal(pod: KubeObject): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

export function isPodReady(pod: KubeObject): boolean {
  return factsOf(pod).ready;
}

/** When the pod last became Ready (ms), or undefined when it is not Ready or the time is unset. */
export function readySince(pod: KubeObject): number | undefined {
  return factsOf(pod).readySince;
}

/** `podutil.IsPodAvailable`: Ready, and Ready for longer than minReadySeconds (strictly). */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const since = readySince(pod);
  return since !== undefined && since + minReadySeconds * 1000 < now;
}
