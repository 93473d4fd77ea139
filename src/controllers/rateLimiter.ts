/**
 * The per-item part of client-go's workqueue.DefaultControllerRateLimiter
 * (ItemExponentialFailureRateLimiter): a key's retries wait 5 ms doubling with each failure, at
 * most 1000 s, until the controller forgets its failures. The overall 10 qps bucket it is
 * combined with is not modelled.
 */
export const BASE_RETRY_MS = 5;
export const MAX_RETRY_MS = 1_000_000;

export class ItemRateLimiter {
  private readonly failures = new Map<string, number>();

  /** When: the delay before `key` is retried, counting one more failure. */
  when(key: string): number {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    return Math.min(MAX_RETRY_MS, BASE_RETRY_MS * 2 ** n);
  }

  forget(key: string): void {
    this.failures.delete(key);
  }
}
