/**
 * Daemon pods (pkg/controller/daemon/util and NodeShouldRunDaemonPod): the tolerations every
 * daemon pod gets (not-ready and unreachable NoExecute for ever, so node trouble never evicts
 * it; the pressure and unschedulable NoSchedule taints, so cordoning does not keep it away),
 * the labels that tie it to a revision, the node affinity that binds it to its node through the
 * default scheduler, and whether a node should run (or keep running) the DaemonSet's pod.
 */
import { KubeObject, clone } from '../../api/types';
import { matchesNodeSelectorAndAffinity, tolerates } from '../../scheduler/filters';

export const CONTROLLER_REVISION_HASH = 'controller-revision-hash';
export const POD_TEMPLATE_GENERATION = 'pod-template-generation';

const DAEMON_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];
const NETWORK_UNAVAILABLE = { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' };

/** `AddOrUpdateTolerationInPodSpec`: replaces a toleration with the same key, operator, value and effect. */
function addOrUpdateToleration(spec: any, toleration: any): void {
  const same = (t: any) => (t.key ?? '') === toleration.key && (t.operator ?? '') === toleration.operator && (t.value ?? '') === '' && (t.effect ?? '') === toleration.effect;
  const existing: any[] = spec.tolerations ?? [];
  if (existing.some((t) => same(t) && t.tolerationSeconds === undefined)) return;
  const i = existing.findIndex(same);
  spec.tolerations = i < 0 ? [...existing, { ...toleration }] : existing.map((t, j) => (j === i ? { ...toleration } : t));
}

/** `AddOrUpdateDaemonPodTolerations`. */
export function addDaemonTolerations(spec: any): void {
  for (const t of DAEMON_TOLERATIONS) addOrUpdateToleration(spec, t);
  if (spec.hostNetwork) addOrUpdateToleration(spec, NETWORK_UNAVAILABLE);
}

/** `CreatePodTemplate`: the tolerations, and the generation and revision-hash labels. */
export function daemonPodTemplate(template: any, generation: number | undefined, hash: string): any {
  const t = clone(template ?? {});
  t.spec ??= {};
  addDaemonTolerations(t.spec);
  t.metadata = { ...(t.metadata ?? {}), labels: { ...(t.metadata?.labels ?? {}) } };
  if (generation !== undefined) t.metadata.labels[POD_TEMPLATE_GENERATION] = String(generation);
  if (hash) t.metadata.labels[CONTROLLER_REVISION_HASH] = hash;
  return t;
}

/** `ReplaceDaemonSetPodNodeNameNodeAffinity`: required affinity on `metadata.name` = the node. */
export function bindToNode(spec: any, nodeName: string): void {
  const term = { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] };
  const affinity = (spec.affinity ??= {});
  const nodeAffinity = (affinity.nodeAffinity ??= {});
  nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: [term] };
}

/** `GetTargetNodeName`: the node a daemon pod runs on or is bound for. */
export function targetNodeName(pod: KubeObject): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  for (const term of pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of term.matchFields ?? []) {
      if (f.key === 'metadata.name' && f.operator === 'In') return f.values?.length === 1 ? f.values[0] : undefined;
    }
  }
  return undefined;
}

/** The daemon pod for a node as the scheduling checks see it (`NewPod`). */
function podFor(ds: KubeObject, node: KubeObject): KubeObject {
  const spec = clone(ds.spec?.template?.spec ?? {});
  spec.nodeName = node.metadata.name;
  addDaemonTolerations(spec);
  return { kind: 'Pod', metadata: { ...(ds.spec?.template?.metadata ?? {}), namespace: ds.metadata.namespace }, spec };
}

function untolerated(node: KubeObject, pod: KubeObject, effects: readonly string[]): boolean {
  return (node.spec?.taints ?? []).some((t: any) => effects.includes(t.effect) && !tolerates(pod.spec.tolerations, t));
}

/**
 * `NodeShouldRunDaemonPod`: `shouldRun` when a pod should be started there, `shouldContinueRunning`
 * when one already there may stay (it tolerates the node's NoExecute taints).
 */
export function nodeShouldRunDaemonPod(node: KubeObject, ds: KubeObject): { shouldRun: boolean; shouldContinueRunning: boolean } {
  const wanted = ds.spec?.template?.spec?.nodeName;
  if (wanted && wanted !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  const pod = podFor(ds, node);
  if (!matchesNodeSelectorAndAffinity(pod, node)) return { shouldRun: false, shouldContinueRunning: false };
  if (untolerated(node, pod, ['NoSchedule', 'NoExecute'])) return { shouldRun: false, shouldContinueRunning: !untolerated(node, pod, ['NoExecute']) };
  return { shouldRun: true, shouldContinueRunning: true };
}

/** `podByCreationTimestampAndPhase`: scheduled first, then oldest, then by name. */
export function oldestFirst(a: KubeObject, b: KubeObject): number {
  const sa = a.spec?.nodeName ? 0 : 1;
  const sb = b.spec?.nodeName ? 0 : 1;
  if (sa !== sb) return sa - sb;
  const ta = a.metadata.creationTimestamp ?? '';
  const tb = b.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0;
}
