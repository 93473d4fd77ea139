/**
 * The default scheduler: it takes pods that have no node, filters the nodes (first failing filter
 * per node), prefers nodes with fewer pods of the same owner, then fewer pods, ties broken by the
 * seeded generator, and binds. Pods that fit nowhere get FailedScheduling and wait for a change in
 * the cluster (after their back-off) or the five-minute flush.
 */
import { KubeObject, controllerOf, keyOf, splitKey } from '../api/types';
import { StatusError } from '../api/status';
import { rfc3339 } from '../api/time';
import { ClusterContext } from '../context';
import { Recorder } from '../events/recorder';
import { WorkQueue } from '../sim/workqueue';
import { NodeUsage, PodRequests, filterNode, podRequests } from './filters';
import { feasibleNodesToFind, fitErrorMessage } from './fitError';
import { OwnerSpread } from './spread';
import { copyWith } from '../util/copy';
import { NodeEntry, SchedulerNodes } from './nodes';
import { BestNodes } from './best';

const INITIAL_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 10_000;
const UNSCHEDULABLE_FLUSH_MS = 5 * 60_000;

interface Waiting {
  attempts: number;
  backoffUntil: number;
}

interface Placement {
  readonly node: string;
  readonly milliCPU: number;
  readonly memory: number;
  readonly owner?: string;
}

export class Scheduler {
  private readonly queue: WorkQueue;
  private readonly recorder: Recorder;
  private readonly unschedulable = new Map<string, Waiting>();
  private readonly usage = new Map<string, NodeUsage>();
  private readonly placements = new Map<string, Placement>();
  private readonly spread = new OwnerSpread();
  private nextStartNode = 0;
  private readonly nodes: SchedulerNodes;
  /** The ties of the attempt under way (one buffer for every attempt). */
  private readonly best = new BestNodes();

  constructor(private readonly ctx: ClusterContext) {
    this.recorder = ctx.events.for({ component: 'default-scheduler' });
    this.queue = new WorkQueue(ctx.runtime, 'scheduler', (key) => this.scheduleOne(key));
    ctx.api.watch('Pod', (type, pod) => this.onPod(type, pod));
    this.nodes = new SchedulerNodes(
      () => ctx.api.store.list('Node'),
      (name) => this.spread.id(name),
      (name) => this.usageOf(name),
    );
    ctx.api.watch('Node', (type, node) => {
      this.nodes.onNode(type, node);
      if (type !== 'DELETED') this.retryUnschedulable();
    });
  }

  private isOurs(pod: KubeObject): boolean {
    return (pod.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler';
  }

  private onPod(type: string, pod: KubeObject): void {
    const key = keyOf(pod.metadata.namespace, pod.metadata.name!);
    const uid = pod.metadata.uid!;
    const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
    if (type === 'DELETED' || terminal) {
      this.unschedulable.delete(key);
      if (this.unplace(uid)) this.retryUnschedulable();
      return;
    }
    if (pod.spec?.nodeName) {
      this.unschedulable.delete(key);
      this.place(pod);
      return;
    }
    if (!pod.metadata.deletionTimestamp && this.isOurs(pod) && !this.unschedulable.has(key)) this.queue.add(key);
  }

  /** Keeps the per-node totals the filters and scores read. */
  private place(pod: KubeObject): void {
    const uid = pod.metadata.uid!;
    if (this.placements.has(uid)) return;
    const req = podRequests(pod);
    const owner = controllerOf(pod)?.uid;
    const p: Placement = { node: pod.spec.nodeName, milliCPU: req.milliCPU, memory: req.memory, owner };
    this.placements.set(uid, p);
    const u = this.usageOf(p.node);
    u.milliCPU += p.milliCPU;
    u.memory += p.memory;
    u.pods += 1;
    if (owner) this.spread.add(owner, p.node);
  }

  private unplace(uid: string): boolean {
    const p = this.placements.get(uid);
    if (!p) return false;
    this.placements.delete(uid);
    const u = this.usageOf(p.node);
    u.milliCPU -= p.milliCPU;
    u.memory -= p.memory;
    u.pods -= 1;
    if (p.owner) this.spread.remove(p.owner, p.node);
    return true;
  }

  private usageOf(node: string): NodeUsage {
    let u = this.usage.get(node);
    if (!u) this.usage.set(node, (u = { milliCPU: 0, memory: 0, pods: 0 }));
    return u;
  }

  /** A change that may let waiting pods fit: each is retried once its back-off is over. */
  private retryUnschedulable(): void {
    const now = this.ctx.runtime.now();
    for (const [key, w] of this.unschedulable) {
      this.unschedulable.delete(key);
      this.queue.addAfter(key, Math.max(0, w.backoffUntil - now));
      this.waitingAttempts.set(key, w.attempts);
    }
  }

  /** Attempts of pods moved back to the queue, kept for their next back-off. */
  private readonly waitingAttempts = new Map<string, number>();

  private scheduleOne(key: string): void {
    const { namespace, name } = splitKey(key);
    const pod = this.ctx.api.tryGet('Pod', namespace, name);
    if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp || !this.isOurs(pod)) {
      this.waitingAttempts.delete(key);
      return;
    }
    const nodes = this.nodes.list();
    const requests = podRequests(pod);
    const toFind = feasibleNodesToFind(nodes.length);
    // Reasons are only needed when no node fits (the FailedScheduling message): rare.
    let failures: string[][] | undefined;
    const best = this.beginChoice(pod);
    let found = 0;
    const start = nodes.length ? this.nextStartNode % nodes.length : 0;
    let checked = 0;
    const plain = isPlain(pod);
    for (let i = 0; i < nodes.length && found < toFind; i++) {
      const n = nodes[(start + i) % nodes.length];
      checked++;
      // The common case, decided without the filters: a pod asking for no particular node on a
      // node refusing no one, with room for it (what filterNode would find, node after node).
      if (!(plain && n.open && fits(n, requests))) {
        const reason = filterNode(pod, n.node, n.usage, requests, this.ctx.api.minor, n.allocatable);
        if (reason !== undefined) {
          (failures ??= []).push(reason.split('\u0000'));
          continue;
        }
      }
      found++;
      best.consider(n);
    }
    this.nextStartNode = nodes.length ? (start + checked) % nodes.length : 0;
    if (found === 0) {
      this.fail(pod, key, fitErrorMessage(failures ?? [], this.ctx.api.minor));
      return;
    }
    const chosen = best.draw(this.ctx.rng);
    this.waitingAttempts.delete(key);
    try {
      const bound = this.ctx.api.bind(namespace!, name, chosen);
      this.recorder.event(bound, 'Normal', 'Scheduled', `Successfully assigned ${namespace}/${name} to ${chosen}`);
    } catch (e) {
      // The pod changed under us (deleted or bound elsewhere): the watch brings it back if needed.
      if (!(e instanceof StatusError)) throw e;
    }
  }

  /** The choice among the feasible nodes, started for this pod's owner and tolerations. */
  private beginChoice(pod: KubeObject): BestNodes {
    const owner = controllerOf(pod)?.uid;
    this.best.begin(owner ? this.spread.countsOf(owner) : undefined, pod.spec?.tolerations);
    return this.best;
  }

  private fail(pod: KubeObject, key: string, message: string): void {
    const now = this.ctx.runtime.now();
    const attempts = (this.waitingAttempts.get(key) ?? 0) + 1;
    this.waitingAttempts.delete(key);
    const backoff = Math.min(INITIAL_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    this.unschedulable.set(key, { attempts, backoffUntil: now + backoff });
    this.recorder.event(pod, 'Warning', 'FailedScheduling', message);
    const conditions: any[] = (pod.status?.conditions ?? []).filter((c: any) => c.type !== 'PodScheduled');
    const old = (pod.status?.conditions ?? []).find((c: any) => c.type === 'PodScheduled');
    conditions.push({
      lastProbeTime: null,
      lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : rfc3339(now),
      message,
      reason: 'Unschedulable',
      status: 'False',
      type: 'PodScheduled',
    });
    this.ctx.api.updateStatus(copyWith(pod, { status: copyWith(pod.status, { conditions }) }));
    // The flush of long-unschedulable pods retries them even when nothing changed.
    this.ctx.runtime.after(UNSCHEDULABLE_FLUSH_MS, `scheduler flush ${key}`, () => {
      const w = this.unschedulable.get(key);
      if (w && w.attempts === attempts) {
        this.unschedulable.delete(key);
        this.waitingAttempts.set(key, attempts);
        this.queue.add(key);
      }
    });
  }
}

/** A pod with no node name, node selector or required node affinity. */
function isPlain(pod: KubeObject): boolean {
  const spec = pod.spec;
  if (spec?.nodeName) return false;
  if (spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms !== undefined) return false;
  const selector = spec?.nodeSelector;
  if (selector) for (const _ in selector) return false;
  return true;
}

/** NodeResourcesFit passes (the same arithmetic as filterNode's). */
function fits(n: NodeEntry, requests: PodRequests): boolean {
  const { usage, allocatable } = n;
  if (usage.pods + 1 > allocatable.pods) return false;
  if (requests.milliCPU > 0 && usage.milliCPU + requests.milliCPU > allocatable.milliCPU) return false;
  return !(requests.memory > 0 && usage.memory + requests.memory > allocatable.memory);
}
