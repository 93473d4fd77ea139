/**
 * What the Deployment controller's steps act through, and the writes they share: scaling a
 * ReplicaSet (with its replicas annotations and the `ScalingReplicaSet` event) and writing the
 * Deployment's status. The Deployment is a working copy that each write refreshes, so later
 * writes of the same sync carry the current resourceVersion.
 */
import { KubeObject, clone } from '../../api/types';
import { ApiServer } from '../../store/apiserver';
import { Recorder } from '../../events/recorder';
import { maxSurge } from './fenceposts';
import { replicasAnnotationsNeedUpdate, setReplicasAnnotations } from './annotations';

export interface DeploymentOps {
  readonly api: ApiServer;
  readonly recorder: Recorder;
  now(): number;
  /** Looks at the Deployment again after `ms`. */
  requeueAfter(d: KubeObject, ms: number): void;
}

/** Writes `d`'s status (and annotations) and refreshes the working copy. */
export function writeDeploymentStatus(ops: DeploymentOps, d: KubeObject): void {
  const updated = ops.api.updateStatus(d);
  Object.assign(d, clone(updated));
}

/** `scaleReplicaSet`: size and replicas annotations; an event when the size changed. */
export function scaleReplicaSet(ops: DeploymentOps, rs: KubeObject, newScale: number, d: KubeObject, operation: string): { scaled: boolean; rs: KubeObject } {
  const oldScale = rs.spec?.replicas ?? 0;
  const sizeNeedsUpdate = oldScale !== newScale;
  const desired = d.spec.replicas;
  const max = desired + maxSurge(d);
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return { scaled: false, rs };
  const copy = clone(rs);
  copy.spec.replicas = newScale;
  setReplicasAnnotations(copy, desired, max);
  const updated = ops.api.update(copy);
  if (sizeNeedsUpdate) ops.recorder.event(d, 'Normal', 'ScalingReplicaSet', `Scaled ${operation} replica set ${rs.metadata.name} to ${newScale} from ${oldScale}`);
  return { scaled: sizeNeedsUpdate, rs: updated };
}

/** `scaleReplicaSetAndRecordEvent`: nothing when the size is already right. */
export function scaleReplicaSetAndRecordEvent(ops: DeploymentOps, rs: KubeObject, newScale: number, d: KubeObject): { scaled: boolean; rs: KubeObject } {
  const current = rs.spec?.replicas ?? 0;
  if (current === newScale) return { scaled: false, rs };
  return scaleReplicaSet(ops, rs, newScale, d, current < newScale ? 'up' : 'down');
}
