/**
 * The recorder's de-duplication index (the EventCorrelator's key: source, object, reason,
 * message, type → the Event written for it). Entries are found by the involved object's uid and
 * the message, then compared field by field: no long key is built and hashed for every event,
 * and nothing is kept that the Event does not already hold.
 */
import type { EventType } from './recorder';
import { copyWith } from '../util/copy';

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

export interface SeenEvent extends EventKey {
  /** The name of the Event last written for this key. */
  eventName: string;
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

export class SeenEvents {
  /** uid → message → the entries with both. */
  private readonly byObject = new Map<string | undefined, Map<string, SeenEvent[]>>();

  find(key: EventKey): SeenEvent | undefined {
    const entries = this.byObject.get(key.uid)?.get(key.message);
    if (entries) for (const e of entries) if (sameKey(e, key)) return e;
    return undefined;
  }

  add(key: EventKey, eventName: string): SeenEvent {
    const entry: SeenEvent = copyWith(key, { eventName }) as SeenEvent;
    let messages = this.byObject.get(key.uid);
    if (!messages) this.byObject.set(key.uid, (messages = new Map()));
    const entries = messages.get(key.message);
    if (entries) entries.push(entry);
    else messages.set(key.message, [entry]);
    return entry;
  }

  delete(entry: SeenEvent): void {
    const messages = this.byObject.get(entry.uid);
    const entries = messages?.get(entry.message);
    if (!messages || !entries) return;
    const i = entries.indexOf(entry);
    if (i >= 0) entries.splice(i, 1);
    if (entries.length === 0) messages.delete(entry.message);
    if (messages.size === 0) this.byObject.delete(entry.uid);
  }
}
