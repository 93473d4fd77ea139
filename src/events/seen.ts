/**
 * The recorder's de-duplication index (the EventCorrelator's key: source, object, reason,
 * message, type → the Event last written for it). Entries are found by the involved object's uid
 * and the message, then compared field by field: no long key is built and hashed for every
 * event. The entries are the recorder's own records of its Events, which carry the key.
 */
import type { EventType } from './recorder';

/** What makes two events the same; `namespace` is the Event's (the involved object's, or default). */
export interface EventKey {
  readonly component: string;
  readonly host: string;
  readonly involvedKind: string | undefined;
  readonly namespace: string;
  readonly involvedName: string | undefined;
  readonly involvedUid: string | undefined;
  readonly fieldPath: string;
  readonly reason: string;
  readonly message: string;
  readonly type: EventType;
}

function sameKey(a: EventKey, b: EventKey): boolean {
  return (
    a.component === b.component &&
    a.host === b.host &&
    a.involvedKind === b.involvedKind &&
    a.namespace === b.namespace &&
    a.involvedName === b.involvedName &&
    a.fieldPath === b.fieldPath &&
    a.reason === b.reason &&
    a.type === b.type
  );
}

/** Entries of one object: a short list scanned by message, or by message once it grows long. */
type Bucket<E> = E[] | Map<string, E[]>;

/** A list longer than this becomes a map (a ReplicaSet's thousands of "Created pod: …"). */
const LIST_MAX = 16;

/** At most one entry per key: `add` only what `find` did not find, or `replace` what it found. */
export class SeenEvents<E extends EventKey> {
  /** uid → the entries of that object (most objects have a handful: a list, no map per object). */
  private readonly byObject = new Map<string | undefined, Bucket<E>>();

  find(key: EventKey): E | undefined {
    const bucket = this.byObject.get(key.involvedUid);
    if (!bucket) return undefined;
    const entries = Array.isArray(bucket) ? bucket : bucket.get(key.message);
    if (entries) for (const e of entries) if (e.message === key.message && sameKey(e, key)) return e;
    return undefined;
  }

  add(entry: E): void {
    const bucket = this.byObject.get(entry.involvedUid);
    if (!bucket) {
      this.byObject.set(entry.involvedUid, [entry]);
    } else if (!Array.isArray(bucket)) {
      const entries = bucket.get(entry.message);
      if (entries) entries.push(entry);
      else bucket.set(entry.message, [entry]);
    } else if (bucket.length < LIST_MAX) {
      // A new list of exactly its size: an object's list lives as long as its Events (an hour),
      // and one grown by push keeps room for 17 entries whatever it holds (most hold six).
      this.byObject.set(entry.involvedUid, bucket.concat([entry]));
    } else {
      const byMessage = new Map<string, E[]>();
      for (const e of bucket) {
        const entries = byMessage.get(e.message);
        if (entries) entries.push(e);
        else byMessage.set(e.message, [e]);
      }
      this.byObject.set(entry.involvedUid, byMessage);
      this.add(entry);
    }
  }

  /** Puts `entry` where `old` (found for the same key) was. */
  replace(old: E, entry: E): void {
    const entries = this.listOf(old);
    const i = entries ? entries.indexOf(old) : -1;
    if (i >= 0) entries![i] = entry;
    else this.add(entry);
  }

  /** Removes `entry` if it is the one kept for its key. */
  delete(entry: E): void {
    const bucket = this.byObject.get(entry.involvedUid);
    if (!bucket) return;
    const entries = Array.isArray(bucket) ? bucket : bucket.get(entry.message);
    if (!entries) return;
    const i = entries.indexOf(entry);
    if (i >= 0) entries.splice(i, 1);
    if (entries.length > 0) return;
    if (Array.isArray(bucket)) this.byObject.delete(entry.involvedUid);
    else {
      bucket.delete(entry.message);
      if (bucket.size === 0) this.byObject.delete(entry.involvedUid);
    }
  }

  private listOf(entry: E): E[] | undefined {
    const bucket = this.byObject.get(entry.involvedUid);
    return !bucket || Array.isArray(bucket) ? bucket : bucket.get(entry.message);
  }
}
