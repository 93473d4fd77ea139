/**
 * The nodes as the scheduler sees them, in the store's order (the order it walks them in): each
 * with its parsed allocatable resources, its usage, whether only resources can refuse a pod, and
 * its PreferNoSchedule taints. Kept up to date node by node: during a failure, nodes change one
 * at a time, and rebuilding the whole list for each change made the cost grow with the square of
 * the cluster.
 */
import { KubeObject } from '../api/types';
import { Allocatable, NodeUsage, allocatableOf } from './filters';

/** A node that passed the filters, with the usage its score reads. */
export interface FeasibleNode {
  readonly node: KubeObject;
  /** Its name, and its number in the owner spread. */
  readonly name: string;
  readonly id: number;
  readonly usage: NodeUsage;
  /** Its PreferNoSchedule taints, if any (the score counts those the pod does not tolerate). */
  readonly preferNo?: readonly any[];
}

export interface NodeEntry extends FeasibleNode {
  readonly allocatable: Allocatable;
  /** Schedulable and without a NoSchedule or NoExecute taint: only resources can refuse a pod. */
  readonly open: boolean;
}

function isOpen(node: KubeObject): boolean {
  if (node.spec?.unschedulable) return false;
  return !(node.spec?.taints ?? []).some((t: any) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
}

export class SchedulerNodes {
  private entries?: NodeEntry[];
  /** Node name → position in `entries`. */
  private readonly positions = new Map<string, number>();

  constructor(
    private readonly listNodes: () => KubeObject[],
    private readonly idOf: (name: string) => number,
    private readonly usageOf: (name: string) => NodeUsage,
  ) {}

  list(): NodeEntry[] {
    if (!this.entries) {
      this.entries = this.listNodes().map((node) => this.entry(node));
      this.positions.clear();
      this.entries.forEach((e, i) => this.positions.set(e.name, i));
    }
    return this.entries;
  }

  /** A node event: its entry is replaced, appended (a new node comes last) or removed. */
  onNode(type: string, node: KubeObject): void {
    if (!this.entries) return;
    const name = node.metadata.name!;
    const at = this.positions.get(name);
    if (type === 'DELETED' || at === undefined) {
      // Removals (and anything unexpected) are rare: the list is rebuilt from the store.
      if (type === 'ADDED' && at === undefined) {
        this.positions.set(name, this.entries.length);
        this.entries.push(this.entry(node));
      } else this.entries = undefined;
      return;
    }
    this.entries[at] = this.entry(node, this.entries[at]);
  }

  private entry(node: KubeObject, before?: NodeEntry): NodeEntry {
    const name = node.metadata.name!;
    // Allocatable changes rarely: parsed again only when the node posts a new one.
    const allocatable = before && before.node.status?.allocatable === node.status?.allocatable ? before.allocatable : allocatableOf(node);
    const preferNo = (node.spec?.taints ?? []).filter((t: any) => t.effect === 'PreferNoSchedule');
    return { node, name, id: this.idOf(name), usage: this.usageOf(name), allocatable, open: isOpen(node), preferNo: preferNo.length ? preferNo : undefined };
  }
}
