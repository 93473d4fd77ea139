/**
 * The one record of what happened: every change to every object, timestamped in simulated time,
 * with a compact summary for pods, nodes and events. History assertions, failure messages and
 * reports all read it.
 */
import { KubeObject, controllerOf } from '../api/types';
import { podStatusCells } from '../printers/podStatus';
import { WatchEventType } from '../store/objects';

export interface PodSummary {
  readonly status: string;
  readonly phase: string;
  readonly ready: string;
  readonly restarts: number;
  readonly node?: string;
  readonly terminating: boolean;
}

export interface NodeSummary {
  readonly ready: string;
  readonly unschedulable: boolean;
  readonly taints: readonly string[];
}

export interface EventSummary {
  readonly type: string;
  readonly reason: string;
  readonly message: string;
  readonly object: string;
  readonly count: number;
}

export interface HistoryRecord {
  readonly at: number;
  readonly type: WatchEventType;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly uid: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly owner?: { readonly kind: string; readonly name: string; readonly uid: string };
  readonly pod?: PodSummary;
  readonly node?: NodeSummary;
  readonly event?: EventSummary;
}

function podSummary(obj: KubeObject): PodSummary {
  const cells = podStatusCells(obj);
  return {
    status: cells.status,
    phase: obj.status?.phase ?? 'Pending',
    ready: cells.ready,
    restarts: cells.restarts,
    node: obj.spec?.nodeName,
    terminating: !!obj.metadata.deletionTimestamp,
  };
}

/**
 * A pod's summary, computed once per version of what it reads: a pod's last record is often
 * followed by one of the very same spec, status and deletion mark (its DELETED record, a
 * metadata-only update), which reuses it. Keyed by the status object (stored objects are never
 * changed), checked against the spec and deletion mark.
 */
const podSummaries = new WeakMap<object, { spec: unknown; deletion: unknown; summary: PodSummary }>();

function cachedPodSummary(obj: KubeObject): PodSummary {
  const status = obj.status;
  if (!status || typeof status !== 'object') return podSummary(obj);
  const hit = podSummaries.get(status);
  if (hit && hit.spec === obj.spec && hit.deletion === obj.metadata.deletionTimestamp) return hit.summary;
  const summary = podSummary(obj);
  podSummaries.set(status, { spec: obj.spec, deletion: obj.metadata.deletionTimestamp, summary });
  return summary;
}

function nodeSummary(obj: KubeObject): NodeSummary {
  const ready = (obj.status?.conditions ?? []).find((c: any) => c.type === 'Ready')?.status ?? 'Unknown';
  return {
    ready,
    unschedulable: !!obj.spec?.unschedulable,
    taints: (obj.spec?.taints ?? []).map((t: any) => `${t.key}${t.value ? '=' + t.value : ''}:${t.effect}`),
  };
}

function eventSummary(obj: KubeObject): EventSummary {
  return {
    type: obj.type,
    reason: obj.reason,
    message: obj.message,
    object: `${String(obj.involvedObject?.kind ?? '').toLowerCase()}/${obj.involvedObject?.name}`,
    count: obj.count ?? 1,
  };
}

export class History {
  readonly records: HistoryRecord[] = [];
  /** Instants at which a step of the scenario ran, with its text, for reports. */
  readonly marks: { at: number; text: string }[] = [];

  constructor(private readonly now: () => number) {}

  record(type: WatchEventType, obj: KubeObject): void {
    const kind = obj.kind!;
    if (kind === 'Lease') return;
    const meta = obj.metadata;
    const owner = controllerOf(obj);
    // Every record has the same fields (absent ones undefined): one object shape, built without
    // spreading, is the cheapest to make and to keep by the hundred thousand.
    this.records.push({
      at: this.now(),
      type,
      kind,
      namespace: meta.namespace,
      name: meta.name!,
      uid: meta.uid!,
      labels: meta.labels,
      owner: owner ? { kind: owner.kind, name: owner.name, uid: owner.uid } : undefined,
      pod: kind === 'Pod' ? cachedPodSummary(obj) : undefined,
      node: kind === 'Node' ? nodeSummary(obj) : undefined,
      event: kind === 'Event' ? eventSummary(obj) : undefined,
    });
  }

  mark(text: string): void {
    this.marks.push({ at: this.now(), text });
  }

  /** Every record of a kind, in order. */
  of(kind: string): HistoryRecord[] {
    return this.records.filter((r) => r.kind === kind);
  }
}
