/**
 * Completion indexes of Indexed Jobs: the index a pod carries, the interval notation of
 * `status.completedIndexes` ("0-2,4"), and which indexes still need a pod.
 */
import { COMPLETION_INDEX_ANNOTATION } from '../../api/registry/batch/labels';

/** The pod's index from its annotation; undefined when missing or not a number. */
export function completionIndexOf(pod: any): number | undefined {
  const v = pod.metadata.annotations?.[COMPLETION_INDEX_ANNOTATION];
  if (v === undefined || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

/** Parses "1,3-5" into a sorted list of indexes below `completions`. */
export function parseIndexes(text: string | undefined, completions: number): number[] {
  const out = new Set<number>();
  for (const part of (text ?? '').split(',')) {
    if (part === '') continue;
    const [a, b] = part.split('-').map(Number);
    for (let i = a; i <= (b ?? a) && i < completions; i++) out.add(i);
  }
  return [...out].sort((x, y) => x - y);
}

/** Interval notation, as status.completedIndexes holds it: `0-2,4,6-7`. */
export function formatIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** firstPendingIndexes: the lowest `count` indexes neither succeeded nor held by an active pod. */
export function firstPendingIndexes(succeeded: ReadonlySet<number>, active: ReadonlySet<number>, count: number, completions: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < completions && out.length < count; i++) if (!succeeded.has(i) && !active.has(i)) out.push(i);
  return out;
}
