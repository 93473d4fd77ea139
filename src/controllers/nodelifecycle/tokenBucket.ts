/**
 * A token bucket (client-go's flowcontrol rate limiter, burst 1 as the eviction queues use it):
 * `take(now)` says when the next token can be had, and takes it if that is now.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private qps: number, private readonly burst: number, now: number) {
    this.tokens = burst;
    this.last = now;
  }

  private refill(now: number): void {
    if (this.qps > 0) this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.qps);
    this.last = now;
  }

  /** Takes a token if one is there; otherwise returns when one will be (Infinity when the rate is 0). */
  take(now: number): { ok: true } | { ok: false; at: number } {
    this.refill(now);
    if (this.tokens >= 1 - 1e-9) {
      this.tokens -= 1;
      return { ok: true };
    }
    if (this.qps <= 0) return { ok: false, at: Infinity };
    return { ok: false, at: now + Math.ceil(((1 - this.tokens) / this.qps) * 1000) };
  }

  setRate(qps: number, now: number): void {
    this.refill(now);
    this.qps = qps;
  }
}
