/**
 * Which lanes a timeline gets. One lane per pod, grouped by node, while that stays readable;
 * beyond `podLaneBudget` pods, the pods of one controller on one node share a lane that stacks
 * how many were in each state; beyond that budget in such lanes too, a node gets one lane.
 */
import { NodeLane, PodLane, Timeline } from './model';

export const POD_LANE_BUDGET = 60;

export type Row =
  | { readonly kind: 'node'; readonly name: string; readonly node?: NodeLane; readonly pods: number }
  | { readonly kind: 'pod'; readonly pod: PodLane }
  | { readonly kind: 'group'; readonly label: string; readonly pods: readonly PodLane[] };

export interface NodeGroup {
  readonly name: string;
  readonly node?: NodeLane;
  readonly pods: readonly PodLane[];
}

/** The label of pods that were never bound to a node. */
export const UNSCHEDULED = 'not scheduled';

/** `node-2` before `node-10`. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (i % 2 === 1 && na !== nb) return na - nb;
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

function byCreation(a: PodLane, b: PodLane): number {
  return a.created - b.created || naturalCompare(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`) || (a.uid < b.uid ? -1 : 1);
}

/** Nodes in name order, each with the pods bound to it; pods never bound come last. */
export function groupByNode(timeline: Timeline): NodeGroup[] {
  const names = new Set<string>(timeline.nodes.map((n) => n.name));
  for (const p of timeline.pods) if (p.node) names.add(p.node);
  const groups: NodeGroup[] = [...names].sort(naturalCompare).map((name) => ({
    name,
    // A node that left and joined again has several lanes; show the latest one's readiness.
    node: [...timeline.nodes].reverse().find((n) => n.name === name),
    pods: timeline.pods.filter((p) => p.node === name).sort(byCreation),
  }));
  const unscheduled = timeline.pods.filter((p) => !p.node).sort(byCreation);
  if (unscheduled.length > 0) groups.push({ name: UNSCHEDULED, pods: unscheduled });
  return groups;
}

function ownerGroups(pods: readonly PodLane[]): { label: string; pods: PodLane[] }[] {
  const byOwner = new Map<string, PodLane[]>();
  for (const p of pods) {
    const key = p.owner ?? 'pods without a controller';
    const list = byOwner.get(key);
    if (list) list.push(p);
    else byOwner.set(key, [p]);
  }
  return [...byOwner.entries()].sort(([a], [b]) => naturalCompare(a, b)).map(([label, ps]) => ({ label, pods: ps }));
}

export function layoutRows(timeline: Timeline, budget = POD_LANE_BUDGET): Row[] {
  const groups = groupByNode(timeline);
  const rows: Row[] = [];
  const detailed = timeline.pods.length <= budget;
  const perOwner = groups.reduce((n, g) => n + ownerGroups(g.pods).length, 0) <= budget;
  for (const g of groups) {
    rows.push({ kind: 'node', name: g.name, node: g.node, pods: g.pods.length });
    if (g.pods.length === 0) continue;
    if (detailed) for (const pod of g.pods) rows.push({ kind: 'pod', pod });
    else if (perOwner) for (const o of ownerGroups(g.pods)) rows.push({ kind: 'group', label: o.label, pods: o.pods });
    else rows.push({ kind: 'group', label: 'all pods', pods: g.pods });
  }
  return rows;
}
