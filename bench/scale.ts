/**
 * Issue 7 (b): 5,000 nodes and 150,000 pods created through ReplicaSets (40 of 3,750 replicas),
 * all Running; then 10 % of the nodes fail, their pods are evicted (the node lifecycle
 * controller taints them at its eviction rate, the pods' 5-minute tolerations run out) and
 * replaced, until 150,000 pods run again. Run at 1/8, 1/4, 1/2 and the full size: the cost
 * should grow with the size, not faster. Target: the full size in under 20 s and 4 GiB.
 */
import { Cluster } from '../src/cluster';
import { KubeObject } from '../src/api/types';
import { replicaSetManifest } from '../src/scenario/shorthands';
import { Row, measure, peakMiB } from './measure';

export const FULL = { nodes: 5000, replicaSets: 40, replicasEach: 3750 };
const FRACTIONS: readonly [string, number][] = [
  ['1/8', 1 / 8],
  ['1/4', 1 / 4],
  ['1/2', 1 / 2],
  ['full', 1],
];

/** Running and created pods, counted from the watch rather than by listing. */
function podCounters(cluster: Cluster): { running: () => number; created: () => number } {
  const running = new Set<string>();
  let created = 0;
  const isRunning = (p: KubeObject) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp;
  cluster.api.watch('Pod', (type, pod) => {
    if (type === 'ADDED') created++;
    if (type !== 'DELETED' && isRunning(pod)) running.add(pod.metadata.uid!);
    else running.delete(pod.metadata.uid!);
  });
  return { running: () => running.size, created: () => created };
}

/** One size: the start and the recovery, as two rows. */
export function scaleRun(label: string, fraction: number): Row[] {
  const nodes = Math.round(FULL.nodes * fraction);
  const replicaSets = Math.round(FULL.replicaSets * fraction);
  const pods = replicaSets * FULL.replicasEach;
  let cluster!: Cluster;
  let counters!: ReturnType<typeof podCounters>;
  const until = (what: string, limit: string, condition: () => boolean) => {
    if (!cluster.advanceUntil(limit, condition)) throw new Error(`${what}: only ${counters.running()} pods Running after ${limit}`);
  };
  const start = measure(() => {
    cluster = new Cluster({ nodes, seed: 1 });
    counters = podCounters(cluster);
    for (let i = 0; i < replicaSets; i++) cluster.apply(replicaSetManifest(`rs-${i}`, FULL.replicasEach));
    until('start', '10 minutes', () => counters.running() === pods);
  });
  const afterStart = peakMiB();
  const failed = new Set<string>();
  for (let i = 1; i <= nodes / 10; i++) failed.add(`node-${i * 10}`);
  const stranded = cluster.api.store.list('Pod').filter((p) => failed.has(p.spec?.nodeName)).length;
  const t0 = cluster.now().getTime();
  const recovery = measure(() => {
    for (const node of failed) cluster.failNode(node);
    until('recovery', '6 hours', () => counters.created() === pods + stranded && counters.running() === pods);
  });
  const simulated = Math.round((cluster.now().getTime() - t0) / 1000);
  const work = { tasks: cluster.runtime.stats.tasks, instants: cluster.runtime.stats.instants };
  return [
    { bench: 'scale', phase: `${label}: ${nodes} nodes, ${pods} pods Running`, wallMs: start.wallMs, cpuMs: start.cpuMs, peakMiB: afterStart },
    {
      bench: 'scale',
      phase: `${label}: ${failed.size} nodes fail, ${stranded} pods replaced`,
      wallMs: recovery.wallMs,
      cpuMs: recovery.cpuMs,
      peakMiB: peakMiB(),
      ...work,
      note: `${simulated} simulated s`,
    },
  ];
}

export function benchScale(only?: string): Row[] {
  const rows: Row[] = [];
  for (const [label, fraction] of FRACTIONS) if (!only || only === label) rows.push(...scaleRun(label, fraction));
  return rows;
}
