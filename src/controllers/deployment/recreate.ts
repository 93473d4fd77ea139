/**
 * `rolloutRecreate`: scale every old ReplicaSet to zero, wait until none of their pods is left
 * running (terminating ones count), then create or scale up the new ReplicaSet to the full count.
 */
import { KubeObject } from '../../api/types';
import { DeploymentOps, scaleReplicaSetAndRecordEvent } from './ops';
import { cleanupDeployment, replicaSetsWithRevision } from './replicasets';
import { syncRolloutStatus } from './status';
import { deploymentComplete } from './conditions';
import { statusSum } from './fenceposts';

/** `oldPodsRunning`: old ReplicaSets still report pods, or pods of theirs are not finished. */
function oldPodsRunning(newRS: KubeObject | undefined, oldRSs: readonly KubeObject[], podsByRS: ReadonlyMap<string, readonly KubeObject[]>): boolean {
  if (statusSum(oldRSs, 'replicas') > 0) return true;
  for (const [uid, pods] of podsByRS) {
    if (newRS && newRS.metadata.uid === uid) continue;
    if (pods.some((p) => p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded')) return true;
  }
  return false;
}

export function rolloutRecreate(ops: DeploymentOps, d: KubeObject, rsList: readonly KubeObject[], podsByRS: ReadonlyMap<string, readonly KubeObject[]>): void {
  let { newRS, oldRSs } = replicaSetsWithRevision(ops, d, rsList, false);
  let allRSs = [...oldRSs, newRS];
  let scaled = false;
  for (const rs of oldRSs) if ((rs.spec?.replicas ?? 0) > 0 && scaleReplicaSetAndRecordEvent(ops, rs, 0, d).scaled) scaled = true;
  if (scaled || oldPodsRunning(newRS, oldRSs, podsByRS)) {
    syncRolloutStatus(ops, allRSs, newRS, d);
    return;
  }
  if (!newRS) {
    ({ newRS, oldRSs } = replicaSetsWithRevision(ops, d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) scaleReplicaSetAndRecordEvent(ops, newRS, d.spec.replicas, d);
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(ops, oldRSs, d);
  syncRolloutStatus(ops, allRSs, newRS, d);
}
