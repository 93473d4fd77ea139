/**
 * The storage behind the API server: objects by kind, namespace and name, secondary indexes
 * (pods by node, dependents by owner uid, ...) and synchronous watch notification. Watch
 * handlers may only enqueue work; the data flows one way, through the API.
 */
import { KubeObject, splitKey } from '../api/types';
import { FREEZE_STORED, deepFreeze } from './freeze';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type WatchHandler = (type: WatchEventType, obj: KubeObject, old: KubeObject | undefined, stored: StoredNote) => void;

/**
 * A note the store keeps with each object from its first write to its removal, for the one
 * observer of every change that needs one (the history: what the object's next record shares
 * with its last). Keeping it here spares that observer a lookup in a map of every object.
 */
export interface StoredNote {
  note?: unknown;
}
export type IndexFunc = (obj: KubeObject) => readonly string[];
/**
 * The part of an object an index reads (`(o) => o.metadata.labels`): when an update keeps it
 * (the same object, or the same string), the index values cannot have changed and are not
 * computed again. Stored objects are never changed, so the same reference means the same content.
 */
export type IndexInput = (obj: KubeObject) => unknown;

/**
 * Where one stored object lives, from its first write to its removal: lists and indexes hold
 * slots, so no write or read builds (and hashes) a `namespace/name` string.
 */
interface Slot extends StoredNote {
  obj: KubeObject;
}

/**
 * How a watcher of every kind treats objects a writer keeps back (see `ObjectStore.keepBack`):
 * `ignores` them (it ignores their kind), or `hearsFromWriter` (the writer tells it directly).
 */
export interface WatchAllOptions {
  readonly keptBack?: 'ignores' | 'hearsFromWriter';
}

interface Index {
  readonly fn: IndexFunc;
  readonly reads?: IndexInput;
  /**
   * Index value → the slots of the objects with it, in the order they got it: the slot itself
   * while it is the only one. Many values belong to one object (a pod's IP): a set each was two
   * objects more per pod, kept as long as the pod.
   */
  readonly entries: Map<string, Slot | Set<Slot>>;
}

/** Everything stored of one kind. */
class KindStore {
  /** Every slot, in insertion order (the order lists keep). */
  readonly slots = new Set<Slot>();
  /** Slots by namespace ('' for cluster-scoped) and name. */
  readonly byName = new Map<string, Map<string, Slot>>();
  readonly indexes: Index[] = [];
  readonly indexByName = new Map<string, Index>();
  readonly watchers: WatchHandler[] = [];
  /** Stores the objects a writer kept back (see ObjectStore.keepBack); set while there are some. */
  release?: () => void;

  find(namespace: string | undefined, name: string): Slot | undefined {
    return this.byName.get(namespace ?? '')?.get(name);
  }

  names(namespace: string | undefined): Map<string, Slot> {
    let names = this.byName.get(namespace ?? '');
    if (!names) this.byName.set(namespace ?? '', (names = new Map()));
    return names;
  }
}

export class ObjectStore {
  private readonly kinds = new Map<string, KindStore>();
  private readonly allWatchers: WatchHandler[] = [];
  /** Whether every watcher of every kind lets writers keep objects back (see keepBack). */
  private allLetKeepBack = true;

  /** A kind's store, with any objects kept back from it stored first: every access goes through here. */
  private kind(kind: string): KindStore {
    let k = this.kinds.get(kind);
    if (!k) {
      this.kinds.set(kind, (k = new KindStore()));
      this.addIndex(kind, 'namespace', (o) => [o.metadata.namespace ?? ''], (o) => o.metadata.namespace);
    }
    if (k.release) releaseKeptBack(k);
    return k;
  }

  /** `kind` for reads: undefined for a kind never written. */
  private existing(kind: string): KindStore | undefined {
    const k = this.kinds.get(kind);
    if (k?.release) releaseKeptBack(k);
    return k;
  }

  /**
   * Whether a writer may keep objects of a kind back: store them only once the kind is read or
   * written again, telling the watchers of every kind itself (the event recorder's Events, which
   * nothing reads while a simulation runs). Only while nobody watches the kind, and every watcher
   * of every kind ignores such objects or hears of them from their writer: then keeping an
   * object back changes nothing anybody can see, and spares the store's lookups and indexes.
   */
  mayKeepBack(kind: string): boolean {
    if (!this.allLetKeepBack) return false;
    const k = this.kinds.get(kind);
    return !k || k.watchers.length === 0;
  }

  /**
   * A writer keeps objects of `kind` back: `release` stores them (with `place`), in the order they
   * were written, before the kind is next read or written, or watched.
   */
  keepBack(kind: string, release: () => void): void {
    const k = this.kinds.get(kind) ?? this.kind(kind);
    k.release = release;
  }

  /**
   * Stores an object a writer kept back, as it is now, without telling watchers (the writer told
   * them of each of its changes when it made them); `note` is the note it kept for it.
   */
  place(obj: KubeObject, note: StoredNote): void {
    if (FREEZE_STORED) deepFreeze(obj);
    const k = this.kinds.get(obj.kind!)!;
    addSlot(k, k.names(obj.metadata.namespace), obj.metadata.name ?? '', { obj, note: note.note });
  }

  private releaseAll(): void {
    for (const k of this.kinds.values()) if (k.release) releaseKeptBack(k);
  }

  /** The object of a kind with this `namespace/name` (or cluster-scoped `name`) key. */
  get(kind: string, key: string): KubeObject | undefined {
    const { namespace, name } = splitKey(key);
    return this.find(kind, namespace, name);
  }

  /** The object of a kind with this namespace (undefined or '' when cluster-scoped) and name. */
  find(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.existing(kind)?.find(namespace, name)?.obj;
  }

  /** Whether any object of the kind is stored in the namespace (those kept back aside). */
  hasPlaced(kind: string, namespace: string | undefined): boolean {
    return (this.kinds.get(kind)?.byName.get(namespace ?? '')?.size ?? 0) > 0;
  }

  /** `find` among the objects stored, leaving those kept back where they are. */
  findPlaced(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.kinds.get(kind)?.find(namespace, name)?.obj;
  }

  /** Every object of a kind (in one namespace), in insertion order. */
  list(kind: string, namespace?: string): KubeObject[] {
    const k = this.existing(kind);
    if (!k) return [];
    if (namespace !== undefined) return this.byIndex(kind, 'namespace', namespace);
    const out: KubeObject[] = [];
    for (const slot of k.slots) out.push(slot.obj);
    return out;
  }

  count(kind: string): number {
    return this.existing(kind)?.slots.size ?? 0;
  }

  addIndex(kind: string, name: string, fn: IndexFunc, reads?: IndexInput): void {
    const k = this.kind(kind);
    if (k.indexByName.has(name)) return;
    const index: Index = { fn, reads, entries: new Map() };
    k.indexes.push(index);
    k.indexByName.set(name, index);
    for (const slot of k.slots) indexAdd(index, slot, fn(slot.obj));
  }

  /** How many distinct values an index holds (0: no object has any). */
  indexSize(kind: string, name: string): number {
    return this.existing(kind)?.indexByName.get(name)?.entries.size ?? 0;
  }

  byIndex(kind: string, name: string, value: string): KubeObject[] {
    const slots = this.index(kind, name).entries.get(value);
    if (slots === undefined) return [];
    if (!(slots instanceof Set)) return [slots.obj];
    const out: KubeObject[] = [];
    for (const slot of slots) out.push(slot.obj);
    return out;
  }

  /** Whether some object has `value` in the index (an emptied value is dropped from it). */
  hasIndexed(kind: string, name: string, value: string): boolean {
    return this.index(kind, name).entries.has(value);
  }

  private index(kind: string, name: string): Index {
    const index = this.kind(kind).indexByName.get(name);
    if (!index) throw new Error(`no index ${name} on ${kind}`);
    return index;
  }

  /** Stores `obj` (replacing the previous version) and notifies watchers. */
  put(obj: KubeObject): void {
    if (FREEZE_STORED) deepFreeze(obj);
    const k = this.kind(obj.kind!);
    const names = k.names(obj.metadata.namespace);
    const name = obj.metadata.name ?? '';
    let slot = names.get(name);
    const old = slot?.obj;
    if (slot) {
      // Most updates change no index value (status writes): then there is nothing to move.
      for (const index of k.indexes) {
        if (index.reads && index.reads(obj) === index.reads(old!)) continue;
        const before = index.fn(old!);
        const now = index.fn(obj);
        if (sameValues(before, now)) continue;
        indexRemove(index, slot, before);
        indexAdd(index, slot, now);
      }
      slot.obj = obj;
    } else {
      // The note is written later by the history: declared now, the slot keeps its one layout.
      slot = { obj, note: undefined };
      addSlot(k, names, name, slot);
    }
    this.notify(k, old ? 'MODIFIED' : 'ADDED', obj, old, slot);
  }

  remove(obj: KubeObject): void {
    const k = this.existing(obj.kind!);
    const names = k?.byName.get(obj.metadata.namespace ?? '');
    const slot = names?.get(obj.metadata.name ?? '');
    if (!k || !names || !slot) return;
    for (const index of k.indexes) indexRemove(index, slot, index.fn(slot.obj));
    names.delete(obj.metadata.name ?? '');
    k.slots.delete(slot);
    this.notify(k, 'DELETED', slot.obj, slot.obj, slot);
  }

  watch(kind: string, handler: WatchHandler): void {
    // From now on this kind's writes are heard one by one: what was kept back is stored first.
    this.kind(kind).watchers.push(handler);
  }

  /** Stops telling `handler` of this kind's writes (a watch that ends, as kubectl's do). */
  unwatch(kind: string, handler: WatchHandler): void {
    const watchers = this.kind(kind).watchers;
    const at = watchers.indexOf(handler);
    if (at >= 0) watchers.splice(at, 1);
  }

  watchAll(handler: WatchHandler, options: WatchAllOptions = {}): void {
    if (!options.keptBack) {
      this.releaseAll();
      this.allLetKeepBack = false;
    }
    this.allWatchers.push(handler);
  }

  private notify(k: KindStore, type: WatchEventType, obj: KubeObject, old: KubeObject | undefined, slot: Slot): void {
    for (const h of this.allWatchers) h(type, obj, old, slot);
    for (const h of k.watchers) h(type, obj, old, slot);
  }
}

function releaseKeptBack(k: KindStore): void {
  const release = k.release!;
  k.release = undefined;
  release();
}

/** A new object's slot: in its kind's indexes, under its name, in its kind's list. */
function addSlot(k: KindStore, names: Map<string, Slot>, name: string, slot: Slot): void {
  for (const index of k.indexes) indexAdd(index, slot, index.fn(slot.obj));
  names.set(name, slot);
  k.slots.add(slot);
}

function indexAdd(index: Index, slot: Slot, values: readonly string[]): void {
  for (const v of values) {
    const slots = index.entries.get(v);
    if (slots === undefined) index.entries.set(v, slot);
    else if (slots instanceof Set) slots.add(slot);
    else if (slots !== slot) index.entries.set(v, new Set([slots, slot]));
  }
}

function indexRemove(index: Index, slot: Slot, values: readonly string[]): void {
  for (const v of values) {
    const slots = index.entries.get(v);
    if (slots === slot) index.entries.delete(v);
    else if (slots instanceof Set) {
      slots.delete(slot);
      if (slots.size === 0) index.entries.delete(v);
    }
  }
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
