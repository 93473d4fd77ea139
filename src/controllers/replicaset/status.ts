/**
 * A ReplicaSet's (or ReplicationController's) status from the pods it owns (`calculateStatus`):
 * replicas, those carrying all the template labels, Ready ones, those available after
 * minReadySeconds, and the ReplicaFailure condition while creating or deleting pods fails.
 * Optional counts are left out when zero, as the API serialises them.
 */
import { KubeObject } from '../../api/types';
import { shallowCopy } from '../../util/copy';
import { rfc3339 } from '../../api/time';
import { selectorFromSet } from '../../labels';
import { isPodAvailable, isPodReady } from '../workload/podutil';
import { cachedMatcher } from '../workload/matcher';

export interface ManageError {
  /** Whether pods were missing (FailedCreate) or in excess (FailedDelete). */
  readonly reason: 'FailedCreate' | 'FailedDelete' | '';
  readonly message: string;
}

function omitZero(status: Record<string, unknown>, field: string, value: number): void {
  if (value) status[field] = value;
  else delete status[field];
}

/** The counts a status reports. */
export interface PodCounts {
  readonly replicas: number;
  readonly fullyLabeled: number;
  readonly ready: number;
  readonly available: number;
}

/** Counts the claimed pods: all of them, those with every template label, Ready, available. */
export function countPods(rs: KubeObject, pods: readonly KubeObject[], now: number): PodCounts {
  const hasTemplateLabels = cachedMatcher(selectorFromSet(rs.spec?.template?.metadata?.labels ?? {}));
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
  for (const pod of pods) {
    if (hasTemplateLabels(pod.metadata.labels)) fullyLabeled++;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReadySeconds, now)) available++;
    }
  }
  return { replicas: pods.length, fullyLabeled, ready, available };
}

export function calculateReplicaSetStatus(rs: KubeObject, pods: readonly KubeObject[], error: ManageError | undefined, now: number): any {
  return replicaSetStatus(rs, countPods(rs, pods, now), error, now);
}

/** The status for these counts, with the ReplicaFailure condition set or lifted. */
export function replicaSetStatus(rs: KubeObject, counts: PodCounts, error: ManageError | undefined, now: number): any {
  const status: any = shallowCopy(rs.status ?? {});
  const conditions: any[] = status.conditions ?? [];
  const failure = conditions.find((c) => c.type === 'ReplicaFailure');
  if (error && !failure) {
    status.conditions = [...conditions, { lastTransitionTime: rfc3339(now), message: error.message, reason: error.reason, status: 'True', type: 'ReplicaFailure' }];
  } else if (!error && failure) {
    const rest = conditions.filter((c) => c.type !== 'ReplicaFailure');
    if (rest.length) status.conditions = rest;
    else delete status.conditions;
  }
  status.replicas = counts.replicas;
  omitZero(status, 'fullyLabeledReplicas', counts.fullyLabeled);
  omitZero(status, 'readyReplicas', counts.ready);
  omitZero(status, 'availableReplicas', counts.available);
  omitZero(status, 'observedGeneration', rs.metadata.generation ?? 0);
  return status;
}
