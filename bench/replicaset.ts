/**
 * A ReplicaSet of 10,000 replicas over 1,000 nodes: all Running, then 10 % of the nodes fail,
 * and the run goes on until 10,000 pods are Running again (the replacements of the evicted
 * pods, created once the node lifecycle controller has tainted the failed nodes at its
 * eviction rate and the pods' 5-minute tolerations ran out).
 */
import { Cluster } from '../src/cluster';
import { KubeObject } from '../src/api/types';
import { replicaSetManifest } from '../src/scenario/shorthands';
import { Row, measure, peakMiB } from './measure';

const NODES = 1000;
const REPLICAS = 10_000;
const FAILED = NODES / 10;

/** Running and created pods of the ReplicaSet, counted from the watch rather than by listing. */
function podCounters(cluster: Cluster): { running: () => number; created: () => number } {
  const running = new Set<string>();
  let created = 0;
  const isRunning = (p: KubeObject) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp;
  cluster.api.watch('Pod', (type, pod) => {
    if (pod.metadata.labels?.app !== 'big') return;
    if (type === 'ADDED') created++;
    if (type !== 'DELETED' && isRunning(pod)) running.add(pod.metadata.uid!);
    else running.delete(pod.metadata.uid!);
  });
  return { running: () => running.size, created: () => created };
}

export function benchReplicaSet(): Row[] {
  const cluster = new Cluster({ nodes: NODES, seed: 1 });
  const began = cluster.now().getTime();
  const { running, created } = podCounters(cluster);
  const until = (what: string, limit: string, condition: () => boolean) => {
    if (!cluster.advanceUntil(limit, condition)) throw new Error(`${what}: only ${running()} pods Running after ${limit}`);
  };
  // The ReplicaSet creates its pods in slow-start batches within one instant; all run at once.
  const start = measure(() => {
    cluster.apply(replicaSetManifest('big', REPLICAS));
    until('start', '10 minutes', () => running() === REPLICAS);
  });
  const peakAfterStart = peakMiB();
  const allRunningAt = cluster.now().getTime();
  const failed = new Set<string>();
  for (let i = 1; i <= FAILED; i++) failed.add(`node-${i * (NODES / FAILED)}`);
  for (const node of failed) cluster.failNode(node);
  const stranded = cluster.list('Pod').filter((p) => failed.has(p.spec?.nodeName)).length;
  // Every pod of a failed node is evicted and replaced; then all 10,000 run again.
  const recovery = measure(() => until('recovery', '2 hours', () => created() === REPLICAS + stranded && running() === REPLICAS));
  const end = cluster.now().getTime();
  return [
    { bench: 'replicaset', phase: `${REPLICAS} replicas on ${NODES} nodes Running`, wallMs: start.wallMs, cpuMs: start.cpuMs, peakMiB: peakAfterStart, note: `${Math.round((allRunningAt - began) / 1000)} simulated s` },
    {
      bench: 'replicaset',
      phase: `${FAILED} nodes fail, back to ${REPLICAS} Running`,
      wallMs: recovery.wallMs,
      cpuMs: recovery.cpuMs,
      peakMiB: peakMiB(),
      note: `${stranded} pods replaced in ${Math.round((end - allRunningAt) / 1000)} simulated s`,
    },
  ];
}
