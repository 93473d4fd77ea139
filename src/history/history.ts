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

function summarise(obj: KubeObject): Pick<HistoryRecord, 'pod' | 'node' | 'event'> {
  switch (obj.kind) {
    case 'Pod': {
      const cells = podStatusCells(obj);
      return {
        pod: {
          status: cells.status,
          phase: obj.status?.phase ?? 'Pending',
          ready: cells.ready,
          restarts: cells.restarts,
          node: obj.spec?.nodeName,
          terminating: !!obj.metadata.deletionTimestamp,
        },
      };
    }
    case 'Node': {
      const ready = (obj.status?.conditions ?? []).find((c: any) => c.type === 'Ready')?.status ?? 'Unknown';
      return {
        node: {
          ready,
          unschedulable: !!obj.spec?.unschedulable,
          taints: (obj.spec?.taints ?? []).map((t: any) => `${t.key}${t.value ? '=' + t.value : ''}:${t.effect}`),
        },
      };
    }
    case 'Event':
      return {
        event: {
          type: obj.type,
          reason: obj.reason,
          message: obj.message,
          object: `${String(obj.involvedObject?.kind ?? '').toLowerCase()}/${obj.involvedObject?.name}`,
          count: obj.count ?? 1,
        },
      };
    default:
      return {};
  }
}

export class History {
  readonly records: HistoryRecord[] = [];
  /** Instants at which a step of the scenario ran, with its text, for reports. */
  readonly marks: { at: number; text: string }[] = [];

  constructor(private readonly now: () => number) {}

  record(type: WatchEventType, obj: KubeObject): void {
    if (obj.kind === 'Lease') return;
    const owner = controllerOf(obj);
    this.records.push({
      at: this.now(),
      type,
      kind: obj.kind!,
      namespace: obj.metadata.namespace,
      name: obj.metadata.name!,
      uid: obj.metadata.uid!,
      labels: obj.metadata.labels,
      owner: owner ? { kind: owner.kind, name: owner.name, uid: owner.uid } : undefined,
      ...summarise(obj),
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
