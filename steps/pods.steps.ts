/** Acting on pods: deleting, labelling and crashing them. */
import { When } from '@cucumber/cucumber';
import { selectPods } from '../src/assertions';
import { KubeWorld } from './world';

function firstMatching(world: KubeWorld, selector: string) {
  const pods = selectPods(world.cluster, { selector }).filter((p) => !p.metadata.deletionTimestamp);
  if (pods.length === 0) throw new Error(`no pod matches "${selector}"`);
  return pods[0];
}

function kubectl(world: KubeWorld, line: string): void {
  const result = world.cluster.kubectl(line);
  world.last = result;
  if (result.exitCode !== 0) throw new Error(`${line} failed:\n${result.stderr}`);
}

/**
 * `kubectl delete pod NAME --wait=false`: the deletion starts and the step returns, so the next
 * steps see the pod terminate (a plain `kubectl delete` would wait until it is gone).
 */
When('I delete pod {string}', function (this: KubeWorld, name: string) {
  kubectl(this, `kubectl delete pod ${name} --wait=false`);
});

/** Starts deleting the first pod (by name) matching the selector and not already being deleted (`--wait=false`). */
When('I delete a pod matching {string}', function (this: KubeWorld, selector: string) {
  kubectl(this, `kubectl delete pod ${firstMatching(this, selector).metadata.name} --wait=false`);
});

/** Labels (overwriting) the first pod (by name) matching the selector. */
When('I label a pod matching {string} with {string}', function (this: KubeWorld, selector: string, labels: string) {
  const pod = firstMatching(this, selector);
  kubectl(this, `kubectl label pod ${pod.metadata.name} ${labels.split(',').join(' ')} --overwrite`);
});

/** The container's process exits with code 1. */
When('the container {string} of pod {string} crashes', function (this: KubeWorld, container: string, pod: string) {
  this.cluster.crash(pod, container);
});

/** Every running container of the pod exits with code 1. */
When('pod {string} crashes', function (this: KubeWorld, pod: string) {
  this.cluster.crash(pod);
});
