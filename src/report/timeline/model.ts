/**
 * The timeline of a scenario as data: what every pod and node was, from when to when, in
 * simulated time. Built in one pass over the History's records, so it stays cheap for a week of
 * hundreds of pods; drawing (scales, aggregation, SVG) is done elsewhere from this.
 */
import { HistoryRecord } from '../../history/history';
import { categorize, StatusCategory } from './status';

/** A stretch of time in one state: `[from, to)` in epoch milliseconds of the simulated clock. */
export interface Span<S> {
  readonly from: number;
  readonly to: number;
  readonly state: S;
}

export interface PodStatusState {
  readonly category: StatusCategory;
  /** The STATUS column as kubectl shows it. */
  readonly status: string;
}

export interface PodLane {
  readonly uid: string;
  readonly name: string;
  readonly namespace: string;
  /** The node the pod was last bound to, if any. */
  readonly node?: string;
  /** Its controller, as `kind/name` (e.g. `replicaset/web-5d8f`), if it has one. */
  readonly owner?: string;
  readonly created: number;
  readonly deleted?: number;
  readonly spans: readonly Span<PodStatusState>[];
  /** What it showed at the scenario's last instant (even when that state began at that instant). */
  readonly final?: PodStatusState;
  /** Instants at which the RESTARTS count went up. */
  readonly restarts: readonly number[];
}

export type NodeReadiness = 'Ready' | 'NotReady' | 'Unknown';

export interface NodeLane {
  readonly name: string;
  readonly joined: number;
  readonly removed?: number;
  readonly spans: readonly Span<NodeReadiness>[];
  readonly final?: NodeReadiness;
  /** Instants at which the node stopped being Ready (it failed, or was seen to). */
  readonly failures: readonly number[];
}

/** A step of the scenario at the simulated instant it started. */
export interface StepMark {
  readonly text: string;
  /** Epoch ms; absent when the step did not run. */
  readonly at?: number;
  /** Cucumber's status of the step: PASSED, FAILED, SKIPPED, UNDEFINED, … */
  readonly status: string;
}

export interface Timeline {
  readonly start: number;
  readonly end: number;
  readonly nodes: readonly NodeLane[];
  readonly pods: readonly PodLane[];
  readonly steps: readonly StepMark[];
  /** Sorted distinct instants at which something changed: where time matters on the axis. */
  readonly activity: readonly number[];
}

export interface TimelineInput {
  readonly records: readonly HistoryRecord[];
  readonly steps: readonly StepMark[];
  /** The simulated instant the scenario ended at. */
  readonly end: number;
}

interface OpenPod {
  uid: string;
  name: string;
  namespace: string;
  node?: string;
  owner?: string;
  created: number;
  deleted?: number;
  spans: Span<PodStatusState>[];
  current?: { from: number; state: PodStatusState };
  restarts: number[];
  restartCount: number;
}

interface OpenNode {
  name: string;
  joined: number;
  removed?: number;
  spans: Span<NodeReadiness>[];
  current?: { from: number; state: NodeReadiness };
  failures: number[];
}

function readiness(ready: string): NodeReadiness {
  return ready === 'True' ? 'Ready' : ready === 'False' ? 'NotReady' : 'Unknown';
}

function close<S>(lane: { spans: Span<S>[]; current?: { from: number; state: S } }, at: number): void {
  if (lane.current && at > lane.current.from) lane.spans.push({ from: lane.current.from, to: at, state: lane.current.state });
  lane.current = undefined;
}

/** Follows every pod and node through the records; the scenario's end closes what is still open. */
export function buildTimeline(input: TimelineInput): Timeline {
  const { records, steps } = input;
  const start = records.length > 0 ? records[0].at : (steps.find((s) => s.at !== undefined)?.at ?? input.end);
  const end = Math.max(input.end, start);
  const pods = new Map<string, OpenPod>();
  const nodes = new Map<string, OpenNode>();
  const allNodes: OpenNode[] = [];
  const activity = new Set<number>();

  for (const r of records) {
    if (r.kind === 'Pod' && r.pod) {
      let lane = pods.get(r.uid);
      if (!lane) {
        lane = { uid: r.uid, name: r.name, namespace: r.namespace ?? 'default', created: r.at, spans: [], restarts: [], restartCount: 0 };
        pods.set(r.uid, lane);
      }
      if (r.owner) lane.owner = `${r.owner.kind.toLowerCase()}/${r.owner.name}`;
      if (r.pod.node) lane.node = r.pod.node;
      if (r.type === 'DELETED') {
        close(lane, r.at);
        lane.deleted = r.at;
        activity.add(r.at);
        continue;
      }
      if (r.pod.restarts > lane.restartCount) lane.restarts.push(r.at);
      lane.restartCount = r.pod.restarts;
      const state: PodStatusState = { category: categorize(r.pod), status: r.pod.status };
      if (!lane.current || lane.current.state.status !== state.status || lane.current.state.category !== state.category) {
        close(lane, r.at);
        lane.current = { from: r.at, state };
        activity.add(r.at);
      }
    } else if (r.kind === 'Node' && r.node) {
      let lane = nodes.get(r.name);
      if (!lane || lane.removed !== undefined) {
        lane = { name: r.name, joined: r.at, spans: [], failures: [] };
        nodes.set(r.name, lane);
        allNodes.push(lane);
      }
      if (r.type === 'DELETED') {
        close(lane, r.at);
        lane.removed = r.at;
        activity.add(r.at);
        continue;
      }
      const state = readiness(r.node.ready);
      if (!lane.current || lane.current.state !== state) {
        // A node that registers is Unknown for an instant before its first Ready: not a failure.
        if (lane.current?.state === 'Ready' && state !== 'Ready') lane.failures.push(r.at);
        close(lane, r.at);
        lane.current = { from: r.at, state };
        activity.add(r.at);
      }
    } else if (r.kind === 'Event') {
      activity.add(r.at);
    }
  }
  for (const s of steps) if (s.at !== undefined) activity.add(s.at);
  activity.add(start);
  activity.add(end);

  const podLanes: PodLane[] = [];
  for (const p of pods.values()) {
    const final = p.current?.state;
    close(p, end);
    podLanes.push({ uid: p.uid, name: p.name, namespace: p.namespace, node: p.node, owner: p.owner, created: p.created, deleted: p.deleted, spans: p.spans, final, restarts: p.restarts });
  }
  const nodeLanes: NodeLane[] = [];
  for (const n of allNodes) {
    const final = n.current?.state;
    close(n, end);
    nodeLanes.push({ name: n.name, joined: n.joined, removed: n.removed, spans: n.spans, final, failures: n.failures });
  }
  return {
    start,
    end,
    nodes: nodeLanes,
    pods: podLanes,
    steps,
    activity: [...activity].filter((t) => t >= start && t <= end).sort((a, b) => a - b),
  };
}
