// A step of the project's own, beside kubespec's: it reaches the scenario's cluster through the World.
import { Then } from '@cucumber/cucumber';
import type { KubeWorld } from 'kubespec/steps';

/** Counts Nodes whose Ready condition is True. */
Then('the cluster has {int} Ready nodes', function (this: KubeWorld, n: number) {
  const ready = this.cluster.list('Node').filter((node) => (node.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True'));
  if (ready.length !== n) throw new Error(`expected ${n} Ready nodes, saw ${ready.length}`);
});
