/** Assertions about pods, nodes, objects and events, each also as `within …,` and `for …,`. */
import {
  eventRecorded,
  nodeHasStatus,
  nodeHasTaint,
  everyPodOnMatchingNode,
  objectAbsent,
  objectMatches,
  podAbsent,
  podHasStatus,
  podRestarts,
  podRunsOn,
  podsRunningOnNode,
  podsWithStatus,
} from '../src/assertions';
import { defineAssertion } from './assert';
import { KubeWorld } from './world';

/**
 * Exactly N pods in the namespace show that STATUS in `kubectl get pods`. A word kubectl never
 * shows there (`Runing`, `Ready`) is refused, with the closest one it does.
 */
defineAssertion('{int} pod(s) is/are {word}', function (this: KubeWorld, n: number, status: string) {
  return podsWithStatus(this.cluster, n, status);
});

/** Exactly N pods matching the label selector (kubectl syntax) show that STATUS. */
defineAssertion('{int} pod(s) matching {string} is/are {word}', function (this: KubeWorld, n: number, selector: string, status: string) {
  return podsWithStatus(this.cluster, n, status, { selector });
});

/** Exactly N pods controlled by that object (through its ReplicaSets for a Deployment) show that STATUS. */
defineAssertion('{int} pod(s) of {word} {string} is/are {word}', function (this: KubeWorld, n: number, kind: string, name: string, status: string) {
  return podsWithStatus(this.cluster, n, status, { owner: { kind, name } });
});

defineAssertion('pod {string} is {word}', function (this: KubeWorld, name: string, status: string) {
  return podHasStatus(this.cluster, name, status);
});

defineAssertion('pod {string} runs on node {string}', function (this: KubeWorld, name: string, node: string) {
  return podRunsOn(this.cluster, name, node);
});

/** The RESTARTS column of the pod. */
defineAssertion('pod {string} has restarted {int} time(s)', function (this: KubeWorld, name: string, n: number) {
  return podRestarts(this.cluster, name, n);
});

defineAssertion('pod {string} does not exist', function (this: KubeWorld, name: string) {
  return podAbsent(this.cluster, name);
});

/** No pod bound to the node shows Running. */
defineAssertion('no pod runs on node {string}', function (this: KubeWorld, node: string) {
  return podsRunningOnNode(this.cluster, node, 0);
});

/** Exactly N pods bound to the node show Running. */
defineAssertion('node {string} runs {int} pod(s)', function (this: KubeWorld, node: string, n: number) {
  return podsRunningOnNode(this.cluster, node, n, true);
});

defineAssertion('every pod matching {string} runs on a node matching {string}', function (this: KubeWorld, pods: string, nodes: string) {
  return everyPodOnMatchingNode(this.cluster, pods, nodes);
});

/** A partial match of the live object: maps key by key, lists element by element, scalars by value. */
defineAssertion('the {word} {string} matches:', function (this: KubeWorld, kind: string, name: string, yaml: string) {
  return objectMatches(this.cluster, kind, name, yaml);
});

/** An event with that reason about that object, e.g. `"SuccessfulCreate"` for `replicaset "kubia"`. */
defineAssertion('an event {string} is recorded for {word} {string}', function (this: KubeWorld, reason: string, kind: string, name: string) {
  return eventRecorded(this.cluster, reason, kind, name);
});

/** The node's STATUS in `kubectl get nodes`: `Ready`, `NotReady`, `Ready,SchedulingDisabled`… */
defineAssertion('node {string} has status {word}', function (this: KubeWorld, node: string, status: string) {
  return nodeHasStatus(this.cluster, node, status);
});

/** The node carries the taint, written `key:Effect` or `key=value:Effect`. */
defineAssertion('node {string} has the taint {string}', function (this: KubeWorld, node: string, taint: string) {
  return nodeHasTaint(this.cluster, node, taint);
});

/** The object is gone, e.g. `the namespace "dev" does not exist` once it has finished terminating. */
defineAssertion('the {word} {string} does not exist', function (this: KubeWorld, kind: string, name: string) {
  return objectAbsent(this.cluster, kind, name);
});
