/**
 * The taint eviction controller: a pod on a node with a NoExecute taint it does not tolerate is
 * deleted at once; one it tolerates for N seconds is deleted N seconds after the controller first
 * saw it so (the default tolerations give 300 s); if the taint goes first, the eviction is
 * cancelled. Before deleting, the pod is marked with a DisruptionTarget condition.
 */
import { KubeObject, keyOf, splitKey } from '../api/types';
import { rfc3339 } from '../api/time';
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { copyWith } from '../util/copy';

/**
 * When a pod on a node with these taints must go: 0 = now, a number of ms = after that long,
 * undefined = never (no NoExecute taint, or all tolerated for ever).
 */
export function evictionDelayMs(tolerations: readonly any[] | undefined, taints: readonly any[] | undefined): number | undefined {
  const noExecute = (taints ?? []).filter((t) => t.effect === 'NoExecute');
  if (noExecute.length === 0) return undefined;
  let min: number | undefined;
  for (const taint of noExecute) {
    const used = (tolerations ?? []).filter((t) => toleratesTaint(t, taint));
    if (used.length === 0) return 0;
    for (const t of used) {
      if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
      const ms = Math.max(0, t.tolerationSeconds) * 1000;
      min = min === undefined ? ms : Math.min(min, ms);
    }
  }
  return min;
}

/** Whether every NoExecute taint is matched by some toleration (GetMatchingTolerations). */
function toleratesAll(tolerations: readonly any[] | undefined, taints: readonly any[] | undefined): boolean {
  return (taints ?? []).every((taint) => taint.effect !== 'NoExecute' || (tolerations ?? []).some((t) => toleratesTaint(t, taint)));
}

function hasNoExecuteTaint(node: KubeObject | undefined): boolean {
  return !!node?.spec?.taints?.some((t: any) => t.effect === 'NoExecute');
}

function toleratesTaint(t: any, taint: any): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (!t.key) return t.operator === 'Exists';
  if (t.key !== taint.key) return false;
  return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
}

export class TaintEvictionController extends Controller {
  /** Pod key → when its scheduled eviction fires (the TimedWorkerQueue's FireAt). */
  private readonly scheduled = new Map<string, number>();
  /** Pods deleted while their eviction was pending, until their sync cancels it. */
  private readonly deleted = new Map<string, KubeObject>();

  constructor(ctx: ClusterContext) {
    super('taint-eviction-controller', ctx);
    ctx.api.watch('Node', (type, node, old) => {
      if (type === 'DELETED') return;
      const taints = JSON.stringify((node.spec?.taints ?? []).filter((t: any) => t.effect === 'NoExecute'));
      const before = JSON.stringify((old?.spec?.taints ?? []).filter((t: any) => t.effect === 'NoExecute'));
      if (type === 'MODIFIED' && taints === before) return;
      for (const pod of ctx.api.store.byIndex('Pod', 'nodeName', node.metadata.name!)) this.queue.add(podKey(pod));
    });
    ctx.api.watch('Pod', (type, pod, old) => {
      if (type === 'DELETED') {
        // handlePodUpdate: a pod gone while its eviction is pending cancels it, with the event.
        if (this.scheduled.has(podKey(pod))) {
          this.deleted.set(podKey(pod), pod);
          this.queue.add(podKey(pod));
        }
        return;
      }
      if (!pod.spec?.nodeName) return;
      if (type === 'MODIFIED' && old?.spec?.nodeName === pod.spec.nodeName && old?.spec?.tolerations === pod.spec.tolerations) return;
      const key = podKey(pod);
      // A sync would find nothing to evict and nothing to cancel; should the node be tainted
      // later, its watch brings the pod back.
      if (!this.scheduled.has(key) && !hasNoExecuteTaint(this.node(pod.spec.nodeName))) return;
      this.queue.add(key);
    });
  }

  resync(): void {
    // The timed eviction queue lives in memory: a restarted controller schedules every eviction
    // again from the moment it lists the pods (NewNoExecuteTaintManager starts empty).
    this.scheduled.clear();
    this.deleted.clear();
    for (const node of this.ctx.api.store.list('Node')) {
      if (hasNoExecuteTaint(node)) {
        for (const pod of this.ctx.api.store.byIndex('Pod', 'nodeName', node.metadata.name!)) this.queue.add(podKey(pod));
      }
    }
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const pod = this.ctx.api.tryGet('Pod', namespace, name);
    const gone = this.deleted.get(key);
    this.deleted.delete(key);
    if (!pod) {
      if (gone && this.scheduled.has(key)) this.cancel(gone, key);
      else this.scheduled.delete(key);
      return;
    }
    // A pod already terminating is no exception: its eviction still fires (addConditionAndDeletePod
    // marks it DisruptionTarget and deletes it again).
    if (!pod.spec?.nodeName) {
      this.scheduled.delete(key);
      return;
    }
    const node = this.node(pod.spec.nodeName);
    const delay = node ? evictionDelayMs(pod.spec.tolerations, node.spec?.taints) : undefined;
    const existing = this.scheduled.get(key);
    // processPodOnNode (pkg/controller/tainteviction/taint_eviction.go): tolerated for ever, or a
    // taint not tolerated at all, cancels a pending eviction with an event; otherwise a pending
    // eviction keeps the time it was given, whatever the tolerations and taints now say
    // (CreatedAt + minTolerationTime is before now + minTolerationTime).
    if (delay === undefined || (existing !== undefined && delay === 0 && !toleratesAll(pod.spec.tolerations, node?.spec?.taints))) {
      if (existing !== undefined) this.cancel(pod, key);
      if (delay === undefined) return;
    }
    const fireAt = this.scheduled.get(key) ?? this.now + delay;
    if (fireAt > this.now) {
      this.scheduled.set(key, fireAt);
      this.queue.addAfter(key, fireAt - this.now);
      return;
    }
    this.scheduled.delete(key);
    this.evict(pod);
  }

  private cancel(pod: KubeObject, key: string): void {
    this.scheduled.delete(key);
    this.recorder.event(pod, 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${key}`);
  }

  /** The node's taints and existence: the stored object (readers' view differs in heartbeats only). */
  private node(name: string): KubeObject | undefined {
    return this.ctx.api.store.find('Node', undefined, name);
  }

  private evict(pod: KubeObject): void {
    const { api } = this.ctx;
    const conditions: any[] = (pod.status?.conditions ?? []).filter((c: any) => c.type !== 'DisruptionTarget');
    conditions.push({
      lastProbeTime: null,
      lastTransitionTime: rfc3339(this.now),
      message: 'Taint manager: deleting due to NoExecute taint',
      reason: 'DeletionByTaintManager',
      status: 'True',
      type: 'DisruptionTarget',
    });
    const marked = api.updateStatus(copyWith(pod, { status: copyWith(pod.status ?? {}, { conditions }) }));
    this.recorder.event(marked, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${podKey(pod)}`);
    api.delete('Pod', pod.metadata.namespace, pod.metadata.name!);
  }
}

function podKey(pod: KubeObject): string {
  return keyOf(pod.metadata.namespace, pod.metadata.name!);
}
