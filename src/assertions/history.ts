/** Statements about what happened over time, read from the cluster's history. */
import { parseSelector } from '../labels';
import { Cluster } from '../cluster';
import { Check, check, plural } from './check';

/** `N pods matching … were created in total`. */
export function podsCreatedInTotal(cluster: Cluster, selector: string, count: number): Check {
  const sel = parseSelector(selector);
  const created = cluster.history.records.filter((r) => r.kind === 'Pod' && r.type === 'ADDED' && r.namespace === 'default' && sel.matches(r.labels));
  return check(created.length === count, `${plural(count, 'pod')} matching "${selector}" ${count === 1 ? 'was' : 'were'} created in total`, `${created.length} created: ${created.map((r) => r.name).join(', ') || 'none'}`);
}

/** `at most N pods matching … ran at the same time`: the largest number in phase Running at once. */
export function maxRunningAtOnce(cluster: Cluster, selector: string): { max: number; at?: number; names: string[] } {
  const sel = parseSelector(selector);
  const running = new Map<string, string>();
  let best = { max: 0, at: undefined as number | undefined, names: [] as string[] };
  const records = cluster.history.records;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.kind === 'Pod' && r.namespace === 'default') {
      const isRunning = r.type !== 'DELETED' && r.pod?.phase === 'Running' && sel.matches(r.labels);
      if (isRunning) running.set(r.uid, r.name);
      else running.delete(r.uid);
    }
    // Changes within one instant are not seen: count once the instant is over.
    const next = records[i + 1];
    if (next && next.at === r.at) continue;
    if (running.size > best.max) best = { max: running.size, at: r.at, names: [...running.values()] };
  }
  return best;
}

export function atMostRunningAtOnce(cluster: Cluster, selector: string, count: number): Check {
  const best = maxRunningAtOnce(cluster, selector);
  const when = best.at !== undefined ? ` at ${new Date(best.at).toISOString()} (${best.names.join(', ')})` : '';
  return check(best.max <= count, `at most ${plural(count, 'pod')} matching "${selector}" ran at the same time`, `${best.max} ran at once${when}`);
}
