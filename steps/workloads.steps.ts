/**
 * Workloads without YAML: ReplicaSets, Deployments, ReplicationControllers and DaemonSets
 * labelled `app=<name>`, one container named after the object, image nginx unless named.
 */
import { Given } from '@cucumber/cucumber';
import { daemonSetManifest, deploymentManifest, replicaSetManifest, replicationControllerManifest } from '../src/scenario/shorthands';
import { atLeastPodsWithStatus } from '../src/assertions';
import { defineAssertion } from './assert';
import { KubeWorld } from './world';

/** A ReplicaSet `NAME` (apps/v1) selecting `app=NAME`, with that many replicas of nginx. */
Given('a ReplicaSet {string} with {int} replica(s)', function (this: KubeWorld, name: string, replicas: number) {
  this.cluster.apply(replicaSetManifest(name, replicas));
});

/** A ReplicaSet `NAME` selecting `app=NAME`, with that many replicas of the image. */
Given('a ReplicaSet {string} with {int} replica(s) of image {string}', function (this: KubeWorld, name: string, replicas: number, image: string) {
  this.cluster.apply(replicaSetManifest(name, replicas, image));
});

/** A Deployment `NAME` (RollingUpdate, the defaults) selecting `app=NAME`, with that many replicas of nginx. */
Given('a Deployment {string} with {int} replica(s)', function (this: KubeWorld, name: string, replicas: number) {
  this.cluster.apply(deploymentManifest(name, replicas));
});

/** A Deployment `NAME` selecting `app=NAME`, with that many replicas of the image. */
Given('a Deployment {string} with {int} replica(s) of image {string}', function (this: KubeWorld, name: string, replicas: number, image: string) {
  this.cluster.apply(deploymentManifest(name, replicas, image));
});

/** A ReplicationController `NAME` (selector `app=NAME`), with that many replicas of nginx. */
Given('a ReplicationController {string} with {int} replica(s)', function (this: KubeWorld, name: string, replicas: number) {
  this.cluster.apply(replicationControllerManifest(name, replicas));
});

/** A DaemonSet `NAME` of nginx on every node that tolerates it. */
Given('a DaemonSet {string}', function (this: KubeWorld, name: string) {
  this.cluster.apply(daemonSetManifest(name));
});

/** A DaemonSet `NAME` only on nodes matching the selector (`disk=ssd` as a nodeSelector, other forms as node affinity). */
Given('a DaemonSet {string} on nodes matching {string}', function (this: KubeWorld, name: string, selector: string) {
  this.cluster.apply(daemonSetManifest(name, selector));
});

/** At least N pods matching the selector show that STATUS (with `for …`: throughout a rollout). */
defineAssertion('at least {int} pod(s) matching {string} is/are {word}', function (this: KubeWorld, n: number, selector: string, status: string) {
  return atLeastPodsWithStatus(this.cluster, n, selector, status);
});
