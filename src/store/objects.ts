/**
 * The storage behind the API server: objects by kind and key, secondary indexes (pods by node,
 * dependents by owner uid, ...) and synchronous watch notification. Watch handlers may only
 * enqueue work; the data flows one way, through the API.
 */
import { KubeObject, objectKey } from '../api/types';
import { FREEZE_STORED, deepFreeze } from './freeze';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type WatchHandler = (type: WatchEventType, obj: KubeObject, old: KubeObject | undefined) => void;
export type IndexFunc = (obj: KubeObject) => readonly string[];
/**
 * The part of an object an index reads (`(o) => o.metadata.labels`): when an update keeps it
 * (the same object, or the same string), the index values cannot have changed and are not
 * computed again. Stored objects are never changed, so the same reference means the same content.
 */
export type IndexInput = (obj: KubeObject) => unknown;

interface Index {
  readonly fn: IndexFunc;
  readonly reads?: IndexInput;
  /** Index value → keys of the objects with it (objects are read from the primary map). */
  readonly entries: Map<string, Set<string>>;
}

export class ObjectStore {
  /** Per kind, objects by `namespace/name` key, in insertion order (the order lists keep). */
  private readonly byKind = new Map<string, Map<string, KubeObject>>();
  /**
   * The same objects by namespace ('' for cluster-scoped) and name, for lookups: their strings
   * come hashed from the objects themselves, where a `namespace/name` key would be a new string
   * to hash on every read.
   */
  private readonly byName = new Map<string, Map<string, Map<string, KubeObject>>>();
  private readonly indexes = new Map<string, Map<string, Index>>();
  private readonly watchers = new Map<string, WatchHandler[]>();
  private readonly allWatchers: WatchHandler[] = [];

  private objects(kind: string): Map<string, KubeObject> {
    let m = this.byKind.get(kind);
    if (!m) {
      this.byKind.set(kind, (m = new Map()));
      this.addIndex(kind, 'namespace', (o) => [o.metadata.namespace ?? ''], (o) => o.metadata.namespace);
    }
    return m;
  }

  get(kind: string, key: string): KubeObject | undefined {
    return this.byKind.get(kind)?.get(key);
  }

  /** The object of a kind with this namespace (undefined or '' when cluster-scoped) and name. */
  find(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.byName.get(kind)?.get(namespace ?? '')?.get(name);
  }

  private named(kind: string, namespace: string | undefined): Map<string, KubeObject> {
    let spaces = this.byName.get(kind);
    if (!spaces) this.byName.set(kind, (spaces = new Map()));
    let names = spaces.get(namespace ?? '');
    if (!names) spaces.set(namespace ?? '', (names = new Map()));
    return names;
  }

  /** Every object of a kind (in one namespace), in insertion order. */
  list(kind: string, namespace?: string): KubeObject[] {
    const all = this.byKind.get(kind);
    if (!all) return [];
    return namespace === undefined ? [...all.values()] : this.byIndex(kind, 'namespace', namespace);
  }

  count(kind: string): number {
    return this.byKind.get(kind)?.size ?? 0;
  }

  addIndex(kind: string, name: string, fn: IndexFunc, reads?: IndexInput): void {
    let m = this.indexes.get(kind);
    if (!m) this.indexes.set(kind, (m = new Map()));
    if (m.has(name)) return;
    const index: Index = { fn, reads, entries: new Map() };
    m.set(name, index);
    for (const obj of this.objects(kind).values()) this.indexAdd(index, objectKey(obj), index.fn(obj));
  }

  /** How many distinct values an index holds (0: no object has any). */
  indexSize(kind: string, name: string): number {
    return this.indexes.get(kind)?.get(name)?.entries.size ?? 0;
  }

  byIndex(kind: string, name: string, value: string): KubeObject[] {
    const objects = this.objects(kind);
    const index = this.indexes.get(kind)?.get(name);
    if (!index) throw new Error(`no index ${name} on ${kind}`);
    const keys = index.entries.get(value);
    if (!keys) return [];
    const out: KubeObject[] = [];
    for (const k of keys) out.push(objects.get(k)!);
    return out;
  }

  private indexAdd(index: Index, key: string, values: readonly string[]): void {
    for (const v of values) {
      let keys = index.entries.get(v);
      if (!keys) index.entries.set(v, (keys = new Set()));
      keys.add(key);
    }
  }

  private indexRemove(index: Index, key: string, values: readonly string[]): void {
    for (const v of values) {
      const keys = index.entries.get(v);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) index.entries.delete(v);
    }
  }

  /** Stores `obj` (replacing the previous version) and notifies watchers. */
  put(obj: KubeObject): void {
    if (FREEZE_STORED) deepFreeze(obj);
    const kind = obj.kind!;
    const key = objectKey(obj);
    const objects = this.objects(kind);
    const old = objects.get(key);
    const indexes = this.indexes.get(kind);
    if (indexes) {
      for (const index of indexes.values()) {
        // Most updates change no index value (status writes): then there is nothing to move.
        if (old && index.reads && index.reads(obj) === index.reads(old)) continue;
        const now = index.fn(obj);
        if (old) {
          const before = index.fn(old);
          if (sameValues(before, now)) continue;
          this.indexRemove(index, key, before);
        }
        this.indexAdd(index, key, now);
      }
    }
    objects.set(key, obj);
    this.named(kind, obj.metadata.namespace).set(obj.metadata.name ?? '', obj);
    this.notify(old ? 'MODIFIED' : 'ADDED', obj, old);
  }

  remove(obj: KubeObject): void {
    const kind = obj.kind!;
    const key = objectKey(obj);
    const objects = this.objects(kind);
    const old = objects.get(key);
    if (!old) return;
    const indexes = this.indexes.get(kind);
    if (indexes) for (const index of indexes.values()) this.indexRemove(index, key, index.fn(old));
    objects.delete(key);
    this.named(kind, old.metadata.namespace).delete(old.metadata.name ?? '');
    this.notify('DELETED', old, old);
  }

  watch(kind: string, handler: WatchHandler): void {
    let hs = this.watchers.get(kind);
    if (!hs) this.watchers.set(kind, (hs = []));
    hs.push(handler);
  }

  watchAll(handler: WatchHandler): void {
    this.allWatchers.push(handler);
  }

  private notify(type: WatchEventType, obj: KubeObject, old: KubeObject | undefined): void {
    for (const h of this.allWatchers) h(type, obj, old);
    const hs = this.watchers.get(obj.kind!);
    if (hs) for (const h of hs) h(type, obj, old);
  }
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
