/**
 * The recorder's de-duplication index (the EventCorrelator's key: source, object, reason,
 * message, type → the Event last written for it). Entries are found by the involved object's uid
 * and the message, then compared field by field: no long key is built and hashed for every
 * event. The entries are the recorder's own records of its Events, which carry the key.
 */
import type { EventType } from './recorder';

export interface EventKey {
  readonly component: string;
  readonly host: string;
  readonly kind: string | undefined;
  readonly namespace: string;
  readonly name: string | undefined;
  readonly uid: string | undefined;
  readonly fieldPath: string;
  readonly reason: string;
  readonly message: string;
  readonly type: EventType;
}

function sameKey(a: EventKey, b: EventKey): boolean {
  return (
    a.component === b.component &&
    a.host === b.host &&
    a.kind === b.kind &&
    a.namespace === b.namespace &&
    a.name === b.name &&
    a.fieldPath === b.fieldPath &&
    a.reason === b.reason &&
    a.type === b.type
  );
}

/** At most one entry per key: `add` only what `find` did not find, or `replace` what it found. */
export class SeenEvents<E extends EventKey> {
  /** uid → message → the entries with both. */
  private readonly byObject = new Map<string | undefined, Map<string, E[]>>();

  find(key: EventKey): E | undefined {
    const entries = this.byObject.get(key.uid)?.get(key.message);
    if (entries) for (const e of entries) if (sameKey(e, key)) return e;
    return undefined;
  }

  add(entry: E): void {
    let messages = this.byObject.get(entry.uid);
    if (!messages) this.byObject.set(entry.uid, (messages = new Map()));
    const entries = messages.get(entry.message);
    if (entries) entries.push(entry);
    else messages.set(entry.message, [entry]);
  }

  /** Puts `entry` where `old` (found for the same key) was. */
  replace(old: E, entry: E): void {
    const entries = this.byObject.get(old.uid)?.get(old.message);
    const i = entries ? entries.indexOf(old) : -1;
    if (i >= 0) entries![i] = entry;
    else this.add(entry);
  }

  /** Removes `entry` if it is the one kept for its key. */
  delete(entry: E): void {
    const messages = this.byObject.get(entry.uid);
    const entries = messages?.get(entry.message);
    if (!messages || !entries) return;
    const i = entries.indexOf(entry);
    if (i >= 0) entries.splice(i, 1);
    if (entries.length === 0) messages.delete(entry.message);
    if (messages.size === 0) this.byObject.delete(entry.uid);
  }
}
