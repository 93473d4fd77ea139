/**
 * Statements about pods as `kubectl get pods` shows them: how many have a STATUS, where they
 * run, how often they restarted, which controller owns them.
 */
import { KubeObject } from '../api/types';
import { resourceTypeByName } from '../api/kinds';
import { parseSelector, Selector } from '../labels';
import { podStatusCells } from '../printers/podStatus';
import { nodeStatus } from '../printers/nodeStatus';
import { Cluster } from '../cluster';
import { Check, check, plural } from './check';
import { assertPodStatusWord } from './statusWords';

export interface PodFilter {
  /** A label selector in kubectl syntax. */
  readonly selector?: string;
  /** Pods controlled (directly or through a ReplicaSet) by this object. */
  readonly owner?: { readonly kind: string; readonly name: string };
  readonly namespace?: string;
}

function describePods(pods: readonly KubeObject[]): string {
  if (pods.length === 0) return 'no pods';
  const shown = pods.slice(0, 12).map((p) => `${p.metadata.name} (${podStatusCells(p).status})`);
  return shown.join(', ') + (pods.length > 12 ? ` and ${pods.length - 12} more` : '');
}

/** The uids of an object and everything it controls, down the ownership chain. */
function controlledUids(cluster: Cluster, root: KubeObject): Set<string> {
  const uids = new Set([root.metadata.uid!]);
  for (const kind of ['ReplicaSet', 'Job']) {
    for (const o of cluster.api.store.list(kind, root.metadata.namespace)) {
      const owner = o.metadata.ownerReferences?.find((r) => r.controller);
      if (owner && uids.has(owner.uid)) uids.add(o.metadata.uid!);
    }
  }
  return uids;
}

export function selectPods(cluster: Cluster, filter: PodFilter = {}): KubeObject[] {
  const namespace = filter.namespace ?? 'default';
  let selector: Selector | undefined;
  if (filter.selector !== undefined) selector = parseSelector(filter.selector);
  let pods = cluster.api.list('Pod', namespace);
  if (selector) pods = pods.filter((p) => selector!.matches(p.metadata.labels));
  if (filter.owner) {
    const root = ownerOf(cluster, filter.owner, namespace);
    if (!root) return [];
    const uids = controlledUids(cluster, root);
    pods = pods.filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && uids.has(r.uid)));
  }
  return pods;
}

function what(filter: PodFilter): string {
  if (filter.owner) return ` of ${filter.owner.kind} "${filter.owner.name}"`;
  if (filter.selector !== undefined) return ` matching "${filter.selector}"`;
  return '';
}

/** `N pods (matching …) are <STATUS>`: exactly N pods show that STATUS. */
export function podsWithStatus(cluster: Cluster, count: number, status: string, filter: PodFilter = {}): Check {
  assertPodStatusWord(status);
  const expected = `${plural(count, 'pod')}${what(filter)} ${count === 1 ? 'is' : 'are'} ${status}`;
  // "0 pods of deployment "nope" are Running" must not hold because the owner is misspelt.
  const missing = missingOwner(cluster, filter);
  if (missing) return check(false, expected, missing);
  const pods = selectPods(cluster, filter);
  const matching = pods.filter((p) => podStatusCells(p).status === status);
  return check(matching.length === count, expected, `${matching.length} ${status} among ${describePods(pods)}`);
}

/** The object a filter's owner names (a kind as kubectl spells it, and a name); undefined if there is none. */
function ownerOf(cluster: Cluster, owner: NonNullable<PodFilter['owner']>, namespace: string): KubeObject | undefined {
  const t = resourceTypeByName(owner.kind);
  if (!t) throw new Error(`unknown kind "${owner.kind}": expected e.g. replicaset, deployment, job, daemonset`);
  return cluster.api.tryGet(t.kind, t.namespaced ? namespace : undefined, owner.name);
}

/** Why an owner named in the filter cannot be found, if it cannot. */
function missingOwner(cluster: Cluster, filter: PodFilter): string | undefined {
  if (!filter.owner || ownerOf(cluster, filter.owner, filter.namespace ?? 'default')) return undefined;
  return `${filter.owner.kind} "${filter.owner.name}" does not exist`;
}

function podNamed(cluster: Cluster, name: string): KubeObject | undefined {
  return cluster.api.tryGet('Pod', 'default', name);
}

export function podHasStatus(cluster: Cluster, name: string, status: string): Check {
  assertPodStatusWord(status);
  const pod = podNamed(cluster, name);
  const seen = pod ? podStatusCells(pod).status : 'no such pod';
  return check(seen === status, `pod "${name}" is ${status}`, pod ? `it is ${seen}` : `pod "${name}" does not exist`);
}

export function podRunsOn(cluster: Cluster, name: string, node: string): Check {
  const pod = podNamed(cluster, name);
  const seen = pod?.spec?.nodeName;
  return check(seen === node, `pod "${name}" runs on node "${node}"`, !pod ? `pod "${name}" does not exist` : seen ? `it runs on "${seen}"` : 'it is not scheduled');
}

export function podRestarts(cluster: Cluster, name: string, restarts: number): Check {
  const pod = podNamed(cluster, name);
  const seen = pod ? podStatusCells(pod).restarts : undefined;
  return check(seen === restarts, `pod "${name}" has restarted ${plural(restarts, 'time')}`, pod ? `it has restarted ${plural(seen!, 'time')}` : `pod "${name}" does not exist`);
}

export function podAbsent(cluster: Cluster, name: string): Check {
  const pod = podNamed(cluster, name);
  return check(!pod, `pod "${name}" does not exist`, pod ? `it exists and is ${podStatusCells(pod).status}` : 'it does not exist');
}

/**
 * Pods bound to the node that show Running. "no pod runs on node X" holds for a node removed
 * since; "node X runs N pods" (`requireNode`) needs the node to exist.
 */
export function podsRunningOnNode(cluster: Cluster, node: string, count: number, requireNode = false): Check {
  const exp = requireNode ? `node "${node}" runs ${plural(count, 'pod')}` : `no pod runs on node "${node}"`;
  if (requireNode && !cluster.api.tryGet('Node', undefined, node)) return check(false, exp, `node "${node}" does not exist`);
  const pods = cluster.api.store.byIndex('Pod', 'nodeName', node);
  const running = pods.filter((p) => podStatusCells(p).status === 'Running');
  return check(running.length === count, exp, `${running.length} Running among ${describePods(pods)}`);
}

export function everyPodOnMatchingNode(cluster: Cluster, podSelector: string, nodeSelector: string): Check {
  const pods = selectPods(cluster, { selector: podSelector });
  const nodeSel = parseSelector(nodeSelector);
  const wrong = pods.filter((p) => {
    const node = p.spec?.nodeName ? cluster.api.tryGet('Node', undefined, p.spec.nodeName) : undefined;
    return !node || !nodeSel.matches(node.metadata.labels);
  });
  return check(
    pods.length > 0 && wrong.length === 0,
    `every pod matching "${podSelector}" runs on a node matching "${nodeSelector}"`,
    pods.length === 0 ? 'no pod matches' : wrong.length ? wrong.map((p) => `${p.metadata.name} on ${p.spec?.nodeName ?? '(no node)'}`).join(', ') : 'all do',
  );
}

export function nodeHasStatus(cluster: Cluster, name: string, status: string): Check {
  const node = cluster.api.tryGet('Node', undefined, name);
  const seen = node ? nodeStatus(node) : undefined;
  return check(seen === status, `node "${name}" is ${status}`, node ? `it is ${seen}` : `node "${name}" does not exist`);
}

/** The node has a taint with that key and effect (`key:Effect` or `key=value:Effect`). */
export function nodeHasTaint(cluster: Cluster, name: string, taint: string): Check {
  const node = cluster.api.tryGet('Node', undefined, name);
  const taints: string[] = (node?.spec?.taints ?? []).map((t: any) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`);
  return check(taints.includes(taint), `node "${name}" has the taint ${taint}`, node ? `its taints: ${taints.join(', ') || 'none'}` : `node "${name}" does not exist`);
}
