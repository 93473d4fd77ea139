/**
 * Scaling a Deployment outside a rollout (sync.go): a resize, or any change while paused.
 * With one active ReplicaSet it takes the new size; once the new ReplicaSet is saturated the
 * old ones go to zero; during a rolling update the difference is shared proportionally, the
 * largest ReplicaSets first (newest first when growing, oldest first when shrinking).
 */
import { KubeObject } from '../../api/types';
import { DeploymentOps, scaleReplicaSet, scaleReplicaSetAndRecordEvent } from './ops';
import { isRollingUpdate, maxSurge, specReplicas } from './fenceposts';
import { getProportion } from './proportion';
import { DESIRED_REPLICAS, isSaturated } from './annotations';
import { byCreation } from './rollingplan';
import { cleanupDeployment, replicaSetsWithRevision } from './replicasets';
import { syncDeploymentStatus } from './status';
import { REASONS, getCondition, hasProgressDeadline, newCondition, setCondition } from './conditions';
import { writeDeploymentStatus } from './ops';

const replicas = (rs: KubeObject) => rs.spec?.replicas ?? 0;
const active = (rss: readonly (KubeObject | undefined)[]) => rss.filter((rs): rs is KubeObject => !!rs && replicas(rs) > 0);

/** `FindActiveOrLatest`: the only active ReplicaSet, or the newest when none is; undefined when several are. */
function activeOrLatest(newRS: KubeObject | undefined, oldRSs: readonly KubeObject[]): KubeObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => byCreation(b, a));
  const all = active([...newestFirst, newRS]);
  if (all.length === 0) return newRS ?? newestFirst[0];
  return all.length === 1 ? all[0] : undefined;
}

/** Largest first; equal sizes newest first (`ReplicaSetsBySizeNewer`) or oldest first (`…Older`). */
function bySize(newerFirst: boolean) {
  return (a: KubeObject, b: KubeObject) => (replicas(a) !== replicas(b) ? replicas(b) - replicas(a) : newerFirst ? byCreation(b, a) : byCreation(a, b));
}

/** `scale`. */
export function scale(ops: DeploymentOps, d: KubeObject, newRS: KubeObject | undefined, oldRSs: readonly KubeObject[]): void {
  const only = activeOrLatest(newRS, oldRSs);
  if (only) {
    if (replicas(only) !== d.spec.replicas) scaleReplicaSetAndRecordEvent(ops, only, d.spec.replicas, d);
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of active(oldRSs)) scaleReplicaSetAndRecordEvent(ops, old, 0, d);
    return;
  }
  if (!isRollingUpdate(d)) return;
  const all = active([...oldRSs, newRS]);
  const allowed = d.spec.replicas > 0 ? d.spec.replicas + maxSurge(d) : 0;
  const toAdd = allowed - specReplicas(all);
  if (toAdd > 0) all.sort(bySize(true));
  else if (toAdd < 0) all.sort(bySize(false));
  const operation = toAdd > 0 ? 'up' : toAdd < 0 ? 'down' : '';
  let added = 0;
  const sizes = all.map((rs) => {
    if (toAdd === 0) return replicas(rs);
    const proportion = getProportion(rs, d, toAdd, added);
    added += proportion;
    return replicas(rs) + proportion;
  });
  // The leftover goes to the largest ReplicaSet.
  if (toAdd !== 0 && sizes.length) sizes[0] = Math.max(0, sizes[0] + toAdd - added);
  all.forEach((rs, i) => scaleReplicaSet(ops, rs, sizes[i], d, operation));
}

/** `isScalingEvent`: an active ReplicaSet was last sized for another desired count. */
export function isScalingEvent(d: KubeObject, newRS: KubeObject | undefined, oldRSs: readonly KubeObject[]): boolean {
  return active([...oldRSs, newRS]).some((rs) => {
    const desired = rs.metadata.annotations?.[DESIRED_REPLICAS];
    return desired !== undefined && /^[+-]?\d+$/.test(desired) && Number(desired) !== d.spec.replicas;
  });
}

/** `sync`: scale, clean up when paused, and write the status without judging progress. */
export function syncScaling(ops: DeploymentOps, d: KubeObject, rsList: readonly KubeObject[]): void {
  const { newRS, oldRSs } = replicaSetsWithRevision(ops, d, rsList, false);
  scale(ops, d, newRS, oldRSs);
  if (d.spec.paused) cleanupDeployment(ops, oldRSs, d);
  // As upstream, the status is computed from the ReplicaSets as read; their update brings another sync.
  syncDeploymentStatus(ops, [...oldRSs, newRS], newRS, d);
}

/** `checkPausedConditions`: Progressing Unknown while paused, so a long pause is not a timeout. */
export function checkPausedConditions(ops: DeploymentOps, d: KubeObject): void {
  if (!hasProgressDeadline(d)) return;
  const c = getCondition(d.status, 'Progressing');
  if (c?.reason === REASONS.timedOut) return;
  const pausedCond = c?.reason === REASONS.paused;
  let condition;
  if (d.spec.paused && !pausedCond) condition = newCondition('Progressing', 'Unknown', REASONS.paused, 'Deployment is paused', ops.now());
  else if (!d.spec.paused && pausedCond) condition = newCondition('Progressing', 'Unknown', REASONS.resumed, 'Deployment is resumed', ops.now());
  if (!condition) return;
  setCondition((d.status ??= {}), condition);
  writeDeploymentStatus(ops, d);
}
