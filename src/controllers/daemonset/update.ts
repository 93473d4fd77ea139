/**
 * The DaemonSet rolling update (update.go `rollingUpdate`) as a pure decision. Without surge
 * (the default, maxUnavailable 1): delete old pods, unavailable ones at once and available ones
 * while fewer than maxUnavailable nodes lack an available updated pod; the sync then creates
 * the new pods. With surge: start a new pod beside an old one (at most maxSurge at a time, at
 * once where the old one is unavailable) and delete the old one when the new one is available.
 */
import { KubeObject } from '../../api/types';
import { IntOrString, scaledValue } from '../../api/intstr';
import { isPodAvailable } from '../workload/podutil';
import { CONTROLLER_REVISION_HASH, POD_TEMPLATE_GENERATION, nodeShouldRunDaemonPod } from './pods';
import { TEMPLATE_GENERATION } from '../../api/registry/apps/daemonset';

/** The template generation the API server keeps on the DaemonSet (`GetTemplateGeneration`). */
export function templateGeneration(ds: KubeObject): number | undefined {
  const v = ds.metadata.annotations?.[TEMPLATE_GENERATION];
  return v !== undefined && /^[+-]?\d+$/.test(v) ? Number(v) : undefined;
}

/** `IsPodUpdated`: the pod carries the current revision hash (or template generation). */
export function isPodUpdated(pod: KubeObject, hash: string, generation: number | undefined): boolean {
  const labels = pod.metadata.labels ?? {};
  return (generation !== undefined && labels[POD_TEMPLATE_GENERATION] === String(generation)) || (hash !== '' && labels[CONTROLLER_REVISION_HASH] === hash);
}

function rollingUpdateCount(ds: KubeObject, field: 'maxSurge' | 'maxUnavailable', n: number): number {
  const strategy = ds.spec?.updateStrategy;
  if (strategy?.type !== 'RollingUpdate' || !strategy.rollingUpdate) return 0;
  const v: IntOrString | undefined = strategy.rollingUpdate[field];
  if (field === 'maxSurge' && (v === undefined || v === null)) return 0;
  return scaledValue(v, n, true);
}

/** `SurgeCount` / `UnavailableCount`. */
export const surgeCount = (ds: KubeObject, n: number) => rollingUpdateCount(ds, 'maxSurge', n);
export const unavailableCount = (ds: KubeObject, n: number) => rollingUpdateCount(ds, 'maxUnavailable', n);

/** `findUpdatedPodsOnNode`: the one new and one old pod of a node; undefined when there are more. */
function updatedPodsOnNode(pods: readonly KubeObject[], hash: string, generation: number | undefined): { newPod?: KubeObject; oldPod?: KubeObject } | undefined {
  let newPod: KubeObject | undefined;
  let oldPod: KubeObject | undefined;
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp) continue;
    if (isPodUpdated(pod, hash, generation)) {
      if (newPod) return undefined;
      newPod = pod;
    } else {
      if (oldPod) return undefined;
      oldPod = pod;
    }
  }
  return { newPod, oldPod };
}

export interface RollingUpdatePlan {
  readonly podsToDelete: string[];
  readonly nodesToCreate: string[];
}

/** Nodes are visited by name (upstream walks a Go map, in random order). */
export function planRollingUpdate(ds: KubeObject, nodes: readonly KubeObject[], nodeToPods: ReadonlyMap<string, readonly KubeObject[]>, hash: string, now: number): RollingUpdatePlan {
  const generation = templateGeneration(ds);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const byNode = new Map(nodeToPods);
  let desired = 0;
  for (const node of nodes) {
    if (!nodeShouldRunDaemonPod(node, ds).shouldRun) continue;
    desired++;
    if (!byNode.has(node.metadata.name!)) byNode.set(node.metadata.name!, []);
  }
  const maxSurge = surgeCount(ds, desired);
  let maxUnavailable = unavailableCount(ds, desired);
  if (desired > 0 && maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  const available = (p: KubeObject) => isPodAvailable(p, minReady, now);
  const entries = [...byNode.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return maxSurge === 0 ? planWithoutSurge(entries, hash, generation, maxUnavailable, available) : planWithSurge(entries, nodes, ds, hash, generation, maxSurge, desired, available);
}

type Entries = [string, readonly KubeObject[]][];

function planWithoutSurge(entries: Entries, hash: string, generation: number | undefined, maxUnavailable: number, available: (p: KubeObject) => boolean): RollingUpdatePlan {
  let numUnavailable = 0;
  const replacements: string[] = [];
  const candidates: string[] = [];
  for (const [, pods] of entries) {
    const found = updatedPodsOnNode(pods, hash, generation);
    if (!found) {
      numUnavailable++;
      continue;
    }
    const { newPod, oldPod } = found;
    if ((!oldPod && !newPod) || (oldPod && newPod)) numUnavailable++;
    else if (newPod) {
      if (!available(newPod)) numUnavailable++;
    } else if (oldPod && !available(oldPod)) {
      replacements.push(oldPod.metadata.name!);
      numUnavailable++;
    } else if (oldPod && numUnavailable < maxUnavailable) candidates.push(oldPod.metadata.name!);
  }
  const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidates.length);
  return { podsToDelete: [...replacements, ...candidates.slice(0, remaining)], nodesToCreate: [] };
}

function planWithSurge(entries: Entries, nodes: readonly KubeObject[], ds: KubeObject, hash: string, generation: number | undefined, maxSurge: number, desired: number, available: (p: KubeObject) => boolean): RollingUpdatePlan {
  const podsToDelete: string[] = [];
  const shouldNotRun: string[] = [];
  const candidates: string[] = [];
  const allowed: string[] = [];
  let numSurge = 0;
  let numAvailable = 0;
  const shouldRun = (name: string) => {
    const node = nodes.find((n) => n.metadata.name === name);
    return !!node && nodeShouldRunDaemonPod(node, ds).shouldRun;
  };
  for (const [nodeName, pods] of entries) {
    const found = updatedPodsOnNode(pods, hash, generation);
    if (!found) {
      numSurge++;
      continue;
    }
    const { newPod, oldPod } = found;
    const counted = oldPod ?? newPod;
    if (counted && available(counted)) numAvailable++;
    if (!oldPod) continue;
    if (!newPod) {
      if (!available(oldPod)) {
        if (shouldRun(nodeName)) allowed.push(nodeName);
        else podsToDelete.push(oldPod.metadata.name!);
      } else if (!shouldRun(nodeName)) shouldNotRun.push(oldPod.metadata.name!);
      else if (numSurge < maxSurge) candidates.push(nodeName);
      continue;
    }
    if (!available(newPod)) numSurge++;
    else podsToDelete.push(oldPod.metadata.name!);
  }
  // Pods on nodes no longer wanted go only once enough pods elsewhere are available.
  const deletable = Math.min(Math.max(0, numAvailable - desired), shouldNotRun.length);
  podsToDelete.push(...shouldNotRun.slice(0, deletable));
  const remaining = Math.min(Math.max(0, maxSurge - numSurge), candidates.length);
  return { podsToDelete, nodesToCreate: [...allowed, ...candidates.slice(0, remaining)] };
}
