/**
 * A representative set of cluster runs for the behaviour digest: batch (CronJobs, Jobs with
 * failures, back-off, indexes), workloads (ReplicaSets, Deployments, DaemonSets) through node
 * failures and drains, Services and their endpoints, restarts and probes, Event expiry.
 */
import { stringify } from 'yaml';
import { Cluster } from '../../src/cluster';
import { deploymentManifest, replicaSetManifest } from '../../src/scenario/shorthands';

function ok(cluster: Cluster, line: string): string {
  const r = cluster.kubectl(line);
  if (r.exitCode !== 0) throw new Error(`kubectl ${line}: ${r.stderr}`);
  return r.stdout;
}

export const SCENARIOS: Record<string, () => Cluster> = {
  'a CronJob every minute for six hours, with a failing image now and then'() {
    const c = new Cluster({ start: '2026-03-01T00:00:30Z', seed: 3 });
    c.declareImage('tick', { runsForMs: 10_000, exitCode: 0, failFirst: 5 });
    c.apply(stringify({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'every-minute' },
      spec: { schedule: '* * * * *', jobTemplate: { spec: { backoffLimit: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'tick' }] } } } } },
    }));
    c.apply(stringify({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'forbid' },
      spec: { schedule: '*/7 * * * *', concurrencyPolicy: 'Forbid', successfulJobsHistoryLimit: 1, jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'main', image: 'luksa/batch-job' }] } } } } },
    }));
    c.advance('6h');
    return c;
  },
  'Jobs: parallel, indexed, failing past their back-off limit, with a deadline'() {
    const c = new Cluster({ nodes: 2, seed: 4 });
    c.declareImage('flaky', { runsForMs: 5_000, exitCode: 0, failFirst: 3, failExitCode: 2 });
    c.declareImage('bad', { runsForMs: 1_000, exitCode: 1 });
    const job = (name: string, image: string, spec: Record<string, unknown>, restartPolicy = 'Never') =>
      stringify({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec: { ...spec, template: { spec: { restartPolicy, containers: [{ name: 'main', image }] } } } });
    c.apply(job('parallel', 'flaky', { completions: 6, parallelism: 3 }));
    c.apply(job('indexed', 'luksa/batch-job', { completions: 4, parallelism: 2, completionMode: 'Indexed' }));
    c.apply(job('doomed', 'bad', { backoffLimit: 2 }));
    c.apply(job('restarting', 'bad', { backoffLimit: 3 }, 'OnFailure'));
    c.apply(job('deadline', 'luksa/batch-job', { activeDeadlineSeconds: 30 }));
    c.apply(job('ttl', 'flaky', { ttlSecondsAfterFinished: 60 }));
    c.advance('20m');
    ok(c, 'delete job parallel --wait=false');
    c.advance('2h');
    return c;
  },
  'a ReplicaSet over failing nodes, scaled, its pods evicted and replaced'() {
    const c = new Cluster({ nodes: 20, seed: 5 });
    c.apply(replicaSetManifest('web', 120));
    c.advance('1m');
    for (const n of [3, 7, 11]) c.failNode(`node-${n}`);
    c.advance('10m');
    ok(c, 'scale rs web --replicas=60');
    c.advance('2m');
    c.recoverNode('node-3');
    ok(c, 'scale rs web --replicas=150');
    c.advance('1h');
    c.removeNode('node-7');
    c.advance('2h');
    return c;
  },
  'a Deployment rolled out, rolled back, behind a Service with requests'() {
    const c = new Cluster({ nodes: 3, seed: 6 });
    c.apply(deploymentManifest('kubia', 5, 'luksa/kubia'));
    ok(c, 'expose deployment kubia --port=80 --target-port=8080');
    c.advance('30s');
    c.sendRequests('kubia', 20);
    ok(c, 'set image deployment/kubia kubia=luksa/kubia:v2');
    c.advance('2m');
    ok(c, 'rollout undo deployment/kubia');
    c.advance('2m');
    ok(c, 'scale deployment kubia --replicas=2');
    c.advance('1m');
    c.sendRequests('kubia', 7);
    ok(c, 'delete service kubia --wait=false');
    ok(c, 'delete deployment kubia --cascade=foreground --wait=false');
    c.advance('1m');
    return c;
  },
  'a DaemonSet across labelled nodes, a node drained and one joining'() {
    const c = new Cluster({ nodes: [{ name: 'a', labels: { disk: 'ssd' } }, { name: 'b', labels: { disk: 'ssd' } }, { name: 'c' }], seed: 7 });
    c.apply(stringify({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'monitor' },
      spec: { selector: { matchLabels: { app: 'monitor' } }, template: { metadata: { labels: { app: 'monitor' } }, spec: { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'm', image: 'nginx' }] } } },
    }));
    c.apply(replicaSetManifest('app', 6));
    c.advance('1m');
    c.kubectl('drain b --ignore-daemonsets --force');
    c.advance('2m');
    c.addNode({ name: 'd', labels: { disk: 'ssd' } });
    ok(c, 'label node c disk=ssd');
    c.advance('5m');
    ok(c, 'uncordon b');
    c.advance('5m');
    return c;
  },
  'pods that crash, fail liveness probes and restart with back-off; events expire'() {
    const c = new Cluster({ seed: 8 });
    ok(c, 'run kubia --image=luksa/kubia-unhealthy');
    c.apply(stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'probed', labels: { app: 'probed' } },
      spec: { containers: [{ name: 'main', image: 'luksa/kubia-unhealthy', livenessProbe: { httpGet: { path: '/', port: 8080 }, initialDelaySeconds: 15 } }] },
    }));
    c.advance('20s');
    c.crash('kubia');
    c.advance('5m');
    c.crash('kubia');
    c.advance('3h');
    ok(c, 'delete pod kubia --wait=false');
    c.advance('2h');
    return c;
  },
  'bare pods on many nodes, nodes failing and coming back, a quiet day'() {
    const c = new Cluster({ nodes: 30, seed: 9 });
    for (let i = 0; i < 90; i++) ok(c, `run p-${i} --image=nginx --labels=app=bare`);
    for (let i = 1; i <= 6; i++) c.failNode(`node-${i}`);
    c.advance('30m');
    c.recoverNode('node-2');
    c.advance('1d');
    return c;
  },
};
