/**
 * How many pods of each owner run on each node, for the score that spreads an owner's pods.
 * Nodes get small numbers, and an owner's counts sit in an array by node number: scoring reads
 * them for hundreds of nodes per pod, where a map by node name cost a hash lookup each.
 */
export class OwnerSpread {
  private readonly ids = new Map<string, number>();
  /** Owner uid → pods per node number, and how many nodes have any. */
  private readonly byOwner = new Map<string, { counts: Int32Array; nodes: number }>();

  /** The node's number (the same for as long as the scheduler lives). */
  id(node: string): number {
    let id = this.ids.get(node);
    if (id === undefined) this.ids.set(node, (id = this.ids.size));
    return id;
  }

  add(owner: string, node: string): void {
    const id = this.id(node);
    let e = this.byOwner.get(owner);
    if (!e) this.byOwner.set(owner, (e = { counts: new Int32Array(Math.max(16, this.ids.size)), nodes: 0 }));
    if (id >= e.counts.length) {
      const grown = new Int32Array(Math.max(id + 1, e.counts.length * 2));
      grown.set(e.counts);
      e.counts = grown;
    }
    if (e.counts[id] === 0) e.nodes++;
    e.counts[id]++;
  }

  remove(owner: string, node: string): void {
    const e = this.byOwner.get(owner);
    if (!e) return;
    const id = this.id(node);
    if (id < e.counts.length && e.counts[id] > 0 && --e.counts[id] === 0) e.nodes--;
    if (e.nodes === 0) this.byOwner.delete(owner);
  }

  /** The owner's pods per node number (0 beyond the array's end), if it has any. */
  countsOf(owner: string): Int32Array | undefined {
    return this.byOwner.get(owner)?.counts;
  }
}
