/**
 * Deployment conditions (deployment/util): Available (MinimumReplicasAvailable or
 * MinimumReplicasUnavailable) and Progressing with its reasons, and the three judgements the
 * rollout status rests on: complete, progressing, timed out (progressDeadlineSeconds after
 * the last progress, compared strictly, at the seconds the condition was stamped with).
 */
import { KubeObject } from '../../api/types';
import { parseTime, rfc3339 } from '../../api/time';

export const REASONS = {
  replicaSetUpdated: 'ReplicaSetUpdated',
  failedRSCreate: 'ReplicaSetCreateError',
  newReplicaSet: 'NewReplicaSetCreated',
  foundNewRS: 'FoundNewReplicaSet',
  newRSAvailable: 'NewReplicaSetAvailable',
  timedOut: 'ProgressDeadlineExceeded',
  paused: 'DeploymentPaused',
  resumed: 'DeploymentResumed',
  minimumReplicasAvailable: 'MinimumReplicasAvailable',
  minimumReplicasUnavailable: 'MinimumReplicasUnavailable',
} as const;

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastUpdateTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

export function newCondition(type: string, status: Condition['status'], reason: string, message: string, now: number): Condition {
  return { lastTransitionTime: rfc3339(now), lastUpdateTime: rfc3339(now), message, reason, status, type };
}

export function getCondition(status: any, type: string): Condition | undefined {
  return (status?.conditions ?? []).find((c: Condition) => c.type === type);
}

/** `SetDeploymentCondition`: nothing when status and reason are the same; the transition time kept while the status is. */
export function setCondition(status: any, condition: Condition): void {
  const current = getCondition(status, condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const c = { ...condition };
  if (current && current.status === c.status) c.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...(status.conditions ?? []).filter((x: Condition) => x.type !== c.type), c];
}

export function removeCondition(status: any, type: string): void {
  const rest = (status.conditions ?? []).filter((c: Condition) => c.type !== type);
  if (rest.length) status.conditions = rest;
  else delete status.conditions;
}

/** `HasProgressDeadline`: set, and not MaxInt32. */
export function hasProgressDeadline(d: KubeObject): boolean {
  const pds = d.spec?.progressDeadlineSeconds;
  return typeof pds === 'number' && pds !== 2147483647;
}

/** `DeploymentComplete`: every desired replica updated and available, no old one left, the spec seen. */
export function deploymentComplete(d: KubeObject, status: any): boolean {
  const replicas = d.spec?.replicas ?? 0;
  return (
    (status.updatedReplicas ?? 0) === replicas &&
    (status.replicas ?? 0) === replicas &&
    (status.availableReplicas ?? 0) === replicas &&
    (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}

/** `DeploymentProgressing`: more updated, fewer old, more ready or more available pods than before. */
export function deploymentProgressing(d: KubeObject, status: any): boolean {
  const old = d.status ?? {};
  const n = (s: any, f: string) => s[f] ?? 0;
  const oldOld = n(old, 'replicas') - n(old, 'updatedReplicas');
  const newOld = n(status, 'replicas') - n(status, 'updatedReplicas');
  return (
    n(status, 'updatedReplicas') > n(old, 'updatedReplicas') ||
    newOld < oldOld ||
    n(status, 'readyReplicas') > n(old, 'readyReplicas') ||
    n(status, 'availableReplicas') > n(old, 'availableReplicas')
  );
}

/** `DeploymentTimedOut`: no progress reported for progressDeadlineSeconds. */
export function deploymentTimedOut(d: KubeObject, status: any, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getCondition(status, 'Progressing');
  if (!c || c.reason === REASONS.newRSAvailable) return false;
  if (c.reason === REASONS.timedOut) return true;
  const from = parseTime(c.lastUpdateTime) ?? 0;
  return from + d.spec.progressDeadlineSeconds * 1000 < now;
}
