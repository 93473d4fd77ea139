/**
 * Proportional scaling (`GetProportion`, `getReplicaSetFraction`): when a Deployment is
 * resized during a rollout, the added or removed replicas are shared among its active
 * ReplicaSets in proportion to their size, using the max-replicas annotation each ReplicaSet
 * was last scaled with as the base.
 */
import { KubeObject } from '../../api/types';
import { maxSurge } from './fenceposts';
import { MAX_REPLICAS, annotationInt32 } from './annotations';

/** How many replicas `rs` gains (or loses, negative) of the `toAdd` the Deployment needs. */
export function replicaSetFraction(rs: KubeObject, d: KubeObject): number {
  const rsReplicas = rs.spec?.replicas ?? 0;
  if ((d.spec?.replicas ?? 0) === 0) return -rsReplicas;
  const deploymentMax = d.spec.replicas + maxSurge(d);
  const annotated = annotationInt32(rs, MAX_REPLICAS) ?? 0;
  // The annotation removed or tampered with: fall back to the current size, if any.
  const before: number = annotated || (d.status?.replicas ?? 0);
  if (before === 0) return 0;
  // math.Round: halves away from zero; the size is never negative here.
  return Math.round((rsReplicas * deploymentMax) / before) - rsReplicas;
}

/** `GetProportion`: the fraction, capped by what is still to be added (or removed). */
export function getProportion(rs: KubeObject | undefined, d: KubeObject, toAdd: number, added: number): number {
  if (!rs || (rs.spec?.replicas ?? 0) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
