/**
 * Events as client-go's recorder writes them: core/v1 Events named `<object>.<hex time>`, with
 * source, reason, message, type, and identical events folded into one whose count and
 * lastTimestamp grow (the EventCorrelator's de-duplication).
 */
import { KubeObject } from '../api/types';
import { parseTime, rfc3339 } from '../api/time';
import { ApiServer } from '../store/apiserver';
import { Runtime } from '../sim/runtime';
import { EventKey, SeenEvent, SeenEvents } from './seen';
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
 * The API server keeps Events for an hour after their last write (`--event-ttl=1h`). Its etcd
 * leases are shared for a minute, so expiry comes in whole-minute steps, one timer a minute.
 */
export const EVENT_TTL_MS = 3_600_000;
const EXPIRY_STEP_MS = 60_000;

export class EventRecorders {
  /** Identical events (same source, object, reason, message, type) → the Event's name. */
  private readonly seen = new SeenEvents();
  private sequence = 0;
  /** Expiry step → the Events (and their de-duplication entries) last written for it. */
  private readonly expiring = new Map<number, { readonly seen: SeenEvent; readonly name: string }[]>();
  /** The involvedObject of the last event: the next one about the same object version shares it. */
  private lastInvolved?: Record<string, unknown>;

  constructor(private readonly api: ApiServer, private readonly runtime: Runtime) {}

  for(source: EventSource): Recorder {
    // Stored objects are never changed, so every Event of a source can share one source object.
    const sourceObject = source.host ? { component: source.component, host: source.host } : { component: source.component };
    return { event: (obj, type, reason, message, fieldPath) => this.record(source, sourceObject, obj, type, reason, message, fieldPath) };
  }

  private record(source: EventSource, sourceObject: object, obj: KubeObject, type: EventType, reason: string, message: string, fieldPath?: string): void {
    const meta = obj.metadata;
    const namespace = meta.namespace || 'default';
    const now = this.runtime.now();
    const key: EventKey = { component: source.component, host: source.host ?? '', kind: obj.kind, namespace, name: meta.name, uid: meta.uid, fieldPath: fieldPath ?? '', reason, message, type };
    const seen = this.seen.find(key);
    const existing = seen ? this.api.tryGet('Event', namespace, seen.eventName) : undefined;
    if (seen && existing) {
      this.api.replaceOwned(copyWith(existing, { count: (existing.count ?? 1) + 1, lastTimestamp: rfc3339(now) }));
      this.expireLater(seen, existing.metadata.name!);
      return;
    }
    // The name is the object's name and the time in nanoseconds, in hex; a sequence number keeps
    // two events of one instant apart.
    const name = flat(`${meta.name}.${nanosHex(now, this.sequence++ % 1_000_000)}`);
    const time = rfc3339(now);
    this.api.createOwned({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject: this.involvedObject(obj, fieldPath),
      reason,
      message: flat(message),
      type,
      source: sourceObject,
      firstTimestamp: time,
      lastTimestamp: time,
      count: 1,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    });
    if (seen) seen.eventName = name;
    this.expireLater(seen ?? this.seen.add(key, name), name);
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
    const value: Record<string, unknown> = meta.namespace
      ? { apiVersion: obj.apiVersion, kind: obj.kind, name: meta.name, namespace: meta.namespace, resourceVersion: meta.resourceVersion, uid: meta.uid }
      : { apiVersion: obj.apiVersion, kind: obj.kind, name: meta.name, resourceVersion: meta.resourceVersion, uid: meta.uid };
    if (fieldPath) value.fieldPath = fieldPath;
    this.lastInvolved = value;
    return value;
  }

  private expireLater(seen: SeenEvent, name: string): void {
    const now = this.runtime.now();
    const step = Math.ceil((now + EVENT_TTL_MS) / EXPIRY_STEP_MS) * EXPIRY_STEP_MS;
    let due = this.expiring.get(step);
    if (!due) {
      this.expiring.set(step, (due = []));
      this.runtime.after(step - now, 'event-ttl', () => this.expire(step));
    }
    due.push({ seen, name });
  }

  /** Deletes the Events of an expiry step that were not written again since. */
  private expire(step: number): void {
    const due = this.expiring.get(step) ?? [];
    this.expiring.delete(step);
    const now = this.runtime.now();
    for (const { seen, name } of due) {
      const event = this.api.tryGet('Event', seen.namespace, name);
      if (!event) continue;
      const last = parseTime(event.lastTimestamp) ?? NaN;
      if (last + EVENT_TTL_MS > now) continue;
      this.api.removeOwned(event);
      if (seen.eventName === name) this.seen.delete(seen);
    }
  }
}



const TWO_32 = 4_294_967_296;

/**
 * `ms * 10^6 + extra` in hex, exactly, without BigInt (several times slower, and every Event
 * is named so): the product needs 61 bits, so it is computed in two 32-bit halves.
 */
export function nanosHex(ms: number, extra: number): string {
  const msHigh = Math.floor(ms / TWO_32);
  const low = (ms % TWO_32) * 1_000_000 + extra; // < 2^52: exact
  const lowWord = low % TWO_32;
  const high = msHigh * 1_000_000 + Math.floor(low / TWO_32);
  return high === 0 ? lowWord.toString(16) : high.toString(16) + lowWord.toString(16).padStart(8, '0');
}
