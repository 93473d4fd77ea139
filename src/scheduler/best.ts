/**
 * The scheduler's choice among the feasible nodes of one attempt, scored as the window walk
 * finds them: fewest pods of the same owner, then fewest untolerated PreferNoSchedule taints,
 * then fewest pods; ties in walk order, one drawn at random. Scoring in the walk and keeping the
 * ties in one buffer reused by every attempt spares each pod a list of its hundreds of feasible
 * nodes and a list of the ties: those arrays were a fifth of everything the engine allocated.
 */
import { Random } from '../sim/rng';
import { tolerates } from './filters';
import { FeasibleNode } from './nodes';

export class BestNodes {
  /** Names of the best nodes so far, in walk order: the first `count` entries. */
  private readonly tied: string[] = [];
  private count = 0;
  private spread?: Int32Array;
  private tolerations?: readonly any[];
  private bestSpread = 0;
  private bestPreferNo = 0;
  private bestPods = 0;

  /** Starts an attempt: `spread` holds the owner's pods per node number, if it has an owner with any. */
  begin(spread: Int32Array | undefined, tolerations: readonly any[] | undefined): void {
    this.count = 0;
    this.spread = spread;
    this.tolerations = tolerations;
  }

  /** A feasible node, scored against the best so far (field by field: no score arrays). */
  consider(n: FeasibleNode): void {
    const spread = this.spread;
    const sameOwner = spread && n.id < spread.length ? spread[n.id] : 0;
    const preferNo = n.preferNo ? untolerated(n.preferNo, this.tolerations) : 0;
    const pods = n.usage.pods;
    if (this.count > 0) {
      const cmp = sameOwner !== this.bestSpread ? sameOwner - this.bestSpread : preferNo !== this.bestPreferNo ? preferNo - this.bestPreferNo : pods - this.bestPods;
      if (cmp > 0) return;
      if (cmp === 0) {
        this.tied[this.count++] = n.name;
        return;
      }
    }
    this.tied[0] = n.name;
    this.count = 1;
    this.bestSpread = sameOwner;
    this.bestPreferNo = preferNo;
    this.bestPods = pods;
  }

  /** The chosen node: the only best one, or one of the ties drawn with the seeded generator. */
  draw(rng: Random): string {
    return this.count === 1 ? this.tied[0] : this.tied[rng.int(this.count)];
  }
}

/** How many of these taints the pod does not tolerate. */
function untolerated(taints: readonly any[], tolerations: readonly any[] | undefined): number {
  let n = 0;
  for (const t of taints) if (!tolerates(tolerations, t)) n++;
  return n;
}
