/**
 * The scheduler's filters (NodeUnschedulable, NodeName, TaintToleration, NodeAffinity,
 * NodeResourcesFit), in the default plugin order: each node reports the first one it fails,
 * with the reason the scheduler prints in FailedScheduling.
 */
import { KubeObject } from '../api/types';
import { milliCPU, parseQuantity } from './quantity';

export interface NodeUsage {
  /** Requested CPU (millicores) and memory (bytes) of the pods bound there, and their count. */
  milliCPU: number;
  memory: number;
  pods: number;
}

/** A node's allocatable resources, parsed once per node version. */
export interface Allocatable {
  readonly milliCPU: number;
  readonly memory: number;
  readonly pods: number;
}

export function allocatableOf(node: KubeObject): Allocatable {
  const a = node.status?.allocatable ?? {};
  return { milliCPU: milliCPU(a.cpu), memory: parseQuantity(a.memory) ?? 0, pods: parseQuantity(a.pods) ?? 110 };
}

export interface PodRequests {
  readonly milliCPU: number;
  readonly memory: number;
}

/** A pod's requests: the larger of the sum of its containers and any one init container. */
export function podRequests(pod: KubeObject): PodRequests {
  let cpu = 0;
  let mem = 0;
  for (const c of pod.spec?.containers ?? []) {
    const r = c.resources?.requests ?? c.resources?.limits ?? {};
    cpu += milliCPU(r.cpu);
    mem += parseQuantity(r.memory) ?? 0;
  }
  for (const c of pod.spec?.initContainers ?? []) {
    const r = c.resources?.requests ?? c.resources?.limits ?? {};
    cpu = Math.max(cpu, milliCPU(r.cpu));
    mem = Math.max(mem, parseQuantity(r.memory) ?? 0);
  }
  return { milliCPU: cpu, memory: mem };
}

export function tolerates(tolerations: readonly any[] | undefined, taint: any): boolean {
  return (tolerations ?? []).some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (!t.key) return t.operator === 'Exists';
    if (t.key !== taint.key) return false;
    if (t.operator === 'Exists') return true;
    return (t.value ?? '') === (taint.value ?? '');
  });
}

function matchesNodeSelectorRequirement(req: any, labels: Record<string, string>): boolean {
  const v = labels[req.key];
  const values: string[] = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return v !== undefined && values.includes(v);
    case 'NotIn':
      return v === undefined || !values.includes(v);
    case 'Exists':
      return v !== undefined;
    case 'DoesNotExist':
      return v === undefined;
    case 'Gt':
    case 'Lt': {
      if (v === undefined || !/^-?\d+$/.test(v) || values.length !== 1) return false;
      return req.operator === 'Gt' ? Number(v) > Number(values[0]) : Number(v) < Number(values[0]);
    }
    default:
      return false;
  }
}

function matchesFields(req: any, node: KubeObject): boolean {
  if (req.key !== 'metadata.name') return false;
  const name = node.metadata.name!;
  const values: string[] = req.values ?? [];
  return req.operator === 'In' ? values.includes(name) : req.operator === 'NotIn' ? !values.includes(name) : false;
}

/** nodeSelector (all entries) and required node affinity (any term; all requirements of a term). */
export function matchesNodeSelectorAndAffinity(pod: KubeObject, node: KubeObject): boolean {
  const labels: Record<string, string> = node.metadata.labels ?? {};
  // Checked for every node a pod may go to: walk the selector in place (no entries array).
  const nodeSelector: Record<string, string> | undefined = pod.spec?.nodeSelector;
  if (nodeSelector) for (const k in nodeSelector) if (labels[k] !== nodeSelector[k]) return false;
  const terms: any[] | undefined = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((term) => {
    const exprs: any[] = term.matchExpressions ?? [];
    const fields: any[] = term.matchFields ?? [];
    if (exprs.length === 0 && fields.length === 0) return false;
    return exprs.every((r) => matchesNodeSelectorRequirement(r, labels)) && fields.every((r) => matchesFields(r, node));
  });
}

/** The reason a node cannot take the pod, or undefined when it can. */
export function filterNode(pod: KubeObject, node: KubeObject, usage: NodeUsage, requests: PodRequests, minor: number, allocatable = allocatableOf(node)): string | undefined {
  const tolerations = pod.spec?.tolerations;
  if (node.spec?.unschedulable && !tolerates(tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) {
    return 'node(s) were unschedulable';
  }
  if (pod.spec?.nodeName && pod.spec.nodeName !== node.metadata.name) return "node(s) didn't match the requested node name";
  for (const taint of node.spec?.taints ?? []) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    if (!tolerates(tolerations, taint)) {
      // 1.34.2 stopped naming the taint in pod statuses; earlier releases print it.
      return minor >= 34 ? 'node(s) had untolerated taint(s)' : `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
    }
  }
  if (!matchesNodeSelectorAndAffinity(pod, node)) return "node(s) didn't match Pod's node affinity/selector";
  const tooMany = usage.pods + 1 > allocatable.pods;
  const cpu = requests.milliCPU > 0 && usage.milliCPU + requests.milliCPU > allocatable.milliCPU;
  const memory = requests.memory > 0 && usage.memory + requests.memory > allocatable.memory;
  // Most nodes fit: no list of reasons is built for them.
  if (!tooMany && !cpu && !memory) return undefined;
  const reasons: string[] = [];
  if (tooMany) reasons.push('Too many pods');
  if (cpu) reasons.push('Insufficient cpu');
  if (memory) reasons.push('Insufficient memory');
  return reasons.join('\u0000');
}

/** Reasons that preemption could relieve (the node is otherwise suitable). */
export function preemptionMightHelp(reason: string): boolean {
  return reason === 'Too many pods' || reason.startsWith('Insufficient');
}
