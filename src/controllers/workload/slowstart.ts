/**
 * `slowStartBatch`: call `fn` `count` times in batches of 1, 2, 4, … (each batch at most the
 * rest); the first batch with a failure is finished and the rest skipped, so a controller that
 * cannot create pods does not flood the API server. Returns the successes and the first error.
 */
export const SLOW_START_INITIAL_BATCH_SIZE = 1;

/** The batch sizes of `count` calls when nothing fails. */
export function slowStartBatchSizes(count: number, initialBatchSize = SLOW_START_INITIAL_BATCH_SIZE): number[] {
  const sizes: number[] = [];
  let remaining = count;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    sizes.push(batch);
    remaining -= batch;
  }
  return sizes;
}

export function slowStartBatch(count: number, initialBatchSize: number, fn: () => unknown): { successes: number; error?: unknown } {
  let successes = 0;
  for (const batch of slowStartBatchSizes(count, initialBatchSize)) {
    let firstError: unknown;
    let failed = 0;
    for (let i = 0; i < batch; i++) {
      try {
        fn();
      } catch (e) {
        failed++;
        firstError ??= e;
      }
    }
    successes += batch - failed;
    if (failed > 0) return { successes, error: firstError };
  }
  return { successes };
}
