/**
 * The garbage collector: it keeps a graph of owners and dependents (ownerReferences, by uid) and
 * - deletes a dependent once all its owners are gone (background propagation),
 * - for an owner being deleted with the `orphan` finalizer, removes the owner's references from its
 *   dependents, then the finalizer,
 * - for an owner being deleted with `foregroundDeletion`, deletes its dependents first (in the
 *   foreground too) and removes the finalizer once none that blocks it is left.
 */
import { KubeObject } from '../api/types';
import { StatusError } from '../api/status';
import { RESOURCE_TYPES } from '../api/kinds';
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { copyWith, copyWithout } from '../util/copy';

interface Node {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

/** A node of the graph with its queue key. */
interface KnownNode extends Node {
  readonly key: string;
}

const SEP = '\u0000';
const nodeKey = (n: Node) => `${n.kind}${SEP}${n.namespace ?? ''}${SEP}${n.name}`;
/** The first three parts of a key, as `split(SEP)` gives them, without the array of parts. */
const parseNodeKey = (k: string): Node => {
  const a = k.indexOf(SEP);
  const b = a < 0 ? -1 : k.indexOf(SEP, a + 1);
  const c = b < 0 ? -1 : k.indexOf(SEP, b + 1);
  const kind = a < 0 ? k : k.slice(0, a);
  const namespace = a < 0 ? undefined : b < 0 ? k.slice(a + 1) : k.slice(a + 1, b);
  const name = b < 0 ? undefined : c < 0 ? k.slice(b + 1) : k.slice(b + 1, c);
  return { kind, namespace: namespace || undefined, name: name as string };
};

export class GarbageCollector extends Controller {
  /** uid → where the object lives (for every object that is or was an owner or dependent). */
  private readonly byUid = new Map<string, KnownNode>();
  /**
   * owner uid → the keys of its dependents, each with the number of the last change seen to it:
   * they are visited in that order, last changed last (the order of a set each change re-adds
   * the key to, at a single map write per change).
   */
  private readonly dependents = new Map<string, Map<string, number>>();
  private changes = 0;

  constructor(ctx: ClusterContext) {
    super('garbage-collector-controller', ctx);
    // Events are never owners or dependents here: the recorder may keep them back from the store.
    ctx.api.store.watchAll((type, obj, old) => this.observe(type, obj, old), { keptBack: 'ignores' });
  }

  private observe(type: string, obj: KubeObject, old: KubeObject | undefined): void {
    if (obj.kind === 'Event') return;
    const uid = obj.metadata.uid!;
    // An object's place (kind, namespace, name) is fixed for its uid: its key is built once.
    const known = this.byUid.get(uid);
    const key = known ? known.key : nodeKey({ kind: obj.kind!, namespace: obj.metadata.namespace, name: obj.metadata.name! });
    const refs = obj.metadata.ownerReferences;
    const before = old?.metadata.ownerReferences;
    // References kept (the same array) are noted again below; others are forgotten.
    if (before && (before !== refs || type === 'DELETED')) for (const ref of before) this.forget(ref.uid, key);
    if (type === 'DELETED') {
      // Its dependents may now be orphans or free of a dangling reference; an owner waiting in
      // the foreground for it may now be free to go.
      for (const dep of this.dependentKeys(uid)) this.queue.add(dep);
      for (const ref of obj.metadata.ownerReferences ?? []) {
        const owner = this.byUid.get(ref.uid);
        if (owner) this.queue.add(owner.key);
      }
      this.byUid.delete(uid);
      return;
    }
    if (!known) this.byUid.set(uid, { kind: obj.kind!, namespace: obj.metadata.namespace, name: obj.metadata.name!, key });
    if (refs) {
      for (const ref of refs) {
        let keys = this.dependents.get(ref.uid);
        if (!keys) this.dependents.set(ref.uid, (keys = new Map()));
        keys.set(key, ++this.changes);
        if (!this.exists(ref.uid)) this.queue.add(key);
      }
    }
    if (obj.metadata.deletionTimestamp) {
      const f = obj.metadata.finalizers ?? [];
      if (f.includes('orphan') || f.includes('foregroundDeletion')) this.queue.add(key);
    }
  }

  /** Drops a dependent's key; an owner left without dependents is dropped too. */
  private forget(owner: string, key: string): void {
    const keys = this.dependents.get(owner);
    if (!keys) return;
    keys.delete(key);
    if (keys.size === 0) this.dependents.delete(owner);
  }

  /** The keys of an owner's dependents, last changed last. */
  private dependentKeys(owner: string): string[] {
    const keys = this.dependents.get(owner);
    if (!keys) return [];
    if (keys.size === 1) return [...keys.keys()];
    return [...keys].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  }

  private exists(uid: string): boolean {
    return this.byUid.has(uid);
  }

  resync(): void {
    for (const t of RESOURCE_TYPES) {
      if (t.kind === 'Event') continue;
      for (const obj of this.ctx.api.store.list(t.kind)) {
        const key = nodeKey({ kind: t.kind, namespace: obj.metadata.namespace, name: obj.metadata.name! });
        if ((obj.metadata.ownerReferences ?? []).length || obj.metadata.deletionTimestamp) this.queue.add(key);
      }
    }
  }

  private get(n: Node): KubeObject | undefined {
    return this.ctx.api.tryGet(n.kind, n.namespace, n.name);
  }

  sync(key: string): void {
    const n = parseNodeKey(key);
    const obj = this.get(n);
    if (!obj) return;
    const finalizers = obj.metadata.finalizers ?? [];
    if (obj.metadata.deletionTimestamp && finalizers.includes('orphan')) this.orphanDependents(obj);
    else if (obj.metadata.deletionTimestamp && finalizers.includes('foregroundDeletion')) this.deleteDependentsFirst(obj);
    this.collectIfOrphaned(obj);
  }

  /**
   * attemptToDeleteItem (pkg/controller/garbagecollector/garbagecollector.go) after
   * classifyReferences: an owner that exists with the reference's uid is solid, or waiting for
   * its dependents when it is being deleted in the foreground (whatever blockOwnerDeletion says);
   * any other is dangling. With a solid owner, the dangling and waiting references are dropped;
   * without one, the object goes — in the foreground when an owner waits for it and it has
   * dependents of its own, otherwise as its own finalizers say (Background by default).
   */
  private collectIfOrphaned(obj: KubeObject): void {
    const refs = obj.metadata.ownerReferences ?? [];
    if (refs.length === 0) return;
    const kinds = refs.map((r) => {
      const owner = this.byUid.get(r.uid);
      const o = owner && this.get(owner);
      if (!o || o.metadata.uid !== r.uid) return 'dangling';
      return o.metadata.deletionTimestamp && (o.metadata.finalizers ?? []).includes('foregroundDeletion') ? 'waiting' : 'solid';
    });
    // An owner's entry is dropped with its last dependent: present means it has some.
    const c = classifyOwners(kinds, this.dependents.has(obj.metadata.uid!));
    if (c.action === 'keep') return;
    if (c.action === 'dropReferences') {
      const meta = copyWith(obj.metadata, { ownerReferences: refs.filter((_, i) => kinds[i] === 'solid') });
      try {
        this.ctx.api.update(copyWith(obj, { metadata: meta }));
      } catch (e) {
        // Changed meanwhile: the watch brings it back.
        if (!(e instanceof StatusError)) throw e;
      }
      return;
    }
    if (obj.metadata.deletionTimestamp) return;
    const f = obj.metadata.finalizers ?? [];
    this.remove(obj, c.action === 'deleteForeground' ? 'Foreground' : f.includes('orphan') ? 'Orphan' : f.includes('foregroundDeletion') ? 'Foreground' : 'Background');
  }

  private remove(obj: KubeObject, policy: 'Background' | 'Foreground' | 'Orphan'): void {
    try {
      this.ctx.api.delete(obj.kind!, obj.metadata.namespace, obj.metadata.name!, { propagationPolicy: policy, uid: obj.metadata.uid });
    } catch (e) {
      // Already gone.
      if (!(e instanceof StatusError)) throw e;
    }
  }

  private dependentsOf(owner: KubeObject): KubeObject[] {
    const out: KubeObject[] = [];
    for (const k of this.dependentKeys(owner.metadata.uid!)) {
      const o = this.get(parseNodeKey(k));
      if (o && (o.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid)) out.push(o);
    }
    return out;
  }

  private orphanDependents(owner: KubeObject): void {
    for (const dep of this.dependentsOf(owner)) {
      const refs = (dep.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
      const meta = refs.length ? copyWith(dep.metadata, { ownerReferences: refs }) : copyWithout(dep.metadata, 'ownerReferences');
      this.ctx.api.update(copyWith(dep, { metadata: meta }));
    }
    this.removeFinalizer(owner, 'orphan');
  }

  /**
   * processDeletingDependentsItem: each dependent is looked at (attemptToDelete), which deletes it;
   * the finalizer goes once no dependent blocking the owner's deletion is left.
   */
  private deleteDependentsFirst(owner: KubeObject): void {
    const dependents = this.dependentsOf(owner);
    for (const dep of dependents) if (!dep.metadata.deletionTimestamp) this.queue.add(nodeKey({ kind: dep.kind!, namespace: dep.metadata.namespace, name: dep.metadata.name! }));
    const blocking = dependents.some((d) => (d.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid && r.blockOwnerDeletion));
    if (!blocking) this.removeFinalizer(owner, 'foregroundDeletion');
  }

  private removeFinalizer(obj: KubeObject, finalizer: string): void {
    const latest = this.ctx.api.tryGet(obj.kind!, obj.metadata.namespace, obj.metadata.name!);
    if (!latest) return;
    const finalizers = (latest.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    const meta = finalizers.length ? copyWith(latest.metadata, { finalizers }) : copyWithout(latest.metadata, 'finalizers');
    this.ctx.api.update(copyWith(latest, { metadata: meta }));
  }
}


export type OwnerState = 'solid' | 'dangling' | 'waiting';

/** attemptToDeleteItem's decision from its owners' states and whether the object has dependents. */
export function classifyOwners(owners: readonly OwnerState[], hasDependents: boolean): { action: 'keep' | 'dropReferences' | 'deleteForeground' | 'delete' } {
  if (owners.length === 0) return { action: 'keep' };
  if (owners.includes('solid')) return { action: owners.every((o) => o === 'solid') ? 'keep' : 'dropReferences' };
  if (owners.includes('waiting') && hasDependents) return { action: 'deleteForeground' };
  return { action: 'delete' };
}
