/**
 * The one record of what happened: every change to every object, timestamped in simulated time,
 * with a compact summary for pods, nodes and events. History assertions, failure messages and
 * reports all read it.
 */
import { KubeObject, OwnerReference, controllerOf } from '../api/types';
import { CompactRecord, CompactSummary, Identity, Summary } from './record';
import { flat } from '../util/flat';
import { podStatusCells } from '../printers/podStatus';
import { StoredNote, WatchEventType } from '../store/objects';

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

/** One change: when, what kind of change, the object (kind, name, uid, labels, controller) and its summary. */
export interface HistoryRecord extends Identity {
  readonly at: number;
  readonly type: WatchEventType;
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
 * Whether a pod's summary can be reused from its previous version: a metadata-only write (a
 * finalizer removed, owner references changed) keeps the very same spec and status objects.
 */
function samePodSummary(a: KubeObject, b: KubeObject): boolean {
  return a.status === b.status && a.spec === b.spec && a.metadata.deletionTimestamp === b.metadata.deletionTimestamp;
}

function nodeSummary(obj: KubeObject): NodeSummary {
  const ready = (obj.status?.conditions ?? []).find((c: any) => c.type === 'Ready')?.status ?? 'Unknown';
  return {
    ready,
    unschedulable: !!obj.spec?.unschedulable,
    taints: (obj.spec?.taints ?? []).map((t: any) => `${t.key}${t.value ? '=' + t.value : ''}:${t.effect}`),
  };
}

/** The last `kind/name` an event summary named: consecutive events about one object share it. */
let lastObject = { kind: undefined as unknown, name: undefined as unknown, text: '' };

/** An event summary's `object`: the involved object's `kind/name`, its kind lower-cased. */
export function eventObjectText(kind: unknown, name: unknown): string {
  if (lastObject.kind !== kind || lastObject.name !== name || lastObject.text === '') {
    lastObject = { kind, name, text: flat(`${String(kind ?? '').toLowerCase()}/${name}`) };
  }
  return lastObject.text;
}

function eventSummary(obj: KubeObject): EventSummary {
  return {
    type: obj.type,
    reason: obj.reason,
    message: obj.message,
    object: eventObjectText(obj.involvedObject?.kind, obj.involvedObject?.name),
    count: obj.count ?? 1,
  };
}

/**
 * Pod summaries shared between pods: the history keeps a summary per pod write for ever, and
 * the pods of one node go through the same few (Pending, ContainerCreating, Running 1/1, …).
 * A summary equal to one already kept (field by field) is replaced by it; what the records show
 * is the same, with a few objects per node instead of several per pod.
 */
class PodSummaries {
  private readonly byNode = new Map<string | undefined, PodSummary[]>();

  shared(summary: PodSummary): PodSummary {
    let kept = this.byNode.get(summary.node);
    if (!kept) this.byNode.set(summary.node, (kept = []));
    for (const k of kept) if (samePodFields(k, summary)) return k;
    // Past a few dozen variants (restart counts of a crash loop), the summary is kept as it is.
    if (kept.length < SUMMARIES_PER_NODE) kept.push(summary);
    return summary;
  }
}

const SUMMARIES_PER_NODE = 32;

/** Equal in what a pod summary shows (compared within one node's summaries: the node is the same). */
function samePodFields(a: PodSummary, b: PodSummary): boolean {
  return a.status === b.status && a.phase === b.phase && a.ready === b.ready && a.restarts === b.restarts && a.terminating === b.terminating;
}

const TYPES: readonly WatchEventType[] = ['ADDED', 'MODIFIED', 'DELETED'];
const TYPE_CODES: Readonly<Record<WatchEventType, number>> = { ADDED: 0, MODIFIED: 1, DELETED: 2 };

export class History {
  /** Instants at which a step of the scenario ran, with its text, for reports. */
  readonly marks: { at: number; text: string }[] = [];
  /**
   * The records, kept in columns until read: a month of a CronJob is a million and a half of
   * them, and a record object each (with its instant boxed) was most of what the history kept.
   * `records` builds the objects of those not read yet.
   */
  private length = 0;
  private times = new Float64Array(1024);
  private types = new Uint8Array(1024);
  private readonly identities: Identity[] = [];
  private readonly summaries: (Summary | CompactSummary | undefined)[] = [];
  private readonly built: HistoryRecord[] = [];
  private readonly podSummaries = new PodSummaries();

  constructor(private readonly now: () => number) {}

  /** Every change, in order (compact records: see record.ts). */
  get records(): readonly HistoryRecord[] {
    const built = this.built;
    for (let i = built.length; i < this.length; i++) built.push(new CompactRecord(this.times[i], TYPES[this.types[i]], this.identities[i], plain(this.summaries[i])));
    return built;
  }

  /**
   * Records a change to an object its writer keeps back from the store (the event recorder's
   * Events), with what its record shows: what `record` would give for the object it stands for.
   */
  recordKeptBack(type: WatchEventType, identity: Identity, summary: Summary | CompactSummary): void {
    this.push(type, identity, summary);
  }

  /**
   * Records a change; `stored` is where the store keeps this history's note on the object: what
   * its next record can share with this one (given by the store, so no map of every object).
   */
  record(type: WatchEventType, obj: KubeObject, stored: StoredNote = {}): void {
    const kind = obj.kind!;
    if (kind === 'Lease') return;
    const meta = obj.metadata;
    let live = stored.note as LiveObject | undefined;
    if (!live || live.identity.uid !== meta.uid || !sameIdentity(live.identity, meta.labels, controllerOf(obj))) {
      const identity = identityOf(obj);
      if (live) live.identity = identity;
      else stored.note = live = { identity, obj: undefined, summary: undefined };
    }
    // A DELETED record (and a pod write that kept its status) shows the version already summarised.
    if (live.obj !== obj) {
      const reuse = kind === 'Pod' && live.obj !== undefined && samePodSummary(live.obj, obj);
      if (!reuse) live.summary = kind === 'Pod' ? this.podSummaries.shared(podSummary(obj)) : kind === 'Node' ? nodeSummary(obj) : kind === 'Event' ? eventSummary(obj) : undefined;
      live.obj = obj;
    }
    this.push(type, live.identity, live.summary);
  }

  private push(type: WatchEventType, identity: Identity, summary: Summary | CompactSummary | undefined): void {
    const i = this.length++;
    if (i === this.times.length) {
      const times = new Float64Array(i * 2);
      times.set(this.times);
      this.times = times;
      const types = new Uint8Array(i * 2);
      types.set(this.types);
      this.types = types;
    }
    this.times[i] = this.now();
    this.types[i] = TYPE_CODES[type];
    this.identities.push(identity);
    this.summaries.push(summary);
  }

  mark(text: string): void {
    this.marks.push({ at: this.now(), text });
  }

  /** Every record of a kind, in order. */
  of(kind: string): HistoryRecord[] {
    return this.records.filter((r) => r.kind === kind);
  }
}

function plain(summary: Summary | CompactSummary | undefined): Summary | undefined {
  return summary !== undefined && 'summarise' in summary ? summary.summarise() : summary;
}

interface LiveObject {
  identity: Identity;
  /** The version last summarised, and its summary. */
  obj: KubeObject | undefined;
  summary: Summary | undefined;
}

function identityOf(obj: KubeObject): Identity {
  const meta = obj.metadata;
  const ref = controllerOf(obj);
  return {
    kind: obj.kind!,
    namespace: meta.namespace,
    name: meta.name!,
    uid: meta.uid!,
    labels: meta.labels,
    owner: ref ? { kind: ref.kind, name: ref.name, uid: ref.uid } : undefined,
  };
}

/** Whether a version keeps the labels (the same map) and controller of the identity. */
function sameIdentity(id: Identity, labels: Identity['labels'], ref: OwnerReference | undefined): boolean {
  if (id.labels !== labels) return false;
  if (!ref || !id.owner) return !ref && !id.owner;
  return ref.kind === id.owner.kind && ref.name === id.owner.name && ref.uid === id.owner.uid;
}
