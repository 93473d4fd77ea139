/** Statements about workloads: a lower bound on pods in a status (for rollouts, with `for …`). */
import { podStatusCells } from '../printers/podStatus';
import { Cluster } from '../cluster';
import { Check, check, plural } from './check';
import { selectPods } from './pods';
import { assertPodStatusWord } from './statusWords';

/** `at least N pods matching … are <STATUS>`. */
export function atLeastPodsWithStatus(cluster: Cluster, count: number, selector: string, status: string): Check {
  assertPodStatusWord(status);
  const pods = selectPods(cluster, { selector });
  const matching = pods.filter((p) => podStatusCells(p).status === status);
  return check(matching.length >= count, `at least ${plural(count, 'pod')} matching "${selector}" ${count === 1 ? 'is' : 'are'} ${status}`, `${matching.length} ${status}: ${matching.map((p) => p.metadata.name).join(', ') || 'none'}`);
}
