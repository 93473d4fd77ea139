/**
 * The rolling-update arithmetic of Deployments (deployment/util): how many pods above the
 * desired count may exist (maxSurge, rounded up) and how many below it may be unavailable
 * (maxUnavailable, rounded down), never both zero (`ResolveFenceposts`), and how far the new
 * ReplicaSet may grow now (`NewRSNewReplicas`).
 */
import { KubeObject } from '../../api/types';
import { IntOrString, scaledValue } from '../../api/intstr';

/** `ResolveFenceposts`: an unset value counts as 0; both resolving to 0 gives unavailable 1. */
export function resolveFenceposts(maxSurge: IntOrString | undefined, maxUnavailable: IntOrString | undefined, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  let unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

export function isRollingUpdate(d: KubeObject): boolean {
  return d.spec?.strategy?.type === 'RollingUpdate';
}

function replicasOf(d: KubeObject): number {
  return d.spec?.replicas ?? 0;
}

/** `MaxSurge`: 0 unless RollingUpdate. */
export function maxSurge(d: KubeObject): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec.strategy.rollingUpdate ?? {};
  return resolveFenceposts(ru.maxSurge, ru.maxUnavailable, replicasOf(d)).surge;
}

/** `MaxUnavailable`: 0 unless RollingUpdate with replicas, and never more than the replicas. */
export function maxUnavailable(d: KubeObject): number {
  if (!isRollingUpdate(d) || replicasOf(d) === 0) return 0;
  const ru = d.spec.strategy.rollingUpdate ?? {};
  return Math.min(resolveFenceposts(ru.maxSurge, ru.maxUnavailable, replicasOf(d)).unavailable, replicasOf(d));
}

/** `MinAvailable`. */
export function minAvailable(d: KubeObject): number {
  return isRollingUpdate(d) ? replicasOf(d) - maxUnavailable(d) : 0;
}

/** The sum of `spec.replicas` (`GetReplicaCountForReplicaSets`). */
export function specReplicas(rss: readonly (KubeObject | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.spec?.replicas ?? 0), 0);
}

/** The sum of a status count over ReplicaSets (`GetActual…`, `GetReady…`, `GetAvailable…`). */
export function statusSum(rss: readonly (KubeObject | undefined)[], field: 'replicas' | 'readyReplicas' | 'availableReplicas'): number {
  return rss.reduce((n, rs) => n + (rs?.status?.[field] ?? 0), 0);
}

/**
 * `NewRSNewReplicas`: RollingUpdate grows the new ReplicaSet up to replicas + maxSurge pods in
 * all and no further than the desired count; Recreate goes straight to the desired count.
 */
export function newRSNewReplicas(d: KubeObject, allRSs: readonly KubeObject[], newRS: KubeObject): number {
  const desired = replicasOf(d);
  const newReplicas = newRS.spec?.replicas ?? 0;
  switch (d.spec?.strategy?.type) {
    case 'RollingUpdate': {
      const surge = scaledValue(d.spec.strategy.rollingUpdate?.maxSurge, desired, true);
      const current = specReplicas(allRSs);
      const maxTotal = desired + surge;
      if (current >= maxTotal) return newReplicas;
      return newReplicas + Math.min(maxTotal - current, desired - newReplicas);
    }
    case 'Recreate':
      return desired;
    default:
      throw new Error(`deployment type ${d.spec?.strategy?.type} isn't supported`);
  }
}
