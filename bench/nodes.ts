/**
 * Issue 2's benchmark: 1,000 nodes and 10,000 bare pods, then 100 nodes fail and their pods are
 * evicted (tainting runs at 0.1 node/s, then 300 s of toleration), then a quiet simulated day:
 * its cost must follow the number of events, not the simulated seconds.
 */
import { Cluster } from '../src/cluster';
import { Row, measure, peakMiB } from './measure';

const NODES = 1000;
const PODS = 10_000;
const FAILED = 100;

function podsYaml(from: number, to: number): string {
  const docs: string[] = [];
  for (let i = from; i < to; i++) {
    docs.push(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\n  labels: {app: bench}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n`);
  }
  return docs.join('---\n');
}

export function benchNodes(): Row[] {
  const rows: Row[] = [];
  const phase = (name: string, cluster: Cluster | undefined, fn: () => void, note?: () => string) => {
    const before = cluster ? { ...cluster.runtime.stats } : { tasks: 0, instants: 0 };
    const { wallMs, cpuMs } = measure(fn);
    const after = cluster ? cluster.runtime.stats : before;
    rows.push({ bench: 'nodes', phase: name, wallMs, cpuMs, peakMiB: peakMiB(), tasks: after.tasks - before.tasks, instants: after.instants - before.instants, note: note?.() });
  };
  let cluster!: Cluster;
  phase(`create ${NODES} nodes`, undefined, () => {
    cluster = new Cluster({ nodes: NODES, seed: 42 });
  });
  phase(`apply ${PODS} bare pods`, cluster, () => {
    for (let i = 0; i < PODS; i += 1000) cluster.apply(podsYaml(i, i + 1000));
  });
  const running = () => cluster.api.store.list('Pod').filter((p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp).length;
  phase(`fail ${FAILED} nodes, 30 simulated minutes`, cluster, () => {
    for (let i = 1; i <= FAILED; i++) cluster.failNode(`node-${i}`);
    cluster.advance('30m');
  }, () => `${PODS - running()} pods evicted (Terminating)`);
  phase('a quiet simulated day', cluster, () => cluster.advance('1d'));
  return rows;
}
