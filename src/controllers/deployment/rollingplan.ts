/**
 * The decisions of a rolling update (rolling.go), as pure functions over ReplicaSets: how far
 * the new ReplicaSet grows, how many old pods may go (`maxScaledDown`: all pods minus the
 * minimum available minus the new ReplicaSet's unavailable ones), unhealthy old replicas first,
 * then old ReplicaSets oldest first while enough pods stay available.
 */
import { KubeObject } from '../../api/types';
import { parseTime } from '../../api/time';
import { maxUnavailable, newRSNewReplicas, specReplicas, statusSum } from './fenceposts';

/** A ReplicaSet and the size it should be scaled to. */
export interface ScaleStep {
  readonly rs: KubeObject;
  readonly to: number;
}

const replicas = (rs: KubeObject) => rs.spec?.replicas ?? 0;
const available = (rs: KubeObject) => rs.status?.availableReplicas ?? 0;

/** `ReplicaSetsByCreationTimestamp`: oldest first, names breaking ties. */
export function byCreation(a: KubeObject, b: KubeObject): number {
  const ta = parseTime(a.metadata.creationTimestamp) ?? 0;
  const tb = parseTime(b.metadata.creationTimestamp) ?? 0;
  if (ta !== tb) return ta - tb;
  const na = a.metadata.name ?? '';
  const nb = b.metadata.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** `reconcileNewReplicaSet`: the new ReplicaSet's next size, or undefined when it stays. */
export function newReplicaSetTarget(allRSs: readonly KubeObject[], newRS: KubeObject, d: KubeObject): number | undefined {
  const desired = d.spec?.replicas ?? 0;
  if (replicas(newRS) === desired) return undefined;
  if (replicas(newRS) > desired) return desired;
  const target = newRSNewReplicas(d, allRSs, newRS);
  return target === replicas(newRS) ? undefined : target;
}

/** `maxScaledDown` of reconcileOldReplicaSets. */
export function maxScaledDown(allRSs: readonly KubeObject[], newRS: KubeObject, d: KubeObject): number {
  const minAvailable = (d.spec?.replicas ?? 0) - maxUnavailable(d);
  const newUnavailable = replicas(newRS) - available(newRS);
  return specReplicas(allRSs) - minAvailable - newUnavailable;
}

/** `cleanupUnhealthyReplicas`: scale old ReplicaSets down by their unavailable replicas, at most `max` in all. */
export function cleanupUnhealthy(oldRSs: readonly KubeObject[], max: number): ScaleStep[] {
  const steps: ScaleStep[] = [];
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= max) break;
    if (replicas(rs) === 0 || replicas(rs) === available(rs)) continue;
    const n = Math.min(max - total, replicas(rs) - available(rs));
    steps.push({ rs, to: replicas(rs) - n });
    total += n;
  }
  return steps;
}

/** `scaleDownOldReplicaSetsForRollingUpdate`: old ReplicaSets, oldest first, down to the minimum available. */
export function scaleDownOld(allRSs: readonly KubeObject[], oldRSs: readonly KubeObject[], d: KubeObject): ScaleStep[] {
  const minAvailable = (d.spec?.replicas ?? 0) - maxUnavailable(d);
  const availableNow = statusSum(allRSs, 'availableReplicas');
  if (availableNow <= minAvailable) return [];
  const budget = availableNow - minAvailable;
  const steps: ScaleStep[] = [];
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= budget) break;
    if (replicas(rs) === 0) continue;
    const n = Math.min(replicas(rs), budget - total);
    steps.push({ rs, to: replicas(rs) - n });
    total += n;
  }
  return steps;
}

/** Applies steps to copies, for the next calculation of the same sync. */
export function applySteps(rss: readonly KubeObject[], steps: readonly ScaleStep[]): KubeObject[] {
  return rss.map((rs) => {
    const step = steps.find((s) => s.rs === rs);
    return step ? { ...rs, spec: { ...rs.spec, replicas: step.to } } : rs;
  });
}
