/**
 * When the API server lets an Event go: it stores each Event in etcd under a lease of the Event
 * TTL (`--event-ttl`, 1 h), and etcd deletes the key when its lease expires. The API server's
 * lease manager (k8s.io/apiserver storage/etcd3 leaseManager.GetLease) shares one lease between
 * the objects written within a reuse window — 5 % of the TTL, at most 60 s — granting each lease
 * that much longer, and at most 1,000 objects to a lease. So an Event written at t is gone
 * between t + 1 h and t + 1 h + 60 s, together with the others of its lease.
 */

/** One etcd lease: when it expires, and what the recorder attached to it. */
export interface EtcdLease<T> {
  readonly expiresAt: number;
  readonly attached: T[];
}

const REUSE_PERCENT = 0.05;
const REUSE_MAX_SECONDS = 60;
const MAX_OBJECTS_PER_LEASE = 1000;

export class LeaseManager<T> {
  private prev?: EtcdLease<T>;
  private attachedCount = 0;
  private readonly ttlMs: number;
  private readonly reuseMs: number;

  constructor(ttlSeconds: number) {
    this.ttlMs = ttlSeconds * 1000;
    this.reuseMs = Math.min(Math.floor(REUSE_PERCENT * ttlSeconds), REUSE_MAX_SECONDS) * 1000;
  }

  /** The lease an object written at `now` goes under: the last one if it may be reused, else a new one (`fresh`). */
  leaseFor(now: number): { lease: EtcdLease<T>; fresh: boolean } {
    const prevExpiry = this.prev?.expiresAt ?? -Infinity;
    // GetLease: valid while now + ttl is before the lease's expiry, sufficient while
    // now + ttl + reuse is after it (the API server's clock has always moved on since the grant:
    // writes at one simulated instant count as later than it); every call counts against the
    // lease's object limit.
    const valid = now + this.ttlMs < prevExpiry;
    const sufficient = now + this.ttlMs + this.reuseMs >= prevExpiry;
    this.attachedCount++;
    if (this.prev && valid && sufficient && this.attachedCount <= MAX_OBJECTS_PER_LEASE) return { lease: this.prev, fresh: false };
    this.prev = { expiresAt: now + this.ttlMs + this.reuseMs, attached: [] };
    this.attachedCount = 1;
    return { lease: this.prev, fresh: true };
  }
}
