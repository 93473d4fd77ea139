/**
 * A Deployment's status from its ReplicaSets (`calculateStatus`), and during a rollout the
 * Progressing condition (`syncRolloutStatus`): NewReplicaSetAvailable once complete,
 * ReplicaSetUpdated on any progress, ProgressDeadlineExceeded after progressDeadlineSeconds
 * without; a Deployment without progress is looked at again when its deadline falls.
 */
import { KubeObject, clone } from '../../api/types';
import { parseTime } from '../../api/time';
import { deepEqual } from '../../store/equal';
import { DeploymentOps, writeDeploymentStatus } from './ops';
import { maxUnavailable, specReplicas, statusSum } from './fenceposts';
import {
  REASONS,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  getCondition,
  hasProgressDeadline,
  newCondition,
  removeCondition,
  setCondition,
} from './conditions';

function setOrOmit(status: any, field: string, value: number): void {
  if (value) status[field] = value;
}

/** `calculateStatus`. */
export function calculateDeploymentStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined, d: KubeObject, now: number): any {
  const available = statusSum(allRSs, 'availableReplicas');
  const unavailable = Math.max(0, specReplicas(allRSs) - available);
  const status: any = {};
  setOrOmit(status, 'observedGeneration', d.metadata.generation ?? 0);
  setOrOmit(status, 'replicas', statusSum(allRSs, 'replicas'));
  setOrOmit(status, 'updatedReplicas', statusSum([newRS], 'replicas'));
  setOrOmit(status, 'readyReplicas', statusSum(allRSs, 'readyReplicas'));
  setOrOmit(status, 'availableReplicas', available);
  setOrOmit(status, 'unavailableReplicas', unavailable);
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  if (d.status?.conditions?.length) status.conditions = clone(d.status.conditions);
  const condition =
    available >= (d.spec?.replicas ?? 0) - maxUnavailable(d)
      ? newCondition('Available', 'True', REASONS.minimumReplicasAvailable, 'Deployment has minimum availability.', now)
      : newCondition('Available', 'False', REASONS.minimumReplicasUnavailable, 'Deployment does not have minimum availability.', now);
  setCondition(status, condition);
  return status;
}

/** `syncDeploymentStatus`: the status without estimating progress (scaling, paused). */
export function syncDeploymentStatus(ops: DeploymentOps, allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined, d: KubeObject): void {
  const status = calculateDeploymentStatus(allRSs, newRS, d, ops.now());
  if (deepEqual(d.status ?? {}, status)) return;
  d.status = status;
  writeDeploymentStatus(ops, d);
}

/** `getReplicaFailures`: the new ReplicaSet's ReplicaFailure first, else any old one's. */
function replicaFailure(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): any {
  const failureOf = (rs: KubeObject | undefined) => (rs?.status?.conditions ?? []).find((c: any) => c.type === 'ReplicaFailure');
  const found = failureOf(newRS) ?? allRSs.map(failureOf).find((c) => c);
  if (!found) return undefined;
  return { lastTransitionTime: found.lastTransitionTime, lastUpdateTime: found.lastTransitionTime, message: found.message, reason: found.reason, status: found.status, type: found.type };
}

export function syncRolloutStatus(ops: DeploymentOps, allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined, d: KubeObject): void {
  const now = ops.now();
  const status = calculateDeploymentStatus(allRSs, newRS, d, now);
  if (!hasProgressDeadline(d)) removeCondition(status, 'Progressing');
  const current = getCondition(d.status, 'Progressing');
  const isComplete = status.replicas === status.updatedReplicas && current?.reason === REASONS.newRSAvailable;
  const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
  if (hasProgressDeadline(d) && !isComplete) {
    if (deploymentComplete(d, status)) {
      setCondition(status, newCondition('Progressing', 'True', REASONS.newRSAvailable, `${subject} has successfully progressed.`, now));
    } else if (deploymentProgressing(d, status)) {
      // Progress refreshes lastUpdateTime even with the same reason; the transition time stays.
      const c = newCondition('Progressing', 'True', REASONS.replicaSetUpdated, `${subject} is progressing.`, now);
      if (current?.status === 'True') c.lastTransitionTime = current.lastTransitionTime;
      if (current) removeCondition(status, 'Progressing');
      setCondition(status, c);
    } else if (deploymentTimedOut(d, status, now)) {
      setCondition(status, newCondition('Progressing', 'False', REASONS.timedOut, `${subject} has timed out progressing.`, now));
    }
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, 'ReplicaFailure');
  if (deepEqual(d.status ?? {}, status)) {
    requeueStuckDeployment(ops, d, status);
    return;
  }
  d.status = status;
  writeDeploymentStatus(ops, d);
}

/** `requeueStuckDeployment`: no progress yet, so look again when the deadline falls. */
function requeueStuckDeployment(ops: DeploymentOps, d: KubeObject, status: any): void {
  const current = getCondition(d.status, 'Progressing');
  if (!hasProgressDeadline(d) || !current) return;
  if (deploymentComplete(d, status) || current.reason === REASONS.timedOut) return;
  // A finished rollout that lost available pods (its node failed) never times out
  // (deploymentTimedOut): upstream still requeues it, rate-limited, for as long as it lasts, and
  // every such sync changes nothing. Skipping them keeps the simulation from spinning.
  if (current.reason === REASONS.newRSAvailable) return;
  const after = (parseTime(current.lastUpdateTime) ?? 0) + d.spec.progressDeadlineSeconds * 1000 - ops.now();
  // Under a second left: upstream retries at once, rate-limited; just after the deadline is the same.
  ops.requeueAfter(d, after < 1000 ? Math.max(1, after + 1) : after + 1000);
}
