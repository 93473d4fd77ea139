/**
 * The namespace controller: a deleted namespace is Terminating until everything in it is gone.
 * As upstream's (pkg/controller/namespace/namespace_controller.go and
 * deletion/namespaced_resources_deleter.go) it looks at a namespace 5 s after each change to it
 * (namespaceDeletionGracePeriod), deletes its content, reports what remains in the namespace's
 * conditions, and — not woken by the content going — looks again after an estimate of how long
 * what remains takes to go (ResourcesRemainingError: estimate/2 + 1 s). Once nothing is left it
 * removes the `kubernetes` finalizer, letting the API server remove the namespace.
 */
import { KubeObject } from '../api/types';
import { RESOURCE_TYPES } from '../api/kinds';
import { rfc3339, parseTime } from '../api/time';
import { StatusError } from '../api/status';
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { ItemRateLimiter } from './rateLimiter';

const FINALIZER = 'kubernetes';
/** namespaceDeletionGracePeriod: every namespace event is processed this much later. */
export const NAMESPACE_DELETION_GRACE_MS = 5_000;
/** finalizerEstimateSeconds: the wait when what remains is held by finalizers. */
export const FINALIZER_ESTIMATE_SECONDS = 15;

/** What remains of one resource after a deletion pass. */
export interface Remaining {
  resource: string;
  group: string;
  count: number;
  /** finalizer → instances still carrying it. */
  finalizers: Map<string, number>;
}

/**
 * estimateGracefulTerminationForPods and estimateGracefulTermination: the longest grace period of
 * the namespace's non-terminal pods, in seconds, or 0 once that long has passed since the
 * namespace was deleted.
 */
export function podEstimateSeconds(pods: readonly KubeObject[], deletedAtMs: number, nowMs: number): number {
  let estimate = 0;
  for (const pod of pods) {
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    const grace = pod.spec?.terminationGracePeriodSeconds;
    if (typeof grace === 'number' && grace > estimate) estimate = grace;
  }
  return nowMs - deletedAtMs >= estimate * 1000 ? 0 : estimate;
}

/**
 * deleteAllContentForGroupVersionResource's verdict on one resource: its estimate (the pods'
 * for pods, 0 otherwise), raised to finalizerEstimateSeconds when what remains has finalizers;
 * `unexpected` when items remain with neither.
 */
export function resourceEstimate(estimate: number, remaining: Remaining | undefined): { estimate: number; unexpected: boolean } {
  if (!remaining || remaining.count === 0 || estimate > 0) return { estimate, unexpected: false };
  if (remaining.finalizers.size > 0) return { estimate: FINALIZER_ESTIMATE_SECONDS, unexpected: false };
  return { estimate, unexpected: true };
}

/** The namespace worker's requeue for a ResourcesRemainingError: estimate/2 + 1 seconds (integer division). */
export function requeueSeconds(estimate: number): number {
  return Math.floor(estimate / 2) + 1;
}

/** ProcessContentTotals: the NamespaceContentRemaining and NamespaceFinalizersRemaining messages. */
export function remainingMessages(remaining: readonly Remaining[]): { content?: string; finalizers?: string } {
  const resources = remaining.filter((r) => r.count > 0).map((r) => `${r.resource}.${r.group} has ${r.count} resource instances`).sort();
  const byFinalizer = new Map<string, number>();
  for (const r of remaining) for (const [f, n] of r.finalizers) byFinalizer.set(f, (byFinalizer.get(f) ?? 0) + n);
  const finalizers = [...byFinalizer].filter(([, n]) => n > 0).map(([f, n]) => `${f} in ${n} resource instances`).sort();
  return {
    content: resources.length ? `Some resources are remaining: ${resources.join(', ')}` : undefined,
    finalizers: finalizers.length ? `Some content in the namespace has finalizers remaining: ${finalizers.join(', ')}` : undefined,
  };
}

export class NamespaceController extends Controller {
  /** Failed passes per namespace, for the rate-limited retry; forgotten on a pass that succeeds. */
  private readonly failures = new ItemRateLimiter();

  constructor(ctx: ClusterContext) {
    super('namespace-controller', ctx);
    // enqueueNamespace: only namespaces being deleted, each event after the grace period.
    ctx.api.watch('Namespace', (type, ns) => {
      if (type !== 'DELETED' && ns.metadata.deletionTimestamp) this.queue.addAfter(ns.metadata.name!, NAMESPACE_DELETION_GRACE_MS);
    });
  }

  resync(): void {
    for (const ns of this.ctx.api.store.list('Namespace')) if (ns.metadata.deletionTimestamp) this.queue.addAfter(ns.metadata.name!, NAMESPACE_DELETION_GRACE_MS);
  }

  sync(name: string): void {
    const ns = this.ctx.api.tryGet('Namespace', undefined, name);
    if (!ns?.metadata.deletionTimestamp) return this.forget(name);
    if (!(ns.spec?.finalizers ?? []).includes(FINALIZER)) return this.forget(name);
    const deletedAt = parseTime(ns.metadata.deletionTimestamp) ?? this.now;
    const remaining: Remaining[] = [];
    let estimate = 0;
    let unexpected = false;
    for (const t of RESOURCE_TYPES) {
      if (!t.namespaced) continue;
      const before = this.ctx.api.store.list(t.kind, name);
      if (before.length === 0) continue;
      const own = t.kind === 'Pod' ? podEstimateSeconds(before, deletedAt, this.now) : 0;
      for (const obj of before) if (!obj.metadata.deletionTimestamp) this.remove(obj);
      const left = this.ctx.api.store.list(t.kind, name);
      const finalizers = new Map<string, number>();
      for (const obj of left) for (const f of obj.metadata.finalizers ?? []) finalizers.set(f, (finalizers.get(f) ?? 0) + 1);
      const r: Remaining = { resource: t.resource, group: t.group, count: left.length, finalizers };
      if (left.length) remaining.push(r);
      const verdict = resourceEstimate(own, r);
      if (verdict.estimate > estimate) estimate = verdict.estimate;
      unexpected ||= verdict.unexpected;
    }
    this.writeConditions(ns, remaining);
    if (unexpected) {
      // "unexpected items still remain": an error, retried with the controller rate limiter.
      this.queue.addAfter(name, this.failures.when(name));
      return;
    }
    this.forget(name);
    if (estimate > 0) {
      this.queue.addAfter(name, requeueSeconds(estimate) * 1000);
      return;
    }
    const live = this.ctx.api.tryGet('Namespace', undefined, name);
    if (!live) return;
    const finalizers = (live.spec?.finalizers ?? []).filter((f: string) => f !== FINALIZER);
    this.ctx.api.update({ ...live, spec: { ...live.spec, finalizers } });
  }

  private forget(name: string): void {
    this.failures.forget(name);
  }

  private remove(obj: KubeObject): void {
    try {
      this.ctx.api.delete(obj.kind!, obj.metadata.namespace, obj.metadata.name!, { propagationPolicy: 'Background' });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
    }
  }

  /**
   * namespaceConditionUpdater.Update: the conditions `kubectl describe namespace` shows while it
   * terminates. A condition whose status, reason or message changes gets a new transition time;
   * the status is written only when something changed.
   */
  private writeConditions(ns: KubeObject, remaining: readonly Remaining[]): void {
    const now = rfc3339(this.now);
    const msgs = remainingMessages(remaining);
    const wanted: [string, string, string, string][] = [
      ['NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'],
      ['NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'],
      ['NamespaceDeletionContentFailure', 'False', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'],
      msgs.content
        ? ['NamespaceContentRemaining', 'True', 'SomeResourcesRemain', msgs.content]
        : ['NamespaceContentRemaining', 'False', 'ContentRemoved', 'All content successfully removed'],
      msgs.finalizers
        ? ['NamespaceFinalizersRemaining', 'True', 'SomeFinalizersRemain', msgs.finalizers]
        : ['NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'],
    ];
    const conditions: any[] = [...(ns.status?.conditions ?? [])];
    let changed = false;
    for (const [type, status, reason, message] of wanted) {
      const i = conditions.findIndex((c) => c.type === type);
      const prev = conditions[i];
      if (prev && prev.status === status && prev.reason === reason && prev.message === message) continue;
      changed = true;
      const next = { lastTransitionTime: now, message, reason, status, type };
      if (prev) conditions[i] = next;
      else conditions.push(next);
    }
    if (changed) this.ctx.api.updateStatus({ ...ns, status: { ...ns.status, conditions } });
  }
}
