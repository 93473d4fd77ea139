/** Nodes failing, recovering, leaving, joining and being relabelled. */
import { When } from '@cucumber/cucumber';
import { parseLabelList } from '../src/scenario/nodeTable';
import { KubeWorld } from './world';

/** The node stops answering: the kubelet and network go down, with its containers. */
When('node {string} fails', function (this: KubeWorld, name: string) {
  this.cluster.failNode(name);
});

/** The node boots again: its kubelet reports it Ready and catches up. */
When('node {string} recovers', function (this: KubeWorld, name: string) {
  this.cluster.recoverNode(name);
});

/** The Node object is deleted (the machine is gone). */
When('node {string} is removed', function (this: KubeWorld, name: string) {
  this.cluster.removeNode(name);
});

/** A new node registers and becomes Ready. */
When('node {string} joins', function (this: KubeWorld, name: string) {
  this.cluster.addNode({ name });
});

When('node {string} joins with labels {string}', function (this: KubeWorld, name: string, labels: string) {
  this.cluster.addNode({ name, labels: parseLabelList(labels) });
});

/** `kubectl label node NAME k=v --overwrite`. */
When('I label node {string} with {string}', function (this: KubeWorld, name: string, labels: string) {
  const line = `kubectl label node ${name} ${labels.split(',').map((s) => s.trim()).join(' ')} --overwrite`;
  const result = this.cluster.kubectl(line);
  this.last = result;
  if (result.exitCode !== 0) throw new Error(`${line} failed:\n${result.stderr}`);
});
