/**
 * The annotations a Deployment keeps on itself and its ReplicaSets (deployment/util):
 * `deployment.kubernetes.io/revision` (and the revision history of a ReplicaSet rolled back
 * to), `desired-replicas` and `max-replicas` (what the ReplicaSet was last scaled for, the
 * base of proportional scaling), and the Deployment's own annotations copied to its new
 * ReplicaSet (kubectl's change-cause among them).
 */
import { KubeObject } from '../../api/types';

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
const ROLLBACK_TO = 'deprecated.deployment.rollback.to';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** The revision-history annotation is kept under this many characters. */
export const MAX_REV_HISTORY_LENGTH_IN_CHARS = 2000;

/** Annotations that stay where they are (not copied between Deployment and ReplicaSets). */
export const ANNOTATIONS_TO_SKIP = new Set([LAST_APPLIED, REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, ROLLBACK_TO]);

/** `Revision`: the revision number, 0 when unset, undefined when unparsable. */
export function revisionOf(obj: KubeObject | undefined): number | undefined {
  const v = obj?.metadata.annotations?.[REVISION];
  if (v === undefined) return 0;
  return /^[+-]?\d+$/.test(v) ? Number(v) : undefined;
}

/** `MaxRevision` of some ReplicaSets (unparsable ones skipped). */
export function maxRevision(rss: readonly KubeObject[]): number {
  let max = 0;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (v !== undefined && v > max) max = v;
  }
  return max;
}

/** `getNonNegativeInt32FromAnnotation`: a non-negative int32 or undefined. */
export function annotationInt32(obj: KubeObject, key: string): number | undefined {
  const v = obj.metadata.annotations?.[key];
  if (v === undefined || !/^\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n <= 2147483647 ? n : undefined;
}

function annotations(obj: KubeObject): Record<string, string> {
  return (obj.metadata.annotations ??= {});
}

/** `SetReplicasAnnotations`: records desired and max replicas; true when something changed. */
export function setReplicasAnnotations(rs: KubeObject, desired: number, max: number): boolean {
  const a = annotations(rs);
  let changed = false;
  for (const [k, v] of [[DESIRED_REPLICAS, String(desired)], [MAX_REPLICAS, String(max)]] as const) {
    if (a[k] !== v) {
      a[k] = v;
      changed = true;
    }
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: KubeObject, desired: number, max: number): boolean {
  const a = rs.metadata.annotations;
  return !a || a[DESIRED_REPLICAS] !== String(desired) || a[MAX_REPLICAS] !== String(max);
}

/** `SetDeploymentRevision`: true when the Deployment's revision annotation changed. */
export function setDeploymentRevision(d: KubeObject, revision: string): boolean {
  const a = annotations(d);
  if (a[REVISION] === revision) return false;
  a[REVISION] = revision;
  return true;
}

/** `copyDeploymentAnnotationsToReplicaSet`. */
function copyAnnotations(d: KubeObject, rs: KubeObject): boolean {
  const a = annotations(rs);
  let changed = false;
  for (const [k, v] of Object.entries<string>(d.metadata.annotations ?? {})) {
    if (ANNOTATIONS_TO_SKIP.has(k) || a[k] === v) continue;
    a[k] = v;
    changed = true;
  }
  return changed;
}

/** Appends the revision a ReplicaSet had before being rolled back to, within the length limit. */
function recordRevisionHistory(a: Record<string, string>, oldRevision: string, limit: number): void {
  const history = a[REVISION_HISTORY] ?? '';
  if (history === '') {
    a[REVISION_HISTORY] = oldRevision;
    return;
  }
  const old = history.split(',');
  let total = history.length + oldRevision.length + 1;
  let start = 0;
  while (total > limit && start < old.length) total -= old[start++].length + 1;
  if (total <= limit) a[REVISION_HISTORY] = [...old.slice(start), oldRevision].join(',');
}

/**
 * `SetNewReplicaSetAnnotations`: the Deployment's annotations, the new revision when greater
 * (keeping the old one in the history when rolling back), and for a ReplicaSet about to be
 * created the replicas annotations. True when something changed.
 */
export function setNewReplicaSetAnnotations(d: KubeObject, rs: KubeObject, newRevision: string, exists: boolean, surge: number, historyLimit = MAX_REV_HISTORY_LENGTH_IN_CHARS): boolean {
  let changed = copyAnnotations(d, rs);
  const a = annotations(rs);
  const oldRevision = a[REVISION];
  let oldInt = 0;
  if (oldRevision !== undefined && oldRevision !== '') {
    if (!/^[+-]?\d+$/.test(oldRevision)) return false;
    oldInt = Number(oldRevision);
  }
  const newInt = Number(newRevision);
  if (oldInt < newInt) {
    a[REVISION] = newRevision;
    changed = true;
    if (oldRevision !== undefined) recordRevisionHistory(a, oldRevision, historyLimit);
  }
  if (!exists && setReplicasAnnotations(rs, d.spec.replicas, d.spec.replicas + surge)) changed = true;
  if (Object.keys(a).length === 0) delete rs.metadata.annotations;
  return changed;
}

/** `IsSaturated`: the new ReplicaSet holds, wants and has available all the desired replicas. */
export function isSaturated(d: KubeObject, rs: KubeObject | undefined): boolean {
  if (!rs) return false;
  const desired = rs.metadata.annotations?.[DESIRED_REPLICAS];
  if (desired === undefined || !/^[+-]?\d+$/.test(desired)) return false;
  const replicas = d.spec?.replicas ?? 0;
  return rs.spec?.replicas === replicas && Number(desired) === replicas && (rs.status?.availableReplicas ?? 0) === replicas;
}
