/**
 * The recorder's record of one Event. While the Event is kept back from the store (nothing reads
 * Events while a simulation runs) this is all there is of it: what the Event object holds, its
 * name still as its parts, and it serves the history as the Event's identity and first summary.
 * The Event object is written only if something reads Events before it expires (`toObject`).
 */
import { KubeObject } from '../api/types';
import { rfc3339 } from '../api/time';
import type { EventSummary } from '../history/history';
import { eventObjectText } from '../history/history';
import type { CompactSummary } from '../history/record';
import { flat } from '../util/flat';
import type { EtcdLease } from './leases';
import type { EventType } from './recorder';
import type { EventKey } from './seen';

export const enum Place {
  /** Kept back from the store (ObjectStore.keepBack): only the recorder has it. */
  KeptBack,
  /** In the store: others may have changed or deleted it since. */
  Stored,
  /** Expired while kept back. */
  Gone,
}

/** The source of an Event, as its recorder writes it (shared by all of that recorder's). */
export interface EventSourceObject {
  readonly component: string;
  readonly host?: string;
}

export class Recorded implements EventKey, CompactSummary {
  place = Place.KeptBack;
  /** The stored Event, as last written or read (once stored). */
  event?: KubeObject;
  /** The object it is about (set once the event is known to be new). */
  involved: Readonly<Record<string, unknown>> = NO_OBJECT;
  /**
   * When it was created (whole seconds since the epoch and the milliseconds past them), and its
   * sequence number then: its name. Small integers are kept in the object itself; a field of
   * milliseconds since the epoch is a heap number of its own per record (six records per pod).
   */
  private createdSecond = 0;
  private createdMillis = 0;
  sequence = 0;
  /** Kept back: its uid and resource version (stamped as the API server stamps a create). */
  uid = '';
  resourceVersion = 0;
  count = 1;
  /** Its lastTimestamp in whole seconds since the epoch (a small integer, as `createdSecond`). */
  private lastWriteSecond = 0;
  /** What the history's last record of it shows: this record itself until it is counted again. */
  summary: EventSummary | Recorded = this;
  /** The etcd lease of its last write: it is deleted when that lease expires. */
  lease?: EtcdLease<Recorded> = undefined;
  private eventName?: string;

  constructor(
    readonly source: EventSourceObject,
    readonly involvedKind: string | undefined,
    readonly namespace: string,
    readonly involvedName: string | undefined,
    readonly involvedUid: string | undefined,
    readonly fieldPath: string,
    readonly reason: string,
    readonly message: string,
    readonly type: EventType,
  ) {}

  /** A new Event: about `involved`, created at `now` with this sequence number. */
  created(involved: Readonly<Record<string, unknown>>, now: number, sequence: number): void {
    this.involved = involved;
    this.createdSecond = Math.floor(now / 1000);
    const millis = now - this.createdSecond * 1000;
    // `| 0` makes V8 keep the whole number as a small integer (a difference of heap numbers is
    // one too); a fraction of a millisecond, if the clock ever had one, is kept as it is.
    this.createdMillis = (millis | 0) === millis ? millis | 0 : millis;
    this.sequence = sequence;
    this.written(now);
  }

  /** Counted once more at `now`. */
  again(now: number): void {
    this.count++;
    this.written(now);
  }

  /** Its lastTimestamp was written at `now` (a time in ms). */
  written(now: number): void {
    this.lastWriteSecond = Math.floor(now / 1000);
  }

  /** Its lastTimestamp in ms (kept back, nobody else can change it). */
  get lastWrite(): number {
    return this.lastWriteSecond * 1000;
  }

  /**
   * Its timestamps, formatted when read (the Event object is built only if something reads
   * Events): to the second, as the times it keeps.
   */
  get firstTimestamp(): string {
    return rfc3339(this.createdSecond * 1000);
  }

  get lastTimestamp(): string {
    return rfc3339(this.lastWrite);
  }

  /** When it was created, in ms. */
  private get createdAt(): number {
    return this.createdSecond * 1000 + this.createdMillis;
  }

  get component(): string {
    return this.source.component;
  }

  get host(): string {
    return this.source.host ?? '';
  }

  // ---- the history's identity of the Event (kind, namespace, name, uid; no labels or owner) ----

  get kind(): string {
    return 'Event';
  }

  /** The involved object's name and the creation time in nanoseconds, in hex (written when first read). */
  get name(): string {
    return (this.eventName ??= flat(`${this.involvedName}.${nanosHex(this.createdAt, this.sequence % 1_000_000)}`));
  }

  /** Its first summary, as the history shows it. */
  summarise(): EventSummary {
    return summaryOf(this, 1);
  }

  /** A summary of a later version (counted again). */
  counted(): EventSummary {
    return summaryOf(this, this.count);
  }

  /** The Event object, as `createOwned` would have stored it, at its latest version. */
  toObject(): KubeObject {
    const source = this.source;
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: this.name, namespace: this.namespace, uid: this.uid, creationTimestamp: this.firstTimestamp, resourceVersion: String(this.resourceVersion) },
      involvedObject: this.involved,
      reason: this.reason,
      message: this.message,
      type: this.type,
      source,
      firstTimestamp: this.firstTimestamp,
      lastTimestamp: this.lastTimestamp,
      count: this.count,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
  }
}

export const NO_OBJECT: Readonly<Record<string, unknown>> = Object.freeze({});

function summaryOf(r: Recorded, count: number): EventSummary {
  return { type: r.type, reason: r.reason, message: r.message, object: eventObjectText(r.involvedKind, r.involvedName), count };
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
