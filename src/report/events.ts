/**
 * The events of a scenario, read from the History rather than the live cluster: an Event that
 * expired or was replaced still happened. One row per Event object (its last count), and, for
 * scenarios with many, a summary by type, reason and kind of object.
 */
import { HistoryRecord } from '../history/history';

export interface EventRow {
  /** Epoch ms of the simulated clock. */
  readonly firstSeen: number;
  readonly lastSeen: number;
  readonly type: string;
  readonly reason: string;
  /** `pod/kubia-liveness`. */
  readonly object: string;
  readonly message: string;
  readonly count: number;
}

export interface EventGroup {
  readonly type: string;
  readonly reason: string;
  /** The kind of the objects, lower case (`pod`). */
  readonly kind: string;
  /** How many times it happened (the sum of the events' counts). */
  readonly count: number;
  /** How many different objects it happened to. */
  readonly objects: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** The message of its first event. */
  readonly example: string;
}

/** Every Event object seen, in the order they were first recorded. */
export function eventRows(records: readonly HistoryRecord[]): EventRow[] {
  const rows = new Map<string, { firstSeen: number; last: HistoryRecord }>();
  for (const r of records) {
    if (r.kind !== 'Event' || !r.event || r.type === 'DELETED') continue;
    const row = rows.get(r.uid);
    if (row) row.last = r;
    else rows.set(r.uid, { firstSeen: r.at, last: r });
  }
  return [...rows.values()].map(({ firstSeen, last }) => ({
    firstSeen,
    lastSeen: last.at,
    type: last.event!.type,
    reason: last.event!.reason,
    object: last.event!.object,
    message: last.event!.message,
    count: last.event!.count,
  }));
}

/** Rows grouped by type, reason and kind of object; the most frequent first. */
export function groupEvents(rows: readonly EventRow[]): EventGroup[] {
  const groups = new Map<string, { g: Omit<EventGroup, 'objects'>; objects: Set<string> }>();
  for (const r of rows) {
    const kind = r.object.split('/')[0];
    const key = `${r.type}\0${r.reason}\0${kind}`;
    const found = groups.get(key);
    if (!found) {
      groups.set(key, { g: { type: r.type, reason: r.reason, kind, count: r.count, firstSeen: r.firstSeen, lastSeen: r.lastSeen, example: r.message }, objects: new Set([r.object]) });
      continue;
    }
    found.objects.add(r.object);
    found.g = { ...found.g, count: found.g.count + r.count, lastSeen: Math.max(found.g.lastSeen, r.lastSeen) };
  }
  return [...groups.values()]
    .map(({ g, objects }) => ({ ...g, objects: objects.size }))
    .sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}
