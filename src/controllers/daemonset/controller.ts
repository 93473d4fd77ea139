/**
 * The DaemonSet controller: one pod per node that should run it (nodeSelector, node affinity,
 * taints), created bound to its node through node affinity and placed by the default
 * scheduler; pods on nodes that should not run it are deleted, failed ones replaced after a
 * back-off; nodes joining, leaving and being relabelled are followed; the template is rolled out
 * per the update strategy; a ControllerRevision records each template.
 */
import { KubeObject, controllerOf, keyOf, splitKey } from '../../api/types';
import { deepEqual } from '../../store/equal';
import { NAMESPACE_TERMINATING_CAUSE, StatusError, hasStatusCause } from '../../api/status';
import { labelSelectorAsSelector, sameLabels } from '../../labels';
import { ClusterContext } from '../../context';
import { Controller } from '../controller';
import { Expectations } from '../workload/expectations';
import { PodControl } from '../workload/podcontrol';
import { claimSelected } from '../workload/claim';
import { addOwnerIndexes } from '../workload/indexes';
import { isPodAvailable, isPodReady, isPodTerminal } from '../workload/podutil';
import { SLOW_START_INITIAL_BATCH_SIZE, slowStartBatch } from '../workload/slowstart';
import { BURST_REPLICAS } from '../replicaset/controller';
import { Backoff } from './backoff';
import { bindToNode, daemonPodTemplate, nodeShouldRunDaemonPod, oldestFirst, targetNodeName } from './pods';
import { isPodUpdated, planRollingUpdate, surgeCount, templateGeneration } from './update';
import { cleanupHistory, constructHistory } from './history';
import { calculateDaemonSetStatus } from './status';

type NodeToPods = Map<string, KubeObject[]>;

export class DaemonSetController extends Controller {
  private readonly expectations: Expectations;
  private readonly podControl: PodControl;
  private readonly failedPods = new Backoff();

  constructor(ctx: ClusterContext) {
    super('daemonset-controller', ctx);
    this.expectations = new Expectations(() => this.now);
    this.podControl = new PodControl(ctx.api, this.recorder);
    addOwnerIndexes(ctx.api, 'Pod');
    addOwnerIndexes(ctx.api, 'ControllerRevision');
    ctx.api.watch('DaemonSet', (t, ds) => {
      if (t === 'DELETED') this.expectations.delete(this.key(ds));
      this.queue.add(this.key(ds));
    });
    ctx.api.watch('Pod', (t, pod, old) => this.onPod(t, pod, old));
    ctx.api.watch('Node', (t, node, old) => this.onNode(t, node, old));
    ctx.api.watch('ControllerRevision', (t, h, old) => this.onHistory(t, h, old));
  }

  private key(obj: KubeObject): string {
    return keyOf(obj.metadata.namespace, obj.metadata.name!);
  }

  resync(): void {
    for (const ds of this.ctx.api.store.list('DaemonSet')) this.queue.add(this.key(ds));
  }

  private owner(obj: KubeObject, ref = controllerOf(obj)): KubeObject | undefined {
    if (!ref || ref.kind !== 'DaemonSet') return undefined;
    const ds = this.ctx.api.tryGet('DaemonSet', obj.metadata.namespace, ref.name);
    return ds && ds.metadata.uid === ref.uid ? ds : undefined;
  }

  /**
   * addPod / updatePod / deletePod (pkg/controller/daemon/daemon_controller.go). A pod being
   * deleted (a deletionTimestamp, on add or update) is a deletion observed by its DaemonSet,
   * nothing else. An owned pod wakes its DaemonSet (again after minReadySeconds + 1 s when it turns
   * ready), and a changed controllerRef the old owner too. An orphan wakes the DaemonSets
   * selecting it when it is added, and on update only when its labels or its controllerRef
   * changed: a status change of an orphan wakes nobody.
   */
  private onPod(type: string, pod: KubeObject, old: KubeObject | undefined): void {
    const ds = this.owner(pod);
    if (type === 'DELETED' || pod.metadata.deletionTimestamp) {
      // deletePod. Upstream lowers the expectations on every update of a terminating pod; here
      // once, when it starts terminating, as before.
      if (ds && (type === 'DELETED' || !old?.metadata.deletionTimestamp)) this.expectations.deletionObserved(this.key(ds));
      if (ds) this.queue.add(this.key(ds));
      return;
    }
    if (type === 'ADDED' || !old) {
      if (ds) {
        this.expectations.creationObserved(this.key(ds));
        this.queue.add(this.key(ds));
      } else if (!controllerOf(pod)) for (const d of this.selecting(pod)) this.queue.add(this.key(d));
      return;
    }
    const owner = this.wakeOnUpdate(pod, old);
    const minReady = owner?.spec?.minReadySeconds ?? 0;
    if (owner && minReady > 0 && !isPodReady(old) && isPodReady(pod)) this.queue.addAfter(this.key(owner), minReady * 1000 + 1000);
  }

  /**
   * addHistory / updateHistory / deleteHistory: a ControllerRevision its DaemonSet owns wakes it
   * when it changes or goes, not when it is created (the DaemonSet made it); an orphan wakes the
   * DaemonSets selecting it when it is created, and on update only when its labels or its
   * controllerRef changed; an orphan going wakes nobody.
   */
  private onHistory(type: string, h: KubeObject, old: KubeObject | undefined): void {
    const ref = controllerOf(h);
    if (type === 'DELETED' || (type === 'ADDED' && h.metadata.deletionTimestamp)) {
      const ds = this.owner(h, ref);
      if (ds) this.queue.add(this.key(ds));
      return;
    }
    if (type === 'ADDED') {
      if (!ref) for (const d of this.selecting(h)) this.queue.add(this.key(d));
      return;
    }
    if (old) this.wakeOnUpdate(h, old);
  }

  /**
   * What updatePod and updateHistory share: the old owner is woken if the controllerRef changed,
   * the owner (returned) if there is one; an orphan wakes the DaemonSets selecting it only if its
   * labels or its controllerRef changed.
   */
  private wakeOnUpdate(obj: KubeObject, old: KubeObject): KubeObject | undefined {
    const ref = controllerOf(obj);
    const oldRef = controllerOf(old);
    const refChanged = !deepEqual(ref ?? null, oldRef ?? null);
    const previous = refChanged && oldRef ? this.owner(old, oldRef) : undefined;
    if (previous) this.queue.add(this.key(previous));
    if (ref) {
      const ds = this.owner(obj, ref);
      if (ds) this.queue.add(this.key(ds));
      return ds;
    }
    if (refChanged || !sameLabels(obj.metadata.labels, old.metadata.labels)) for (const d of this.selecting(obj)) this.queue.add(this.key(d));
    return undefined;
  }

  /** getDaemonSetsForPod / getDaemonSetsForHistory: the DaemonSets whose selector matches (none for an object without labels). */
  private selecting(obj: KubeObject): KubeObject[] {
    if (Object.keys(obj.metadata.labels ?? {}).length === 0) return [];
    return this.ctx.api.store.list('DaemonSet', obj.metadata.namespace).filter((d) => this.selects(d, obj));
  }

  private selects(ds: KubeObject, obj: KubeObject): boolean {
    try {
      return labelSelectorAsSelector(ds.spec?.selector).matches(obj.metadata.labels);
    } catch {
      return false;
    }
  }

  /** A node added, or changed in a way that changes where a DaemonSet should run. */
  private onNode(type: string, node: KubeObject, old: KubeObject | undefined): void {
    if (type === 'DELETED') return;
    for (const ds of this.ctx.api.store.list('DaemonSet')) {
      const now = nodeShouldRunDaemonPod(node, ds);
      if (type === 'ADDED') {
        if (now.shouldRun) this.queue.add(this.key(ds));
        continue;
      }
      const before = old ? nodeShouldRunDaemonPod(old, ds) : { shouldRun: false, shouldContinueRunning: false };
      if (before.shouldRun !== now.shouldRun || before.shouldContinueRunning !== now.shouldContinueRunning) this.queue.add(this.key(ds));
    }
  }

  /** `getNodesToDaemonPods`: claimed pods by the node they run on or are bound for. */
  private nodeToPods(ds: KubeObject, includeDeletedTerminal: boolean): NodeToPods {
    const pods = claimSelected(this.ctx.api, ds, 'Pod');
    const out: NodeToPods = new Map();
    for (const pod of pods) {
      if (!includeDeletedTerminal && isPodTerminal(pod) && pod.metadata.deletionTimestamp) continue;
      const node = targetNodeName(pod);
      if (node === undefined) continue;
      if (!out.has(node)) out.set(node, []);
      out.get(node)!.push(pod);
    }
    return out;
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const ds = this.ctx.api.tryGet('DaemonSet', namespace, name);
    if (!ds) {
      this.expectations.delete(key);
      return;
    }
    const sel = ds.spec?.selector;
    if (sel && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      this.recorder.event(ds, 'Warning', 'SelectingAll', 'This daemon set is selecting all pods. A non-empty selector is required.');
      return;
    }
    // A DaemonSet being deleted keeps its status: its history may already be gone.
    if (ds.metadata.deletionTimestamp) return;
    const nodes = this.ctx.api.list('Node');
    let hash: string;
    let old: KubeObject[];
    try {
      const histories = constructHistory(this.ctx.api, ds);
      hash = histories.current.metadata.labels?.['controller-revision-hash'] ?? '';
      old = histories.old;
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      this.queue.addAfter(key, 5);
      return;
    }
    if (!this.expectations.satisfied(key)) return this.writeStatus(ds, nodes, hash, false);
    this.manage(ds, nodes, hash);
    if (this.expectations.satisfied(key) && ds.spec?.updateStrategy?.type === 'RollingUpdate') {
      const plan = planRollingUpdate(ds, nodes, this.nodeToPods(ds, false), hash, this.now);
      this.syncNodes(ds, plan.podsToDelete, plan.nodesToCreate, hash);
    }
    cleanupHistory(this.ctx.api, ds, old, [...this.nodeToPods(ds, true).values()].flat());
    this.writeStatus(ds, nodes, hash, true);
  }

  /** `manage`: what each node needs, plus unscheduled pods bound for nodes that are gone. */
  private manage(ds: KubeObject, nodes: readonly KubeObject[], hash: string): void {
    const nodeToPods = this.nodeToPods(ds, false);
    const create: string[] = [];
    const remove: string[] = [];
    for (const node of nodes) {
      const r = this.podsShouldBeOnNode(node, nodeToPods, ds, hash);
      create.push(...r.create);
      remove.push(...r.remove);
    }
    const existing = new Set(nodes.map((n) => n.metadata.name));
    for (const [nodeName, pods] of nodeToPods) {
      if (!existing.has(nodeName)) remove.push(...pods.filter((p) => !p.spec?.nodeName).map((p) => p.metadata.name!));
    }
    this.syncNodes(ds, remove, create, hash);
  }

  /** `podsShouldBeOnNode`. */
  private podsShouldBeOnNode(node: KubeObject, nodeToPods: NodeToPods, ds: KubeObject, hash: string): { create: string[]; remove: string[] } {
    const nodeName = node.metadata.name!;
    const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, ds);
    const pods = nodeToPods.get(nodeName);
    const create: string[] = [];
    const remove: string[] = [];
    if (shouldRun && !pods) return { create: [nodeName], remove };
    if (!shouldContinueRunning) {
      for (const p of pods ?? []) if (!p.metadata.deletionTimestamp) remove.push(p.metadata.name!);
      return { create, remove };
    }
    const running: KubeObject[] = [];
    for (const pod of pods ?? []) {
      if (pod.metadata.deletionTimestamp) continue;
      const phase = pod.status?.phase;
      if (phase === 'Failed') {
        // The kubelet may keep rejecting the pod: back off before replacing it again.
        const backoffKey = `${ds.metadata.uid}/${ds.status?.observedGeneration ?? 0}/${nodeName}`;
        if (this.failedPods.inBackoff(backoffKey, this.now)) {
          this.queue.addAfter(this.key(ds), this.failedPods.get(backoffKey));
          continue;
        }
        this.failedPods.next(backoffKey, this.now);
        this.recorder.event(ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${nodeName}, will try to kill it`);
        remove.push(pod.metadata.name!);
      } else if (phase === 'Succeeded') {
        this.recorder.event(ds, 'Normal', 'SucceededDaemonPod', `Found succeeded daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${nodeName}, will try to delete it`);
        remove.push(pod.metadata.name!);
      } else running.push(pod);
    }
    running.sort(oldestFirst);
    if (surgeCount(ds, 1) === 0) {
      // Without surge one pod per node: the oldest stays.
      remove.push(...running.slice(1).map((p) => p.metadata.name!));
      return { create, remove };
    }
    if (running.length <= 1) {
      if (running.length === 0 && shouldRun) create.push(nodeName);
      return { create, remove };
    }
    // With surge, an old and a new pod may coexist while the new one is not yet available.
    const generation = templateGeneration(ds);
    let oldestNew: KubeObject | undefined;
    let oldestOld: KubeObject | undefined;
    for (const pod of running) {
      const isNew = isPodUpdated(pod, hash, generation);
      if (isNew && !oldestNew) oldestNew = pod;
      else if (!isNew && !oldestOld) oldestOld = pod;
      else remove.push(pod.metadata.name!);
    }
    if (oldestNew && oldestOld && (!isPodReady(oldestOld) || isPodAvailable(oldestNew, ds.spec?.minReadySeconds ?? 0, this.now))) remove.push(oldestOld.metadata.name!);
    return { create, remove };
  }

  /** `syncNodes`: deletions, and creations in slow-start batches, each pod bound to its node. */
  private syncNodes(ds: KubeObject, remove: readonly string[], create: readonly string[], hash: string): void {
    const key = this.key(ds);
    const creates = create.slice(0, BURST_REPLICAS);
    const deletes = remove.slice(0, BURST_REPLICAS);
    this.expectations.set(key, creates.length, deletes.length);
    const template = daemonPodTemplate(ds.spec?.template, templateGeneration(ds), hash);
    let next = 0;
    const result = slowStartBatch(creates.length, SLOW_START_INITIAL_BATCH_SIZE, () => {
      const nodeName = creates[next++];
      try {
        this.podControl.create(template, ds, (pod) => bindToNode(pod.spec, nodeName));
      } catch (e) {
        // syncNodes: a namespace being torn down fails every creation; ignored, as upstream does.
        if (hasStatusCause(e, NAMESPACE_TERMINATING_CAUSE)) return;
        this.expectations.creationObserved(key);
        throw e;
      }
    });
    this.expectations.lower(key, creates.length - next, 0);
    for (const name of deletes) {
      try {
        this.podControl.delete(ds.metadata.namespace!, name, ds);
      } catch (e) {
        this.expectations.deletionObserved(key);
        if (!(e instanceof StatusError)) throw e;
      }
    }
    if (result.error !== undefined) this.queue.addAfter(key, 5);
  }

  private writeStatus(ds: KubeObject, nodes: readonly KubeObject[], hash: string, observe: boolean): void {
    const status = calculateDaemonSetStatus(ds, nodes, this.nodeToPods(ds, false), hash, this.now);
    if (observe && ds.metadata.generation) status.observedGeneration = ds.metadata.generation;
    const latest = this.ctx.api.tryGet('DaemonSet', ds.metadata.namespace, ds.metadata.name!);
    if (!latest || latest.metadata.uid !== ds.metadata.uid) return;
    this.ctx.api.updateStatus({ ...latest, status });
    const minReady = ds.spec?.minReadySeconds ?? 0;
    if (minReady > 0 && status.numberReady !== (status.numberAvailable ?? 0)) this.queue.addAfter(this.key(ds), minReady * 1000);
  }
}
