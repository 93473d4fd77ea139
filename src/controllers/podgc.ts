/**
 * The pod garbage collector: every 20 s it looks for pods bound to nodes that no longer exist;
 * after a 40 s quarantine (the node might come back) it marks them Failed and removes them at
 * once. It is woken by node deletions, and by pods bound to a node that does not exist, rather
 * than by polling an unchanged cluster.
 */
import { KubeObject } from '../api/types';
import { StatusError } from '../api/status';
import { rfc3339 } from '../api/time';
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { copyWith } from '../util/copy';

const GC_PERIOD_MS = 20_000;
const QUARANTINE_MS = 40_000;

export class PodGCController extends Controller {
  private readonly startedAt: number;
  /** Node name → when this controller first saw it missing. */
  private readonly missingSince = new Map<string, number>();

  constructor(ctx: ClusterContext) {
    super('pod-garbage-collector', ctx);
    this.startedAt = ctx.runtime.now();
    ctx.api.watch('Node', (type, node) => {
      if (type === 'DELETED') this.queue.addAfter(node.metadata.name!, this.nextPass() - this.now);
    });
    // A pod can also be bound to a node that never existed (spec.nodeName in its manifest).
    ctx.api.watch('Pod', (type, pod, old) => {
      const node = pod.spec?.nodeName;
      if (type === 'DELETED' || !node || old?.spec?.nodeName === node) return;
      // Whether it exists: the store's object, not the node as readers see it (a copy per read).
      if (!ctx.api.store.find('Node', undefined, node)) this.queue.addAfter(node, this.nextPass() - this.now);
    });
  }

  private nextPass(after = this.now): number {
    const k = Math.ceil((after - this.startedAt) / GC_PERIOD_MS);
    return this.startedAt + Math.max(1, k) * GC_PERIOD_MS;
  }

  resync(): void {
    const nodes = new Set(this.ctx.api.store.list('Node').map((n) => n.metadata.name));
    for (const pod of this.ctx.api.store.list('Pod')) {
      const n = pod.spec?.nodeName;
      if (n && !nodes.has(n)) this.queue.add(n);
    }
  }

  sync(nodeName: string): void {
    if (this.ctx.api.tryGet('Node', undefined, nodeName)) {
      this.missingSince.delete(nodeName);
      return;
    }
    const since = this.missingSince.get(nodeName);
    if (since === undefined) {
      this.missingSince.set(nodeName, this.now);
      this.queue.addAfter(nodeName, this.nextPass(this.now + QUARANTINE_MS) - this.now);
      return;
    }
    if (this.now - since < QUARANTINE_MS) {
      this.queue.addAfter(nodeName, this.nextPass(since + QUARANTINE_MS) - this.now);
      return;
    }
    this.missingSince.delete(nodeName);
    for (const pod of this.ctx.api.store.byIndex('Pod', 'nodeName', nodeName)) this.collect(pod);
  }

  private collect(pod: KubeObject): void {
    const { api } = this.ctx;
    const phase = pod.status?.phase;
    if (phase !== 'Succeeded' && phase !== 'Failed') {
      const conditions: any[] = (pod.status?.conditions ?? []).filter((c: any) => c.type !== 'DisruptionTarget');
      conditions.push({
        lastProbeTime: null,
        lastTransitionTime: rfc3339(this.now),
        message: 'PodGC: node no longer exists',
        reason: 'DeletionByPodGC',
        status: 'True',
        type: 'DisruptionTarget',
      });
      api.updateStatus(copyWith(pod, { status: copyWith(pod.status ?? {}, { phase: 'Failed', conditions }) }));
    }
    try {
      api.delete('Pod', pod.metadata.namespace, pod.metadata.name!, { gracePeriodSeconds: 0 });
    } catch (e) {
      // Already gone.
      if (!(e instanceof StatusError)) throw e;
    }
  }
}
