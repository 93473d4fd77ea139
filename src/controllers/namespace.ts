/**
 * The namespace controller: a deleted namespace is Terminating until everything in it is gone.
 * It deletes the namespace's content, reports what remains in the namespace's conditions, and
 * once nothing is left removes the `kubernetes` finalizer, letting the API server remove it.
 */
import { KubeObject } from '../api/types';
import { RESOURCE_TYPES } from '../api/kinds';
import { rfc3339 } from '../api/time';
import { StatusError } from '../api/status';
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { WatchEventType } from '../store/objects';

const FINALIZER = 'kubernetes';

export class NamespaceController extends Controller {
  /** Namespaces being deleted: a deletion in one of them may let it finish. */
  private readonly terminating = new Set<string>();

  constructor(ctx: ClusterContext) {
    super('namespace-controller', ctx);
    ctx.api.watch('Namespace', (type, ns) => {
      const name = ns.metadata.name!;
      if (type !== 'DELETED' && ns.metadata.deletionTimestamp) {
        this.terminating.add(name);
        this.queue.add(name);
      } else this.terminating.delete(name);
    });
    // Events the recorder keeps back from the store it tells of itself, so the store may keep
    // doing so (a watcher of every kind that heard only of stored objects would forbid it).
    ctx.api.store.watchAll((type, obj) => this.heard(type, obj.metadata.namespace), { keptBack: 'hearsFromWriter' });
    ctx.events.hearKeptBack((type, identity) => this.heard(type, identity.namespace));
  }

  /** A deletion in a terminating namespace may let it finish. */
  private heard(type: WatchEventType, namespace: string | undefined): void {
    if (type === 'DELETED' && namespace && this.terminating.has(namespace)) this.queue.add(namespace);
  }

  resync(): void {
    for (const ns of this.ctx.api.store.list('Namespace')) if (ns.metadata.deletionTimestamp) this.queue.add(ns.metadata.name!);
  }

  sync(name: string): void {
    const ns = this.ctx.api.tryGet('Namespace', undefined, name);
    if (!ns?.metadata.deletionTimestamp) return;
    const remaining = new Map<string, number>();
    for (const t of RESOURCE_TYPES) {
      if (!t.namespaced) continue;
      for (const obj of this.ctx.api.store.list(t.kind, name)) {
        if (!obj.metadata.deletionTimestamp) this.remove(obj);
        if (this.ctx.api.store.get(t.kind, `${name}/${obj.metadata.name}`)) remaining.set(t.resource, (remaining.get(t.resource) ?? 0) + 1);
      }
    }
    this.writeConditions(ns, remaining);
    if (remaining.size > 0) return;
    const live = this.ctx.api.tryGet('Namespace', undefined, name);
    if (!live) return;
    const finalizers = (live.spec?.finalizers ?? []).filter((f: string) => f !== FINALIZER);
    this.ctx.api.update({ ...live, spec: { ...live.spec, finalizers } });
  }

  private remove(obj: KubeObject): void {
    try {
      this.ctx.api.delete(obj.kind!, obj.metadata.namespace, obj.metadata.name!, { propagationPolicy: 'Background' });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
    }
  }

  /** The conditions `kubectl describe namespace` shows while it terminates. */
  private writeConditions(ns: KubeObject, remaining: Map<string, number>): void {
    const now = rfc3339(this.now);
    const old: any[] = ns.status?.conditions ?? [];
    const condition = (type: string, status: string, reason: string, message: string) => {
      const prev = old.find((c) => c.type === type);
      return { lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime : now, message, reason, status, type };
    };
    const total = [...remaining.values()].reduce((a, b) => a + b, 0);
    const what = [...remaining.keys()].sort().join(', ');
    const conditions = [
      condition('NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'),
      condition('NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'),
      condition('NamespaceDeletionContentFailure', 'False', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'),
      total
        ? condition('NamespaceContentRemaining', 'True', 'SomeResourcesRemain', `Some resources are remaining: ${what} has ${total} resource instances`)
        : condition('NamespaceContentRemaining', 'False', 'ContentRemoved', 'All content successfully removed'),
      condition('NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'),
    ];
    this.ctx.api.updateStatus({ ...ns, status: { ...ns.status, conditions } });
  }
}
