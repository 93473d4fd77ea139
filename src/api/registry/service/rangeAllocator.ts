/**
 * The allocators' search (allocator/bitmap.go `randomScanStrategyWithOffset`, and the IPAddress
 * allocator's `allocateNextService`, which does the same over addresses): a range is split at an
 * offset; dynamic allocation starts at a random place in the upper part and scans forward with
 * wrap-around, and only falls back to the lower part (kept for values users choose) when the
 * upper one is full. The offset is `min(max(min, size / step), max)`.
 */
import { Random } from '../../../sim/rng';

/** `calculateRangeOffset`: 0 for tiny ranges, else size/step clamped to [min, max]. */
export function rangeOffset(size: number, min: number, max: number, step: number): number {
  if (size <= min) return 0;
  const offset = Math.floor(size / step);
  return Math.min(Math.max(offset, min), max);
}

/**
 * A free index in [0, size), or undefined when all are taken. `taken` is asked about candidates
 * in scan order only, so the cost is the number of taken values met, not the size of the range.
 */
export function pickFree(size: number, offset: number, taken: (i: number) => boolean, rng: Random): number | undefined {
  const upper = size - offset;
  if (upper > 0) {
    const start = rng.int(upper);
    for (let i = 0; i < upper; i++) {
      const at = offset + ((start + i) % upper);
      if (!taken(at)) return at;
    }
  }
  if (offset > 0) {
    const start = rng.int(offset);
    for (let i = 0; i < offset; i++) {
      const at = (start + i) % offset;
      if (!taken(at)) return at;
    }
  }
  return undefined;
}
