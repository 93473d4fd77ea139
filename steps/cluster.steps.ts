/** The cluster a scenario runs on: its nodes, Kubernetes version, start time and random seed. */
import { DataTable, Given } from '@cucumber/cucumber';
import { NodeSpec } from '../src/cluster';
import { parseNodeTable } from '../src/scenario/nodeTable';
import { KubeWorld } from './world';

/** Nodes `node-1` … `node-N`, Ready, each with 4 CPUs, 16Gi of memory and room for 110 pods. */
Given('a cluster with {int} node(s)', function (this: KubeWorld, n: number) {
  this.setNodes(Array.from({ length: n }, (_, i): NodeSpec => ({ name: `node-${i + 1}` })));
});

/** Nodes from a table: `| name | labels | taints | unschedulable | cpu | memory | pods |`; only name is required. */
Given('a cluster with nodes:', function (this: KubeWorld, table: DataTable) {
  this.setNodes(parseNodeTable(table.hashes()));
});

/**
 * Which Kubernetes release the cluster is, e.g. "1.24" or "1.34.2" (1.34 at most): it decides
 * which API versions are served, what `kubectl version` and the nodes report, and the few
 * defaults and messages that changed between releases (the node monitor grace period,
 * FailedScheduling's wording); everything else behaves as 1.34 does.
 */
Given('the Kubernetes version is {string}', function (this: KubeWorld, version: string) {
  this.setVersion(version);
});

/** The simulated start time, an RFC 3339 instant such as "2026-03-01T10:29:00Z". */
Given('the time is {string}', function (this: KubeWorld, time: string) {
  this.setStart(time);
});

/** The seed of the cluster's random generator: generated names depend only on it and the scenario. */
Given('the random seed is {int}', function (this: KubeWorld, seed: number) {
  this.setSeed(seed);
});
