/**
 * `TriggerTimeTracker` (k8s.io/endpointslice/util): the time of the earliest change that led to
 * an endpoints update, exported as the `endpoints.kubernetes.io/last-change-trigger-time`
 * annotation. A pod's trigger time is its Ready condition's last transition; a Service's is its
 * creation. A Service seen for the first time reports its creation time.
 */
import { KubeObject } from '../../api/types';
import { parseTime, rfc3339 } from '../../api/time';

interface State {
  service: number;
  pods: Map<string, number>;
}

export const TRIGGER_TIME_ANNOTATION = 'endpoints.kubernetes.io/last-change-trigger-time';

export class TriggerTimeTracker {
  private readonly states = new Map<string, State>();

  /** The trigger time to export, or undefined for none (the annotation is then removed). */
  compute(key: string, svc: KubeObject, pods: readonly KubeObject[]): number | undefined {
    const state = this.states.get(key);
    let min: number | undefined;
    const podTimes = new Map<string, number>();
    for (const pod of pods) {
      const ready = (pod.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
      const t = parseTime(ready?.lastTransitionTime);
      if (t === undefined) continue;
      podTimes.set(pod.metadata.name!, t);
      if (t > (state?.pods.get(pod.metadata.name!) ?? -Infinity)) min = min === undefined ? t : Math.min(min, t);
    }
    const svcTime = parseTime(svc.metadata.creationTimestamp) ?? 0;
    if (svcTime > (state?.service ?? -Infinity)) min = min === undefined ? svcTime : Math.min(min, svcTime);
    this.states.set(key, { service: svcTime, pods: podTimes });
    return state ? min : svcTime;
  }

  delete(key: string): void {
    this.states.delete(key);
  }
}

/** Sets (or, with no trigger, removes) the annotation; an empty annotation map is dropped. */
export function annotateTriggerTime(meta: { annotations?: Record<string, string> }, trigger: number | undefined): void {
  const annotations = { ...(meta.annotations ?? {}) };
  if (trigger !== undefined) annotations[TRIGGER_TIME_ANNOTATION] = rfc3339(trigger);
  else delete annotations[TRIGGER_TIME_ANNOTATION];
  if (Object.keys(annotations).length) meta.annotations = annotations;
  else delete meta.annotations;
}
