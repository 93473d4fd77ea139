/**
 * Which pods a ReplicaSet deletes first when it scales down (`controller.ActivePodsWithRanks`
 * with PodDeletionCost and LogarithmicScaleDown, both on by default). Rules in order, the first
 * that differs decides; "first" means deleted first:
 *   1 unscheduled before scheduled; 2 Pending < Unknown < Running; 3 not Ready before Ready;
 *   4 lower `controller.kubernetes.io/pod-deletion-cost`; 5 higher rank (more active pods of the
 *   same owner on its node); 6 both Ready: more recently Ready; 7 more container restarts;
 *   8 newer. Times in 6 and 8 compare by the integer log2 of their age in nanoseconds, ties
 *   broken by uid, so pods of a similar age are picked pseudo-randomly.
 */
import { KubeObject } from '../../api/types';
import { parseTime } from '../../api/time';
import { isPodActive, isPodReady, readySince } from '../workload/podutil';

export const POD_DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** `GetDeletionCostFromPodAnnotations`: an int32 written plainly (no "+", no leading zeros), else 0. */
export function deletionCost(pod: KubeObject): number {
  const value = pod.metadata.annotations?.[POD_DELETION_COST];
  if (value === undefined) return 0;
  // validFirstDigit, then strconv.ParseInt(value, 10, 32).
  if (!(value[0] === '-' || value === '0' || /^[1-9]/.test(value)) || !/^-?\d+$/.test(value)) return 0;
  const n = Number(value);
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 ? n : 0;
}

function maxRestarts(pod: KubeObject): number {
  let max = 0;
  for (const c of pod.status?.containerStatuses ?? []) max = Math.max(max, c.restartCount ?? 0);
  return max;
}

/** `afterOrZero`: an unset time sorts first; otherwise the later one does. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/** `logarithmicRankDiff`: floor(log2(age in ns)) of each, -1 for a non-positive age. */
export function logarithmicRankDiff(t1: number, t2: number, now: number): number {
  const rank = (t: number) => {
    const ageNs = (now - t) * 1e6;
    return ageNs > 0 ? Math.floor(Math.log2(ageNs)) : -1;
  };
  return rank(t1) - rank(t2);
}

function uidLess(a: KubeObject, b: KubeObject): boolean {
  return (a.metadata.uid ?? '') < (b.metadata.uid ?? '');
}

/** Rules 6 and 8: the more recent time first, in log buckets when `now` is known. */
function recentFirst(a: KubeObject, b: KubeObject, ta: number | undefined, tb: number | undefined, now: number | undefined): boolean {
  if (now === undefined || ta === undefined || tb === undefined) return afterOrZero(ta, tb);
  const diff = logarithmicRankDiff(ta, tb, now);
  return diff === 0 ? uidLess(a, b) : diff < 0;
}

/** `ActivePodsWithRanks.Less`: whether pod `a` (with rank `ra`) is deleted before `b`. */
export function deletedBefore(a: KubeObject, ra: number, b: KubeObject, rb: number, now: number | undefined): boolean {
  const na = a.spec?.nodeName ?? '';
  const nb = b.spec?.nodeName ?? '';
  if (na !== nb && (na === '' || nb === '')) return na === '';
  const pa = PHASE_ORDINAL[a.status?.phase ?? ''] ?? 0;
  const pb = PHASE_ORDINAL[b.status?.phase ?? ''] ?? 0;
  if (pa !== pb) return pa < pb;
  const readyA = isPodReady(a);
  const readyB = isPodReady(b);
  if (readyA !== readyB) return !readyA;
  const ca = deletionCost(a);
  const cb = deletionCost(b);
  if (ca !== cb) return ca < cb;
  if (ra !== rb) return ra > rb;
  if (readyA && readyB) {
    const ta = readySince(a);
    const tb = readySince(b);
    if (ta !== tb) return recentFirst(a, b, ta, tb, now);
  }
  const rsa = maxRestarts(a);
  const rsb = maxRestarts(b);
  if (rsa !== rsb) return rsa > rsb;
  const cta = parseTime(a.metadata.creationTimestamp);
  const ctb = parseTime(b.metadata.creationTimestamp);
  if (cta !== ctb) return recentFirst(a, b, cta, ctb, now);
  return false;
}

/** `getPodsRankedByRelatedPodsOnSameNode`: each pod's rank is the number of active related pods on its node. */
export function ranksByNode(pods: readonly KubeObject[], related: readonly KubeObject[]): number[] {
  const onNode = new Map<string, number>();
  for (const p of related) {
    if (!isPodActive(p)) continue;
    const n = p.spec?.nodeName ?? '';
    onNode.set(n, (onNode.get(n) ?? 0) + 1);
  }
  return pods.map((p) => onNode.get(p.spec?.nodeName ?? '') ?? 0);
}

/** `getPodsToDelete`: the first `diff` pods in deletion order (no sorting when all of them go). */
export function podsToDelete(pods: readonly KubeObject[], related: readonly KubeObject[], diff: number, now: number): KubeObject[] {
  if (diff >= pods.length) return pods.slice(0, diff);
  const ranks = ranksByNode(pods, related);
  const order = pods.map((_, i) => i);
  order.sort((i, j) => (deletedBefore(pods[i], ranks[i], pods[j], ranks[j], now) ? -1 : deletedBefore(pods[j], ranks[j], pods[i], ranks[i], now) ? 1 : 0));
  return order.slice(0, diff).map((i) => pods[i]);
}
