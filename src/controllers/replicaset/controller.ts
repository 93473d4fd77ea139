/**
 * The ReplicaSet controller, and the ReplicationController manager (the same code with an
 * equality selector, as upstream's wraps it): it claims the active pods its selector picks,
 * creates the missing ones in slow-start batches (at most 500 per sync), deletes the excess in
 * the order of `ranking.ts`, waits for its creations and deletions to be seen (expectations)
 * before acting again, and writes the status.
 */
import { KubeObject, controllerOf, keyOf, splitKey } from '../../api/types';
import { NAMESPACE_TERMINATING_CAUSE, StatusError, hasStatusCause } from '../../api/status';
import { Selector, labelSelectorAsSelector, selectorFromSet } from '../../labels';
import { ClusterContext } from '../../context';
import { WatchEventType } from '../../store/objects';
import { Controller } from '../controller';
import { Expectations } from '../workload/expectations';
import { PodControl } from '../workload/podcontrol';
import { claimObjects } from '../workload/claim';
import { addOwnerIndexes, claimCandidates, controlledBy, orphansIn } from '../workload/indexes';
import { isPodActive, isPodReady } from '../workload/podutil';
import { OwnedCounts, OwnedPods } from './owned';
import { SLOW_START_INITIAL_BATCH_SIZE, slowStartBatch } from '../workload/slowstart';
import { podsToDelete } from './ranking';
import { cachedMatcher } from '../workload/matcher';
import { ManageError, PodCounts, countPods, replicaSetStatus } from './status';
import { copyWith } from '../../util/copy';
import { ItemRateLimiter } from '../rateLimiter';

export const BURST_REPLICAS = 500;

/** What differs between the two kinds this controller manages. */
export interface ReplicaKind {
  readonly kind: 'ReplicaSet' | 'ReplicationController';
  readonly controllerName: string;
  /** The selector, or undefined when it cannot be converted. */
  selectorOf(obj: KubeObject): Selector | undefined;
}

export const REPLICA_SET: ReplicaKind = {
  kind: 'ReplicaSet',
  controllerName: 'replicaset-controller',
  selectorOf: (rs) => {
    try {
      return labelSelectorAsSelector(rs.spec?.selector);
    } catch {
      return undefined;
    }
  },
};

export const REPLICATION_CONTROLLER: ReplicaKind = {
  kind: 'ReplicationController',
  controllerName: 'replication-controller',
  selectorOf: (rc) => selectorFromSet(rc.spec?.selector ?? {}),
};

const podKey = (p: KubeObject) => keyOf(p.metadata.namespace, p.metadata.name!);

export class ReplicaSetController extends Controller {
  private readonly expectations: Expectations;
  private readonly podControl: PodControl;
  /** Failed syncs per key, for the rate-limited retry. */
  private readonly failures = new ItemRateLimiter();
  private readonly owned: OwnedPods;

  constructor(ctx: ClusterContext, private readonly type: ReplicaKind) {
    super(type.controllerName, ctx);
    this.expectations = new Expectations(() => this.now);
    this.podControl = new PodControl(ctx.api, this.recorder);
    this.owned = new OwnedPods(ctx.api);
    addOwnerIndexes(ctx.api, 'Pod');
    addOwnerIndexes(ctx.api, type.kind);
    ctx.api.watch(type.kind, (t, obj) => {
      const key = keyOf(obj.metadata.namespace, obj.metadata.name!);
      if (t === 'DELETED') {
        this.expectations.delete(key);
        this.owned.forget(obj.metadata.uid!);
      }
      this.queue.add(key);
    });
    ctx.api.watch('Pod', (t, pod, old) => this.onPod(t, pod, old));
  }

  resync(): void {
    for (const obj of this.ctx.api.store.list(this.type.kind)) this.queue.add(keyOf(obj.metadata.namespace, obj.metadata.name!));
  }

  /** The controller a reference points to, if it is one of ours and still the same object. */
  private resolve(namespace: string | undefined, ref: { kind: string; name: string; uid: string } | undefined): KubeObject | undefined {
    if (!ref || ref.kind !== this.type.kind) return undefined;
    const obj = this.ctx.api.tryGet(this.type.kind, namespace, ref.name);
    return obj && obj.metadata.uid === ref.uid ? obj : undefined;
  }

  private keyOf(obj: KubeObject): string {
    return keyOf(obj.metadata.namespace, obj.metadata.name!);
  }

  /** Controllers whose selector picks an orphan pod: they may adopt it. */
  private enqueueSelecting(pod: KubeObject): void {
    for (const obj of this.ctx.api.store.list(this.type.kind, pod.metadata.namespace)) {
      if (this.type.selectorOf(obj)?.matches(pod.metadata.labels)) this.queue.add(this.keyOf(obj));
    }
  }

  private onPod(type: WatchEventType, pod: KubeObject, old: KubeObject | undefined): void {
    this.owned.observe(type, pod, old);
    const ref = controllerOf(pod);
    if (type === 'DELETED' || (type === 'ADDED' && pod.metadata.deletionTimestamp)) return this.podGone(pod);
    if (type === 'ADDED') {
      const owner = this.resolve(pod.metadata.namespace, ref);
      if (owner) {
        this.expectations.creationObserved(this.keyOf(owner));
        this.queue.add(this.keyOf(owner));
      } else if (!ref) this.enqueueSelecting(pod);
      return;
    }
    if (!old) return;
    // Most pod updates keep the very same labels object: no need to compare them as text.
    const labelsChanged = pod.metadata.labels !== old.metadata.labels && JSON.stringify(pod.metadata.labels ?? {}) !== JSON.stringify(old.metadata.labels ?? {});
    if (pod.metadata.deletionTimestamp) {
      this.podGone(pod);
      if (labelsChanged) this.podGone(old);
      return;
    }
    const oldRef = controllerOf(old);
    if (oldRef && oldRef.uid !== ref?.uid) {
      const previous = this.resolve(old.metadata.namespace, oldRef);
      if (previous) this.queue.add(this.keyOf(previous));
    }
    if (ref) {
      const owner = this.resolve(pod.metadata.namespace, ref);
      if (!owner) return;
      this.queue.add(this.keyOf(owner));
      const minReady = owner.spec?.minReadySeconds ?? 0;
      // A pod just turned Ready becomes available minReadySeconds later: look again then.
      if (minReady > 0 && !isPodReady(old) && isPodReady(pod)) this.queue.addAfter(this.keyOf(owner), minReady * 1000 + 1000);
      return;
    }
    if (labelsChanged || oldRef) this.enqueueSelecting(pod);
  }

  /** A pod deleted or being deleted: its controller has seen the deletion it asked for. */
  private podGone(pod: KubeObject): void {
    const owner = this.resolve(pod.metadata.namespace, controllerOf(pod));
    if (!owner) return;
    const key = this.keyOf(owner);
    this.expectations.deletionObserved(key, podKey(pod));
    this.queue.add(key);
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const rs = this.ctx.api.tryGet(this.type.kind, namespace, name);
    if (!rs) {
      this.expectations.delete(key);
      return;
    }
    const needsSync = this.expectations.satisfied(key);
    const selector = this.type.selectorOf(rs);
    if (!selector) return;
    const matches = cachedMatcher(selector);
    const manage = needsSync && !rs.metadata.deletionTimestamp;
    let counts: PodCounts;
    let error: ManageError | undefined;
    const known = this.knownCounts(rs, manage, (p) => matches(p.metadata.labels));
    if (known) {
      // Counted as the pods changed: no pod to claim or release, none to delete.
      counts = { replicas: known.selected, fullyLabeled: known.fullyLabeled, ready: known.ready, available: known.ready };
      if (manage) error = this.manageReplicas(key, known.selected, rs);
    } else {
      // Inactive pods are neither claimed nor released (FilterActivePods comes first).
      const { owned, orphans } = claimCandidates(this.ctx.api, 'Pod', rs);
      const pods = claimObjects(this.ctx.api, rs, { owned: owned.filter(isPodActive), orphans: orphans.filter(isPodActive) }, (p) => matches(p.metadata.labels));
      counts = countPods(rs, pods, this.now);
      if (manage) error = this.manageReplicas(key, pods.length, rs, pods);
      this.owned.recount(rs, rs.spec?.selector, selector);
    }
    const status = replicaSetStatus(rs, counts, error, this.now);
    const latest = this.ctx.api.tryGet(this.type.kind, namespace, name);
    if (!latest || latest.metadata.uid !== rs.metadata.uid) return;
    const updated = this.ctx.api.updateStatus(copyWith(latest, { status }));
    if (error) return this.retryLater(key);
    this.failures.forget(key);
    const replicas = updated.spec?.replicas ?? 0;
    const minReady = updated.spec?.minReadySeconds ?? 0;
    // A last line of defence: look again once the ready pods should have become available.
    if (minReady > 0 && (updated.status?.readyReplicas ?? 0) === replicas && (updated.status?.availableReplicas ?? 0) !== replicas) {
      this.queue.addAfter(key, minReady * 1000);
    }
  }

  /** The workqueue's default rate limiter: 5 ms doubling per failure, at most 1000 s. */
  private retryLater(key: string): void {
    this.queue.addAfter(key, this.failures.when(key));
  }

  /**
   * The counts kept for `rs`, when they are all this sync needs: no pod it controls has left its
   * selector, no orphan is there to adopt, none is in excess (deletions rank the pods), and
   * availability does not wait on minReadySeconds. Otherwise undefined: the sync lists the pods.
   */
  private knownCounts(rs: KubeObject, manage: boolean, selects: (pod: KubeObject) => boolean): OwnedCounts | undefined {
    if ((rs.spec?.minReadySeconds ?? 0) > 0) return undefined;
    const known = this.owned.current(rs, rs.spec?.selector);
    if (!known || known.unselected > 0) return undefined;
    if (manage && known.selected > (rs.spec?.replicas ?? 0)) return undefined;
    if (!rs.metadata.deletionTimestamp) {
      for (const pod of orphansIn(this.ctx.api, 'Pod', rs.metadata.namespace ?? '')) {
        if (isPodActive(pod) && !controllerOf(pod) && selects(pod) && pod.metadata.namespace === rs.metadata.namespace) return undefined;
      }
    }
    return known;
  }

  /** Creates or deletes pods so that `count` claimed pods become `spec.replicas`; `pods` are needed to delete. */
  private manageReplicas(key: string, count: number, rs: KubeObject, pods: KubeObject[] = []): ManageError | undefined {
    const diff = count - (rs.spec?.replicas ?? 0);
    if (diff < 0) {
      const n = Math.min(-diff, BURST_REPLICAS);
      this.expectations.expectCreations(key, n);
      const result = slowStartBatch(n, SLOW_START_INITIAL_BATCH_SIZE, () => {
        try {
          this.podControl.create(rs.spec?.template, rs);
        } catch (e) {
          // manageReplicas: in a namespace being terminated every creation fails; not an error.
          if (!hasStatusCause(e, NAMESPACE_TERMINATING_CAUSE)) throw e;
        }
      });
      // Pods never attempted will not be observed: stop expecting them.
      this.expectations.lower(key, n - result.successes, 0);
      if (result.error !== undefined) return { reason: 'FailedCreate', message: errorText(result.error) };
      return undefined;
    }
    if (diff > 0) {
      const n = Math.min(diff, BURST_REPLICAS);
      const victims = podsToDelete(pods, this.relatedPods(rs), n, this.now);
      this.expectations.expectDeletions(key, victims.map(podKey));
      let first: unknown;
      for (const pod of victims) {
        try {
          this.podControl.delete(pod.metadata.namespace!, pod.metadata.name!, rs);
        } catch (e) {
          this.expectations.deletionObserved(key, podKey(pod));
          if (!(e instanceof StatusError && e.reason === 'NotFound')) first ??= e;
        }
      }
      if (first !== undefined) return { reason: 'FailedDelete', message: errorText(first) };
    }
    return undefined;
  }

  /**
   * `getIndirectlyRelatedPods`: the pods of every ReplicaSet with the same controller (a
   * Deployment's), which rank co-located pods; none for a ReplicaSet without a controller.
   */
  private relatedPods(rs: KubeObject): KubeObject[] {
    const owner = controllerOf(rs);
    if (!owner) return [];
    const seen = new Set<string>();
    const out: KubeObject[] = [];
    for (const sibling of controlledBy(this.ctx.api, this.type.kind, owner.uid)) {
      const selector = this.type.selectorOf(sibling);
      if (!selector) continue;
      for (const pod of this.ctx.api.store.list('Pod', sibling.metadata.namespace)) {
        if (seen.has(pod.metadata.uid!) || !selector.matches(pod.metadata.labels)) continue;
        seen.add(pod.metadata.uid!);
        out.push(pod);
      }
    }
    return out;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
