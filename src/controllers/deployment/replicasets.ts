/**
 * A Deployment's ReplicaSets (sync.go, deployment/util): claiming them, telling the new one
 * (same template, pod-template-hash aside) from the old ones, creating the new one named
 * `<deployment>-<hash>` with the next revision, and deleting old empty ones beyond
 * revisionHistoryLimit.
 */
import { KubeObject, clone } from '../../api/types';
import { StatusError } from '../../api/status';
import { claimSelected } from '../workload/claim';
import { newControllerRef, isControlledBy } from '../workload/ownerref';
import { DeploymentOps, writeDeploymentStatus } from './ops';
import { maxSurge, newRSNewReplicas } from './fenceposts';
import { REVISION, maxRevision, revisionOf, setDeploymentRevision, setNewReplicaSetAnnotations } from './annotations';
import { REASONS, getCondition, hasProgressDeadline, newCondition, setCondition } from './conditions';
import { computeHash } from './hash';
import { byCreation } from './rollingplan';

export const POD_TEMPLATE_HASH = 'pod-template-hash';

/** Drops what semantic equality ignores: empty maps and lists count as unset. */
function semantic(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value.map(semantic) : undefined;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = semantic((value as Record<string, unknown>)[k]);
      if (v !== undefined && v !== null) out[k] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

function withoutHash(template: any): unknown {
  const copy = clone(template ?? {});
  if (copy.metadata?.labels) delete copy.metadata.labels[POD_TEMPLATE_HASH];
  return semantic(copy);
}

/** `EqualIgnoreHash`. */
export function equalIgnoreHash(t1: any, t2: any): boolean {
  return JSON.stringify(withoutHash(t1)) === JSON.stringify(withoutHash(t2));
}

/** `getReplicaSetsForDeployment`: adopts matching orphans, releases what no longer matches. */
export function replicaSetsOf(ops: DeploymentOps, d: KubeObject): KubeObject[] {
  return claimSelected(ops.api, d, 'ReplicaSet');
}

/** `FindNewReplicaSet`: the oldest ReplicaSet with the Deployment's template. */
export function findNewReplicaSet(d: KubeObject, rsList: readonly KubeObject[]): KubeObject | undefined {
  return [...rsList].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

export interface ReplicaSetsOfDeployment {
  newRS?: KubeObject;
  /** Every old ReplicaSet, with or without pods. */
  oldRSs: KubeObject[];
}

/**
 * `getAllReplicaSetsAndSyncRevision`: the new ReplicaSet (created when asked and missing) with
 * its revision, annotations and minReadySeconds brought up to date, and the old ones.
 */
export function replicaSetsWithRevision(ops: DeploymentOps, d: KubeObject, rsList: readonly KubeObject[], create: boolean): ReplicaSetsOfDeployment {
  const existing = findNewReplicaSet(d, rsList);
  const oldRSs = rsList.filter((rs) => rs !== existing);
  const newRS = existing ? syncExistingNewRS(ops, d, existing, oldRSs) : create ? createNewRS(ops, d, oldRSs) : undefined;
  return { newRS, oldRSs };
}

function syncExistingNewRS(ops: DeploymentOps, d: KubeObject, existing: KubeObject, oldRSs: KubeObject[]): KubeObject {
  const rs = clone(existing);
  const newRevision = String(maxRevision(oldRSs) + 1);
  const annotationsUpdated = setNewReplicaSetAnnotations(d, rs, newRevision, true, maxSurge(d));
  const minReadyChanged = (rs.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0);
  if (annotationsUpdated || minReadyChanged) {
    if (d.spec.minReadySeconds === undefined) delete rs.spec.minReadySeconds;
    else rs.spec.minReadySeconds = d.spec.minReadySeconds;
    return ops.api.update(rs);
  }
  let needsUpdate = setDeploymentRevision(d, rs.metadata.annotations?.[REVISION] ?? '');
  if (hasProgressDeadline(d) && !getCondition(d.status, 'Progressing')) {
    d.status ??= {};
    setCondition(d.status, newCondition('Progressing', 'True', REASONS.foundNewRS, `Found new replica set "${rs.metadata.name}"`, ops.now()));
    needsUpdate = true;
  }
  if (needsUpdate) writeDeploymentStatus(ops, d);
  return rs;
}

function createNewRS(ops: DeploymentOps, d: KubeObject, oldRSs: KubeObject[]): KubeObject | undefined {
  const now = ops.now();
  const newRevision = String(maxRevision(oldRSs) + 1);
  const template = clone(d.spec.template ?? {});
  const hash = computeHash(template, d.status?.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash } };
  const selector = clone(d.spec.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const rs: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, ownerReferences: [newControllerRef(d)], labels: { ...template.metadata.labels } },
    spec: { replicas: 0, selector, template },
  };
  if (d.spec.minReadySeconds !== undefined) rs.spec.minReadySeconds = d.spec.minReadySeconds;
  rs.spec.replicas = newRSNewReplicas(d, [...oldRSs, rs], rs);
  setNewReplicaSetAnnotations(d, rs, newRevision, false, maxSurge(d));
  let created: KubeObject;
  try {
    created = ops.api.create(rs);
  } catch (e) {
    if (!(e instanceof StatusError)) throw e;
    if (e.reason === 'AlreadyExists') return collision(ops, d, rs);
    const msg = `Failed to create new replica set "${rs.metadata.name}": ${e.message}`;
    if (hasProgressDeadline(d)) {
      setCondition((d.status ??= {}), newCondition('Progressing', 'False', REASONS.failedRSCreate, msg, now));
      writeDeploymentStatus(ops, d);
    }
    ops.recorder.event(d, 'Warning', REASONS.failedRSCreate, msg);
    return undefined;
  }
  if (created.spec.replicas > 0) ops.recorder.event(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} to ${created.spec.replicas}`);
  setDeploymentRevision(d, newRevision);
  if (hasProgressDeadline(d)) {
    setCondition((d.status ??= {}), newCondition('Progressing', 'True', REASONS.newReplicaSet, `Created new replica set "${created.metadata.name}"`, now));
  }
  writeDeploymentStatus(ops, d);
  return created;
}

/**
 * A ReplicaSet of that name exists: ours with our template is the new one; otherwise the hash
 * collided, and the collision count goes up so the next sync computes another name.
 */
function collision(ops: DeploymentOps, d: KubeObject, rs: KubeObject): KubeObject | undefined {
  const existing = ops.api.tryGet('ReplicaSet', rs.metadata.namespace, rs.metadata.name!);
  if (existing && isControlledBy(existing, d.metadata.uid) && equalIgnoreHash(d.spec.template, existing.spec?.template)) return existing;
  d.status ??= {};
  d.status.collisionCount = (d.status.collisionCount ?? 0) + 1;
  writeDeploymentStatus(ops, d);
  ops.requeueAfter(d, 0);
  return undefined;
}

/** `ReplicaSetsByRevision`: by revision, then by creation. */
function byRevision(a: KubeObject, b: KubeObject): number {
  const ra = revisionOf(a) ?? 0;
  const rb = revisionOf(b) ?? 0;
  return ra !== rb ? ra - rb : byCreation(a, b);
}

/** `cleanupDeployment`: deletes the oldest empty old ReplicaSets beyond revisionHistoryLimit. */
export function cleanupDeployment(ops: DeploymentOps, oldRSs: readonly KubeObject[], d: KubeObject): void {
  const limit = d.spec?.revisionHistoryLimit;
  if (typeof limit !== 'number' || limit === 2147483647) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  for (const rs of [...cleanable].sort(byRevision).slice(0, diff)) {
    const observed = rs.status?.observedGeneration ?? 0;
    if ((rs.status?.replicas ?? 0) !== 0 || (rs.spec?.replicas ?? 0) !== 0 || (rs.metadata.generation ?? 0) > observed) continue;
    try {
      ops.api.delete('ReplicaSet', rs.metadata.namespace, rs.metadata.name!);
    } catch (e) {
      if (!(e instanceof StatusError && e.reason === 'NotFound')) throw e;
    }
  }
}
