/**
 * Which active pods go first when a Job has too many (controller.ActivePods, the ranking the job
 * controller uses without the ReplicaSet's extras): unscheduled, then pending, not ready, ready
 * for the shortest time, most restarted, newest.
 */
import { parseTime } from '../../api/time';
import { isReady, maxContainerRestarts } from './pods';
import { completionIndexOf } from './indexes';

const PHASE_ORDER: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function readySince(pod: any): number | undefined {
  const c = (pod.status?.conditions ?? []).find((x: any) => x.type === 'Ready' && x.status === 'True');
  return parseTime(c?.lastTransitionTime);
}

/** afterOrZero: an unset time counts as the latest. */
function afterOrZero(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === undefined;
  return a > b;
}

/** Negative when `a` should be deleted before `b`. */
export function compareForRemoval(a: any, b: any): number {
  const na = a.spec?.nodeName ?? '';
  const nb = b.spec?.nodeName ?? '';
  if (na !== nb && (na === '' || nb === '')) return na === '' ? -1 : 1;
  const pa = PHASE_ORDER[a.status?.phase] ?? 0;
  const pb = PHASE_ORDER[b.status?.phase] ?? 0;
  if (pa !== pb) return pa - pb;
  const ra = isReady(a);
  const rb = isReady(b);
  if (ra !== rb) return ra ? 1 : -1;
  if (ra && rb) {
    const ta = readySince(a);
    const tb = readySince(b);
    if (ta !== tb) return afterOrZero(ta, tb) ? -1 : 1;
  }
  const xa = maxContainerRestarts(a);
  const xb = maxContainerRestarts(b);
  if (xa !== xb) return xb - xa;
  const ca = parseTime(a.metadata.creationTimestamp);
  const cb = parseTime(b.metadata.creationTimestamp);
  if (ca !== cb) return afterOrZero(ca, cb) ? -1 : 1;
  // Go's sort leaves equal pods in no set order; names keep the simulation reproducible.
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/**
 * activePodsForRemoval: for an Indexed Job, first the pods without a valid index, beyond
 * `completions`, or repeating an index; then, if more must go, by the ranking above.
 */
export function activePodsForRemoval(pods: readonly any[], count: number, indexedCompletions?: number): any[] {
  let rest = [...pods];
  const removed: any[] = [];
  if (indexedCompletions !== undefined) {
    const byIndex = new Map<number, any[]>();
    rest = [];
    for (const pod of pods) {
      const ix = completionIndexOf(pod);
      if (ix === undefined || ix >= indexedCompletions) removed.push(pod);
      else byIndex.set(ix, [...(byIndex.get(ix) ?? []), pod]);
    }
    for (const group of byIndex.values()) {
      // Keep the best-established pod of an index; the others are duplicates.
      const sorted = [...group].sort(compareForRemoval);
      removed.push(...sorted.slice(0, sorted.length - 1));
      rest.push(sorted[sorted.length - 1]);
    }
  }
  if (removed.length < count) removed.push(...rest.sort(compareForRemoval).slice(0, count - removed.length));
  return removed;
}
