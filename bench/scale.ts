/**
 * Issue 7 (b): 5,000 nodes and 150,000 pods created through ReplicaSets (40 of 3,750 replicas),
 * all Running; then 10 % of the nodes fail, their pods are evicted (the node lifecycle
 * controller taints the nodes at its eviction rate, the pods' 5-minute tolerations run out) and
 * replaced, until 150,000 pods run again. Run at 1/8, 1/4, 1/2 and the full size, each in its
 * own process: the cost should grow like the size (close to linear), and the full size take
 * under 20 s and 4 GiB.
 */
import { Cluster } from '../src/cluster';
import { KubeObject } from '../src/api/types';
import { replicaSetManifest } from '../src/scenario/shorthands';
import { Row, measure, peakMiB } from './measure';

export const FULL = { nodes: 5000, replicaSets: 40, replicasEach: 3750 };
export const SCALE_TARGET_MS = 20_000;
export const SCALE_TARGET_MIB = 4096;
/** Cost per pod at a size over the cost per pod at 1/8: "close to linear" is at most this. */
export const GROWTH_TARGET = 1.25;

export const SCALE_SIZES: readonly [string, number][] = [
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

/** One size: the start, the recovery, and their total (with the targets at full size). */
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
  const failed: string[] = [];
  for (let i = 1; i <= nodes / 10; i++) failed.push(`node-${i * 10}`);
  const failedSet = new Set(failed);
  const stranded = cluster.api.store.list('Pod').filter((p) => failedSet.has(p.spec?.nodeName)).length;
  const t0 = cluster.now().getTime();
  const recovery = measure(() => {
    for (const node of failed) cluster.failNode(node);
    until('recovery', '6 hours', () => counters.created() === pods + stranded && counters.running() === pods);
  });
  const simulated = Math.round((cluster.now().getTime() - t0) / 1000);
  const peak = peakMiB();
  const full = fraction === 1;
  const cpuMs = start.cpuMs + recovery.cpuMs;
  return [
    { bench: 'scale', phase: `${label}: ${nodes} nodes, ${pods} pods Running`, wallMs: start.wallMs, cpuMs: start.cpuMs, peakMiB: afterStart },
    {
      bench: 'scale',
      phase: `${label}: ${failed.length} nodes fail, ${stranded} pods replaced`,
      wallMs: recovery.wallMs,
      cpuMs: recovery.cpuMs,
      peakMiB: peak,
      tasks: cluster.runtime.stats.tasks,
      instants: cluster.runtime.stats.instants,
      note: `${simulated} simulated s`,
    },
    {
      bench: 'scale',
      phase: `${label}: total`,
      wallMs: start.wallMs + recovery.wallMs,
      cpuMs,
      peakMiB: peak,
      target: full ? { figure: cpuMs, limit: SCALE_TARGET_MS, unit: 'ms' } : undefined,
      note: `${(cpuMs / pods).toFixed(3)} ms per pod`,
    },
    ...(full ? [{ bench: 'scale', phase: 'full: peak memory', wallMs: 0, peakMiB: peak, target: { figure: peak, limit: SCALE_TARGET_MIB, unit: 'MiB' as const } }] : []),
  ];
}

/** Growth per size: the cost per pod against the smallest size's (1 = linear). */
export function scaleSummary(perSize: readonly Row[][]): Row[] {
  const perPod = perSize.map((rows) => {
    const total = rows.find((r) => r.phase.endsWith(': total'))!;
    const pods = Number(/(\d+) pods Running/.exec(rows[0].phase)![1]);
    return { label: total.phase.split(':')[0], msPerPod: (total.cpuMs ?? total.wallMs) / pods, peakMiB: total.peakMiB };
  });
  const base = perPod[0];
  return perPod.slice(1).map((p) => ({
    bench: 'scale',
    phase: `growth ${base.label} → ${p.label}: cost per pod against ${base.label}'s`,
    wallMs: 0,
    peakMiB: p.peakMiB,
    target: { figure: Math.round((p.msPerPod / base.msPerPod) * 100) / 100, limit: GROWTH_TARGET, unit: 'x' as const },
  }));
}

/** One size by its label, or every size in this process. */
export function benchScale(label?: string): Row[] {
  const sizes = label ? SCALE_SIZES.filter(([l]) => l === label) : SCALE_SIZES;
  if (sizes.length === 0) throw new Error(`no scale size "${label}" (one of ${SCALE_SIZES.map(([l]) => l).join(', ')})`);
  const perSize = sizes.map(([l, f]) => scaleRun(l, f));
  return label ? perSize[0] : [...perSize.flat(), ...scaleSummary(perSize)];
}
