/**
 * client-go's EventAggregator (tools/record/events_cache.go): events from one source about one
 * object with the same type and reason but different messages are "similar"; once ten different
 * messages have come within ten minutes of each other, each further one is written as a single
 * Event, "(combined from similar events): <message>", that counts up instead of a new Event per
 * message — what `kubectl describe` shows for a ReplicaSet that created many pods.
 */

/** What makes events similar (EventAggregatorByReasonFunc, the message aside). */
export interface SimilarityKey {
  readonly component: string;
  readonly host: string;
  readonly kind: string | undefined;
  readonly namespace: string;
  readonly name: string | undefined;
  readonly uid: string | undefined;
  readonly apiVersion: string | undefined;
  readonly type: string;
  readonly reason: string;
}

export const AGGREGATE_MAX_EVENTS = 10;
export const AGGREGATE_INTERVAL_MS = 600_000;
/** The aggregator's LRU cache holds this many groups of similar events (maxLruCacheEntries). */
export const AGGREGATE_CACHE_SIZE = 4096;
export const COMBINED_PREFIX = '(combined from similar events): ';

interface Group {
  readonly key: SimilarityKey;
  /** The different messages seen (a set, in the order they came), and when the last came. */
  messages: string[];
  last: number;
}

function similar(a: SimilarityKey, b: SimilarityKey): boolean {
  return (
    a.component === b.component &&
    a.host === b.host &&
    a.kind === b.kind &&
    a.namespace === b.namespace &&
    a.name === b.name &&
    a.apiVersion === b.apiVersion &&
    a.type === b.type &&
    a.reason === b.reason
  );
}

export class EventAggregator {
  /** The groups by the involved object's uid (an object has a group per source, type and reason). */
  private readonly byObject = new Map<string | undefined, Group[]>();
  /** Every group, least recently used first (the LRU cache's order). */
  private readonly recent = new Set<Group>();

  /** Notes an event; true when it is to be written as the aggregate of its similar events. */
  aggregate(key: SimilarityKey, message: string, now: number): boolean {
    const groups = this.byObject.get(key.uid);
    let group = groups?.find((g) => similar(g.key, key));
    if (group) this.recent.delete(group);
    else {
      group = { key, messages: [], last: -Infinity };
      if (groups) groups.push(group);
      else this.byObject.set(key.uid, [group]);
      this.evictBeyond(AGGREGATE_CACHE_SIZE - 1);
    }
    this.recent.add(group);
    // A group whose last event is older than the interval starts again.
    if (now - group.last > AGGREGATE_INTERVAL_MS) group.messages = [];
    if (!group.messages.includes(message)) group.messages.push(message);
    group.last = now;
    if (group.messages.length < AGGREGATE_MAX_EVENTS) return false;
    // The set is kept below the limit (PopAny). Go takes any element; the oldest is taken here,
    // so runs stay reproducible.
    group.messages.shift();
    return true;
  }

  /** Drops the least recently used groups until at most `size` are left. */
  private evictBeyond(size: number): void {
    for (const oldest of this.recent) {
      if (this.recent.size <= size) return;
      this.recent.delete(oldest);
      const groups = this.byObject.get(oldest.key.uid)!;
      const rest = groups.filter((g) => g !== oldest);
      if (rest.length) this.byObject.set(oldest.key.uid, rest);
      else this.byObject.delete(oldest.key.uid);
    }
  }
}
