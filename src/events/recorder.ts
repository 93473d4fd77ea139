/**
 * Events as client-go's recorder writes them: core/v1 Events named `<object>.<hex time>`, with
 * source, reason, message, type, and identical events folded into one whose count and
 * lastTimestamp grow (the EventCorrelator's de-duplication).
 */
import { KubeObject } from '../api/types';
import { rfc3339 } from '../api/time';
import { ApiServer } from '../store/apiserver';
import { Runtime } from '../sim/runtime';
import { SeenEvents } from './seen';
import { EtcdLease, LeaseManager } from './leases';
import { WatchEventType } from '../store/objects';
import { EventSourceObject, NO_OBJECT, Place, Recorded, nanosHex } from './recorded';
import type { Identity, CompactSummary, Summary } from '../history/record';
import { copyWith } from '../util/copy';
import { flat } from '../util/flat';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  readonly component: string;
  readonly host?: string;
}

export interface Recorder {
  event(obj: KubeObject, type: EventType, reason: string, message: string, fieldPath?: string): void;
}

/**
 * The API server keeps Events for an hour after their last write (`--event-ttl=1h`), under etcd
 * leases it shares between the writes of a minute (see LeaseManager): one timer per lease.
 */
export const EVENT_TTL_MS = 3_600_000;

/**
 * Hears of every write of an Event the recorder keeps back, as the store's watchers hear of
 * stored objects' (the history: it records them in the same order, with the same content): the
 * Event's identity and what its record shows, both kept compact until read.
 */
export type KeptBackListener = (type: WatchEventType, identity: Identity, summary: Summary | CompactSummary) => void;

export class EventRecorders {
  /** Identical events (same source, object, reason, message, type) → the Event last written for them. */
  private readonly seen = new SeenEvents<Recorded>();
  private sequence = 0;
  /** The etcd leases Events are written under: each expires with the Events last written under it. */
  private readonly leases = new LeaseManager<Recorded>(EVENT_TTL_MS / 1000);
  /** Expiry instant → the leases expiring then (a burst of writes fills several), one timer each instant. */
  private readonly expiring = new Map<number, EtcdLease<Recorded>[]>();
  /** The involvedObject of the last event: the next one about the same object version shares it. */
  private lastInvolved?: Record<string, unknown>;
  /**
   * Events kept back from the store, in the order they were created (some since expired):
   * nothing reads Events while a simulation runs, so they are stored only once something reads
   * the kind (the store calls `release`), and those that expire before are never written at all.
   */
  private readonly keptBack = new KeptBack();
  /** The instant of the last event, and the sequence number its first event took. */
  private instant = NaN;
  private instantSequence = 0;

  /**
   * Those told of every write of an Event kept back, in the order they would have watched the
   * store: without any, every Event is stored at once.
   */
  private readonly keptBackListeners: KeptBackListener[] = [];

  /** Namespaces being deleted: the API server refuses new Events there (NamespaceLifecycle). */
  private readonly terminating = new Set<string>();

  constructor(
    private readonly api: ApiServer,
    private readonly runtime: Runtime,
    /** The first listener (the history); others join with `hearKeptBack`. */
    keptBackListener?: KeptBackListener,
  ) {
    if (keptBackListener) this.keptBackListeners.push(keptBackListener);
    api.watch('Namespace', (type, ns) => {
      if (type !== 'DELETED' && ns.metadata.deletionTimestamp) this.terminating.add(ns.metadata.name!);
      else this.terminating.delete(ns.metadata.name!);
    });
  }

  /**
   * A watcher of every kind that hears of Events kept back from the recorder (it watches the
   * store with `keptBack: 'hearsFromWriter'`): told after those already listening, as the store
   * tells its watchers in the order they came.
   */
  hearKeptBack(listener: KeptBackListener): void {
    this.keptBackListeners.push(listener);
  }

  /** Tells every listener of a write of an Event kept back. */
  private tell(type: WatchEventType, identity: Identity, summary: Summary | CompactSummary): void {
    for (const listener of this.keptBackListeners) listener(type, identity, summary);
  }

  for(source: EventSource): Recorder {
    // Stored objects are never changed, so every Event of a source can share one source object.
    const sourceObject = source.host ? { component: source.component, host: source.host } : { component: source.component };
    return { event: (obj, type, reason, message, fieldPath) => this.record(sourceObject, obj, type, reason, message, fieldPath) };
  }

  private record(source: EventSourceObject, obj: KubeObject, type: EventType, reason: string, message: string, fieldPath?: string): void {
    const meta = obj.metadata;
    const namespace = meta.namespace || 'default';
    const now = this.runtime.now();
    const entry = new Recorded(source, obj.kind, namespace, meta.name, meta.uid, fieldPath ?? '', reason, flat(message), type);
    const seen = this.seen.find(entry);
    if (seen && this.repeat(seen, now)) return;
    // A new Event in a namespace being deleted is refused by the API server, and the recorder
    // drops it (an existing one may still count a repeat: that is an update, not a create).
    if (this.terminating.size && this.terminating.has(namespace)) return;
    // The name is the object's name and the time in nanoseconds, in hex; a sequence number keeps
    // two events of one instant apart.
    if (now !== this.instant) {
      this.instant = now;
      this.instantSequence = this.sequence;
    }
    entry.created(this.involvedObject(obj, fieldPath), now, this.sequence++);
    // Names kept back are told apart by their sequence numbers, a million to an instant.
    if (this.keptBackListeners.length && this.sequence - this.instantSequence <= 1_000_000 && this.api.store.mayKeepBack('Event')) {
      this.api.stampKeptBack('Event', entry);
      this.keepBack(entry);
    } else {
      entry.event = this.api.createOwned(entry.toObject());
      entry.place = Place.Stored;
    }
    if (seen) this.seen.replace(seen, entry);
    else this.seen.add(entry);
    this.expireLater(entry);
  }

  /** The same event again: the Event last written for it counts one more, if it is still there. */
  private repeat(seen: Recorded, now: number): boolean {
    if (seen.place === Place.KeptBack && this.api.store.mayKeepBack('Event')) {
      seen.again(now);
      this.api.restampKeptBack(seen);
      seen.summary = seen.counted();
      this.tell('MODIFIED', seen, seen.summary);
    } else {
      this.releaseKeptBack();
      const existing = seen.place === Place.Stored ? this.api.tryGet('Event', seen.namespace, seen.event!.metadata.name!) : undefined;
      if (!existing) return false;
      seen.event = this.api.replaceOwned(copyWith(existing, { count: (existing.count ?? 1) + 1, lastTimestamp: rfc3339(now) }));
      seen.written(now);
    }
    this.expireLater(seen);
    return true;
  }

  /** Tells the listener of an Event kept back; the first since the last release asks the store for the next. */
  private keepBack(entry: Recorded): void {
    if (this.keptBack.isEmpty()) this.api.store.keepBack('Event', this.release);
    this.keptBack.push(entry);
    this.tell('ADDED', entry, entry);
  }

  /** Stores the Events kept back, oldest first (the store asks, before Events are next read or written). */
  private readonly release = (): void => {
    for (const entry of this.keptBack.takeAll()) {
      if (entry.place !== Place.KeptBack) continue;
      entry.place = Place.Stored;
      entry.event = entry.toObject();
      this.api.store.place(entry.event, {});
    }
  };

  /** Stores what is kept back now (a write that cannot be kept back must come after them). */
  private releaseKeptBack(): void {
    if (!this.keptBack.isEmpty()) this.api.store.count('Event');
  }

  /**
   * The object an Event is about, as the recorder writes it. Consecutive events about the same
   * object version (a kubelet's Pulled, Created, Started) share one: its fields are compared,
   * as the object passed may be a writer's copy that changes between events.
   */
  private involvedObject(obj: KubeObject, fieldPath: string | undefined): Record<string, unknown> {
    const meta = obj.metadata;
    const last = this.lastInvolved;
    if (
      last &&
      last.uid === meta.uid &&
      last.resourceVersion === meta.resourceVersion &&
      last.name === meta.name &&
      last.kind === obj.kind &&
      last.apiVersion === obj.apiVersion &&
      last.namespace === (meta.namespace || undefined) &&
      last.fieldPath === (fieldPath || undefined)
    ) {
      return last;
    }
    // A container's events (a field path, in a namespace) are most: built whole, as a field added
    // after creation would give each its own out-of-object property array.
    const value: Record<string, unknown> =
      meta.namespace && fieldPath
        ? { apiVersion: obj.apiVersion, kind: obj.kind, name: meta.name, namespace: meta.namespace, resourceVersion: meta.resourceVersion, uid: meta.uid, fieldPath }
        : meta.namespace
          ? { apiVersion: obj.apiVersion, kind: obj.kind, name: meta.name, namespace: meta.namespace, resourceVersion: meta.resourceVersion, uid: meta.uid }
          : { apiVersion: obj.apiVersion, kind: obj.kind, name: meta.name, resourceVersion: meta.resourceVersion, uid: meta.uid };
    if (fieldPath && !meta.namespace) value.fieldPath = fieldPath;
    this.lastInvolved = value;
    return value;
  }

  /** Puts the Event's write under an etcd lease (a new one expires on its own timer). */
  private expireLater(entry: Recorded): void {
    const now = this.runtime.now();
    const { lease, fresh } = this.leases.leaseFor(now);
    if (fresh) {
      const at = lease.expiresAt;
      const due = this.expiring.get(at);
      if (due) due.push(lease);
      else {
        this.expiring.set(at, [lease]);
        this.runtime.after(at - now, 'event-ttl', () => this.expireAt(at));
      }
    }
    entry.lease = lease;
    lease.attached.push(entry);
  }

  private expireAt(at: number): void {
    const due = this.expiring.get(at) ?? [];
    this.expiring.delete(at);
    for (const lease of due) this.expire(lease);
  }

  /** Deletes the Events whose last write was under this lease (etcd deletes its keys). */
  private expire(lease: EtcdLease<Recorded>): void {
    for (const entry of lease.attached) {
      // Written again since, under a later lease.
      if (entry.lease !== lease) continue;
      entry.lease = undefined;
      if (entry.place === Place.KeptBack) {
        entry.place = Place.Gone;
        // The history keeps the record for ever, the object it was about it does not need.
        entry.involved = NO_OBJECT;
        this.keptBack.gone();
        this.tell('DELETED', entry, entry.summary);
      } else {
        if (entry.place === Place.Gone) continue;
        const event = this.api.tryGet('Event', entry.namespace, entry.event!.metadata.name!);
        if (!event) continue;
        this.api.removeOwned(event);
      }
      this.seen.delete(entry);
    }
    // The history keeps expired records: they must not keep their lease's list alive with them.
    lease.attached.length = 0;
    this.keptBack.dropGone();
  }
}

/**
 * The Events kept back, oldest first. Most expire in the order they were written, so those gone
 * are dropped from the front as they go (kept longer, they would outlive young-generation
 * collections and be copied to the old one); the few refreshed ones left behind are filtered
 * out once most of the list is gone.
 */
class KeptBack {
  private entries: (Recorded | undefined)[] = [];
  private head = 0;
  /** How many entries from `head` on are gone. */
  private goneCount = 0;

  isEmpty(): boolean {
    return this.entries.length - this.head === this.goneCount;
  }

  push(entry: Recorded): void {
    this.entries.push(entry);
  }

  gone(): void {
    this.goneCount++;
  }

  dropGone(): void {
    const entries = this.entries;
    while (this.head < entries.length && entries[this.head]!.place !== Place.KeptBack) {
      entries[this.head++] = undefined;
      this.goneCount--;
    }
    const left = entries.length - this.head;
    if (this.goneCount > 256 && this.goneCount * 2 > left) {
      this.entries = entries.filter((e, i) => i >= this.head && e!.place === Place.KeptBack);
      this.head = 0;
      this.goneCount = 0;
    } else if (this.head > 1024 && this.head * 2 > entries.length) {
      this.entries = entries.slice(this.head);
      this.head = 0;
    }
  }

  /** Every entry (gone ones included), emptying the list. */
  takeAll(): Recorded[] {
    const all = this.entries.slice(this.head) as Recorded[];
    this.entries = [];
    this.head = 0;
    this.goneCount = 0;
    return all;
  }
}

export { nanosHex };
