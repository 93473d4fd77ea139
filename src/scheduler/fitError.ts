/**
 * The FailedScheduling message (framework.FitError): how many nodes failed for which reason,
 * then what preemption found. 1.34 adds the DynamicResources post-filter's "no new claims to
 * deallocate"; nodes failing only on resources would need victims, the others cannot be helped.
 */
import { preemptionMightHelp } from './filters';

function histogram(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].map(([r, n]) => `${n} ${r}`).sort().join(', ');
}

/** `perNode` holds, for each node, the reasons its first failing filter gave. */
export function fitErrorMessage(perNode: readonly (readonly string[])[], minor: number): string {
  const total = perNode.length;
  if (total === 0) return 'no nodes available to schedule pods';
  const first = histogram(perNode.flat());
  const preemption = histogram(
    perNode.map((reasons) => (reasons.every(preemptionMightHelp) ? 'No preemption victims found for incoming pod' : 'Preemption is not helpful for scheduling')),
  );
  const dra = minor >= 34 ? 'no new claims to deallocate, ' : '';
  return `0/${total} nodes are available: ${first}. ${dra}preemption: 0/${total} nodes are available: ${preemption}.`;
}

/** How many feasible nodes the scheduler looks for before it stops (percentageOfNodesToScore). */
export function feasibleNodesToFind(allNodes: number): number {
  if (allNodes < 100) return allNodes;
  const percentage = Math.max(5, 50 - Math.floor(allNodes / 125));
  return Math.max(100, Math.floor((allNodes * percentage) / 100));
}
