/**
 * `rolloutRolling`: grow the new ReplicaSet within maxSurge; otherwise shrink the old ones
 * within maxUnavailable (their unhealthy replicas first); once complete, drop old empty
 * ReplicaSets beyond the history limit; then the rollout status.
 */
import { KubeObject } from '../../api/types';
import { DeploymentOps, scaleReplicaSetAndRecordEvent } from './ops';
import { applySteps, cleanupUnhealthy, maxScaledDown, newReplicaSetTarget, scaleDownOld } from './rollingplan';
import { cleanupDeployment, replicaSetsWithRevision } from './replicasets';
import { syncRolloutStatus } from './status';
import { deploymentComplete } from './conditions';
import { specReplicas } from './fenceposts';

export function rolloutRolling(ops: DeploymentOps, d: KubeObject, rsList: readonly KubeObject[]): void {
  const { newRS, oldRSs } = replicaSetsWithRevision(ops, d, rsList, true);
  if (!newRS) return;
  const allRSs = [...oldRSs, newRS];
  const target = newReplicaSetTarget(allRSs, newRS, d);
  if (target !== undefined && scaleReplicaSetAndRecordEvent(ops, newRS, target, d).scaled) {
    syncRolloutStatus(ops, allRSs, newRS, d);
    return;
  }
  if (reconcileOldReplicaSets(ops, allRSs, oldRSs.filter((rs) => (rs.spec?.replicas ?? 0) > 0), newRS, d)) {
    syncRolloutStatus(ops, allRSs, newRS, d);
    return;
  }
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(ops, oldRSs, d);
  syncRolloutStatus(ops, allRSs, newRS, d);
}

/** `reconcileOldReplicaSets`: whether anything was scaled down. */
function reconcileOldReplicaSets(ops: DeploymentOps, allRSs: KubeObject[], oldRSs: KubeObject[], newRS: KubeObject, d: KubeObject): boolean {
  if (specReplicas(oldRSs) === 0) return false;
  const budget = maxScaledDown(allRSs, newRS, d);
  if (budget <= 0) return false;
  let scaledDown = 0;
  const cleanup = cleanupUnhealthy(oldRSs, budget);
  for (const step of cleanup) {
    scaleReplicaSetAndRecordEvent(ops, step.rs, step.to, d);
    scaledDown += (step.rs.spec?.replicas ?? 0) - step.to;
  }
  const afterCleanup = applySteps(oldRSs, cleanup);
  for (const step of scaleDownOld([...afterCleanup, newRS], afterCleanup, d)) {
    const fresh = ops.api.tryGet('ReplicaSet', step.rs.metadata.namespace, step.rs.metadata.name!) ?? step.rs;
    scaleReplicaSetAndRecordEvent(ops, fresh, step.to, d);
    scaledDown += (step.rs.spec?.replicas ?? 0) - step.to;
  }
  return scaledDown > 0;
}
