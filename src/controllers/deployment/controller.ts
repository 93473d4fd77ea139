/**
 * The Deployment controller: it claims the ReplicaSets its selector picks and, in the order of
 * upstream's syncDeployment, only updates the status of a Deployment being deleted, scales a
 * paused one or one being resized, and otherwise rolls it out (RollingUpdate or Recreate).
 */
import { KubeObject, clone, controllerOf, keyOf, splitKey } from '../../api/types';
import { StatusError } from '../../api/status';
import { labelSelectorAsSelector, sameLabels } from '../../labels';
import { ClusterContext } from '../../context';
import { Controller } from '../controller';
import { addOwnerIndexes, controlledBy, controlsAny } from '../workload/indexes';
import { DeploymentOps } from './ops';
import { replicaSetsOf, replicaSetsWithRevision } from './replicasets';
import { checkPausedConditions, isScalingEvent, syncScaling } from './scaling';
import { syncDeploymentStatus } from './status';
import { rolloutRolling } from './rolling';
import { rolloutRecreate } from './recreate';

export class DeploymentController extends Controller {
  private readonly ops: DeploymentOps;

  constructor(ctx: ClusterContext) {
    super('deployment-controller', ctx);
    addOwnerIndexes(ctx.api, 'ReplicaSet');
    addOwnerIndexes(ctx.api, 'Pod');
    this.ops = {
      api: ctx.api,
      recorder: this.recorder,
      now: () => this.now,
      requeueAfter: (d, ms) => this.queue.addAfter(this.key(d), ms),
    };
    ctx.api.watch('Deployment', (_t, d) => this.queue.add(this.key(d)));
    ctx.api.watch('ReplicaSet', (t, rs, old) => this.onReplicaSet(t, rs, old));
    ctx.api.watch('Pod', (t, pod) => {
      if (t === 'DELETED') this.onPodDeleted(pod);
    });
  }

  private key(obj: KubeObject): string {
    return keyOf(obj.metadata.namespace, obj.metadata.name!);
  }

  resync(): void {
    for (const d of this.ctx.api.store.list('Deployment')) this.queue.add(this.key(d));
  }

  /** The Deployment a controller reference names, if it still is that object. */
  private owner(obj: KubeObject): KubeObject | undefined {
    const ref = controllerOf(obj);
    if (!ref || ref.kind !== 'Deployment') return undefined;
    const d = this.ctx.api.tryGet('Deployment', obj.metadata.namespace, ref.name);
    return d && d.metadata.uid === ref.uid ? d : undefined;
  }

  private enqueueSelecting(rs: KubeObject): void {
    for (const d of this.ctx.api.store.list('Deployment', rs.metadata.namespace)) {
      try {
        if (labelSelectorAsSelector(d.spec?.selector).matches(rs.metadata.labels)) this.queue.add(this.key(d));
      } catch {
        // An invalid selector selects nothing.
      }
    }
  }

  private onReplicaSet(type: string, rs: KubeObject, old: KubeObject | undefined): void {
    const d = this.owner(rs);
    if (d) this.queue.add(this.key(d));
    if (old && type === 'MODIFIED') {
      const previous = this.owner(old);
      if (previous && previous.metadata.uid !== d?.metadata.uid) this.queue.add(this.key(previous));
    }
    // addReplicaSet / updateReplicaSet (pkg/controller/deployment/deployment_controller.go): an
    // orphan wakes the Deployments selecting it when it appears, and afterwards only when its
    // labels or its controller reference change; an orphan's deletion wakes none.
    if (controllerOf(rs) || type === 'DELETED') return;
    if (type === 'ADDED' || !old || controllerOf(old) || !sameLabels(old.metadata.labels, rs.metadata.labels)) this.enqueueSelecting(rs);
  }

  /**
   * A Recreate rollout waits for the old pods to be gone: deletePod syncs the Deployment once
   * none of the pods of its ReplicaSets is left (getPodMapForDeployment counts them all).
   */
  private onPodDeleted(pod: KubeObject): void {
    const ref = controllerOf(pod);
    if (ref?.kind !== 'ReplicaSet') return;
    const rs = this.ctx.api.tryGet('ReplicaSet', pod.metadata.namespace, ref.name);
    const d = rs && rs.metadata.uid === ref.uid ? this.owner(rs) : undefined;
    if (d?.spec?.strategy?.type !== 'Recreate') return;
    const left = controlledBy(this.ctx.api, 'ReplicaSet', d.metadata.uid!).some((r) => controlsAny(this.ctx.api, 'Pod', r.metadata.uid!));
    if (!left) this.queue.add(this.key(d));
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const stored = this.ctx.api.tryGet('Deployment', namespace, name);
    if (!stored) return;
    const d = clone(stored);
    try {
      this.syncDeployment(d);
    } catch (e) {
      // A write raced with another: look again shortly, as the work queue's rate limiter would.
      if (!(e instanceof StatusError)) throw e;
      this.queue.addAfter(key, 5);
    }
  }

  private syncDeployment(d: KubeObject): void {
    const sel = d.spec?.selector;
    if (sel && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      this.recorder.event(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.');
      return;
    }
    const rsList = replicaSetsOf(this.ops, d);
    if (d.metadata.deletionTimestamp) {
      const { newRS, oldRSs } = replicaSetsWithRevision(this.ops, d, rsList, false);
      syncDeploymentStatus(this.ops, [...oldRSs, newRS], newRS, d);
      return;
    }
    checkPausedConditions(this.ops, d);
    if (d.spec.paused) return syncScaling(this.ops, d, rsList);
    const { newRS, oldRSs } = replicaSetsWithRevision(this.ops, d, rsList, false);
    if (isScalingEvent(d, newRS, oldRSs)) return syncScaling(this.ops, d, rsList);
    // The ReplicaSets as they are now (the revision sync above may have written one).
    const current = rsList.map((rs) => this.ctx.api.tryGet('ReplicaSet', rs.metadata.namespace, rs.metadata.name!)).filter((rs): rs is KubeObject => !!rs);
    if (d.spec.strategy?.type === 'Recreate') return rolloutRecreate(this.ops, d, current, this.podsByReplicaSet(current));
    rolloutRolling(this.ops, d, current);
  }

  /** `getPodMapForDeployment`: every pod (finished ones too) of each ReplicaSet. */
  private podsByReplicaSet(rsList: readonly KubeObject[]): Map<string, KubeObject[]> {
    return new Map(rsList.map((rs) => [rs.metadata.uid!, controlledBy(this.ctx.api, 'Pod', rs.metadata.uid!)]));
  }
}

