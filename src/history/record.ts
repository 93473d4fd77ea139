/**
 * History records, compactly: hundreds of thousands of them are kept (a month of a CronJob is a
 * million and a half), and most of what a record says is the same for every record of one
 * object. A record holds its instant and type, and shares its object's identity (kind, name,
 * uid, labels, controller) and, while they stay the same, its summary with the object's other
 * records; the fields of a HistoryRecord read through getters, and JSON shows them all.
 */
import type { EventSummary, HistoryRecord, NodeSummary, PodSummary } from './history';
import type { WatchEventType } from '../store/objects';

/** What the records of one object share while its labels and controller stay the same. */
export interface Identity {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly uid: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly owner?: { readonly kind: string; readonly name: string; readonly uid: string };
}

export type Summary = PodSummary | NodeSummary | EventSummary;

/**
 * A summary its writer keeps in a compact form (an Event kept back from the store, its own first
 * summary): the history asks for the plain summary when its records are read.
 */
export interface CompactSummary {
  summarise(): Summary;
}

export class CompactRecord implements HistoryRecord {
  constructor(
    readonly at: number,
    readonly type: WatchEventType,
    private readonly identity: Identity,
    private readonly summary: Summary | undefined,
  ) {}

  get kind(): string {
    return this.identity.kind;
  }
  get namespace(): string | undefined {
    return this.identity.namespace;
  }
  get name(): string {
    return this.identity.name;
  }
  get uid(): string {
    return this.identity.uid;
  }
  get labels(): Readonly<Record<string, string>> | undefined {
    return this.identity.labels;
  }
  get owner(): Identity['owner'] {
    return this.identity.owner;
  }
  get pod(): PodSummary | undefined {
    return this.identity.kind === 'Pod' ? (this.summary as PodSummary) : undefined;
  }
  get node(): NodeSummary | undefined {
    return this.identity.kind === 'Node' ? (this.summary as NodeSummary) : undefined;
  }
  get event(): EventSummary | undefined {
    return this.identity.kind === 'Event' ? (this.summary as EventSummary) : undefined;
  }

  /** The record as a plain object, as records were written before they were compact. */
  toJSON(): HistoryRecord {
    return {
      at: this.at,
      type: this.type,
      kind: this.kind,
      namespace: this.namespace,
      name: this.name,
      uid: this.uid,
      labels: this.labels,
      owner: this.owner,
      pod: this.pod,
      node: this.node,
      event: this.event,
    };
  }
}
