/** describeNode: `kubectl describe node`, with its lease, the pods on it and what they ask for. */
import { KubeObject } from '../../api/types';
import { compareGo } from '../../labels/goString';
import { translateTimestampSince } from '../print/duration';
import { maybeEvents, printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, rfc1123, sortedKeys } from './common';
import { Quantity, quantityOf } from './quantity';
import { get, percent, podLimits, podRequests, ResourceList } from './resources';
import { LEVEL_0, LEVEL_1, PrefixWriter, tabbed } from './writer';

export interface NodeDescription {
  readonly node: KubeObject;
  /** The node's Lease in kube-node-lease, or the error text of reading it. */
  readonly lease: KubeObject | { readonly error: string };
  /** Pods bound to the node that have not finished, as the API lists them. */
  readonly pods: readonly KubeObject[];
  readonly events?: readonly KubeObject[];
  readonly now: number;
}

const ROLE_PREFIX = 'node-role.kubernetes.io/';
const ROLE_LABEL = 'kubernetes.io/role';

/** findNodeRoles: `node-role.kubernetes.io/<role>` labels and the legacy `kubernetes.io/role`. */
export function nodeRoles(node: KubeObject): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === ROLE_LABEL && v !== '') {
      roles.add(v);
    }
  }
  return [...roles].sort(compareGo);
}

function describeLease(w: PrefixWriter, lease: NodeDescription['lease']): void {
  if ('error' in lease) {
    w.write(LEVEL_0, `Lease:\tFailed to get lease: ${lease.error}\n`);
    return;
  }
  const spec = (lease as KubeObject).spec ?? {};
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${spec.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${spec.acquireTime ? rfc1123(spec.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${spec.renewTime ? rfc1123(spec.renewTime) : '<unset>'}\n`);
}

function resourceLines(w: PrefixWriter, list: Record<string, unknown>): void {
  for (const name of sortedKeys(list)) w.write(LEVEL_0, `  ${name}:\t${quantityOf(list[name]).toString()}\n`);
}

const isHugePages = (name: string) => name.startsWith('hugepages-');
const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage']);

/** `250m (12%)`: a quantity and its share of what the node can allocate. */
function share(q: Quantity, of: number, value: (q: Quantity) => number, guard: boolean): string {
  return `${q.toString()} (${guard && of === 0 ? '0' : percent(value(q), of)}%)`;
}

/** describeNodeResource: the non-terminated pods table and the allocated resources table. */
function describeNodeResource(w: PrefixWriter, node: KubeObject, pods: readonly KubeObject[], now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const status = node.status ?? {};
  const allocatable: Record<string, unknown> = Object.keys(status.allocatable ?? {}).length ? status.allocatable : (status.capacity ?? {});
  const alloc = (name: string) => quantityOf(allocatable[name]);
  const milli = (q: Quantity) => q.milliValue();
  const units = (q: Quantity) => q.value();
  const cpu = alloc('cpu').milliValue();
  const memory = alloc('memory').value();
  const reqs: ResourceList = new Map();
  const limits: ResourceList = new Map();
  const sumInto = (into: ResourceList, from: ResourceList) => {
    for (const [name, q] of from) into.set(name, into.has(name) ? into.get(name)!.add(q) : q);
  };
  for (const pod of pods) {
    const req = podRequests(pod);
    const lim = podLimits(pod);
    sumInto(reqs, req);
    sumInto(limits, lim);
    w.write(
      LEVEL_1,
      `${pod.metadata.namespace ?? ''}\t${pod.metadata.name}\t\t${share(get(req, 'cpu'), cpu, milli, false)}\t${share(get(lim, 'cpu'), cpu, milli, false)}\t` +
        `${share(get(req, 'memory'), memory, units, false)}\t${share(get(lim, 'memory'), memory, units, false)}\t` +
        `${translateTimestampSince(pod.metadata.creationTimestamp, now)}\n`,
    );
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const row = (name: string, of: number, value: (q: Quantity) => number) =>
    w.write(LEVEL_1, `${name}\t${share(get(reqs, name), of, value, true)}\t${share(get(limits, name), of, value, true)}\n`);
  row('cpu', cpu, milli);
  row('memory', memory, units);
  row('ephemeral-storage', alloc('ephemeral-storage').value(), units);
  const names = Object.keys(allocatable).sort(compareGo);
  for (const name of names.filter(isHugePages)) row(name, alloc(name).value(), units);
  for (const name of names.filter((n) => !isHugePages(n) && !STANDARD.has(n) && n !== 'pods')) {
    w.write(LEVEL_1, `${name}\t${get(reqs, name).toString()}\t${get(limits, name).toString()}\n`);
  }
}

export function describeNode({ node, lease, pods, events, now }: NodeDescription): string {
  const spec = node.spec ?? {};
  const status = node.status ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
    const roles = nodeRoles(node);
    w.write(LEVEL_0, `Roles:\t${roles.length ? roles.join(',') : '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', node.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123(node.metadata.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', spec.taints);
    w.write(LEVEL_0, `Unschedulable:\t${spec.unschedulable ? 'true' : 'false'}\n`);
    describeLease(w, lease);
    const conditions: any[] = status.conditions ?? [];
    if (conditions.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions) {
        w.write(
          LEVEL_1,
          `${c.type ?? ''} \t${c.status ?? ''} \t${rfc1123(c.lastHeartbeatTime)} \t${rfc1123(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
        );
      }
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type ?? ''}:\t${a.address ?? ''}\n`);
    if (Object.keys(status.capacity ?? {}).length) {
      w.write(LEVEL_0, 'Capacity:\n');
      resourceLines(w, status.capacity);
    }
    if (Object.keys(status.allocatable ?? {}).length) {
      w.write(LEVEL_0, 'Allocatable:\n');
      resourceLines(w, status.allocatable);
    }
    const info = status.nodeInfo ?? {};
    w.write(LEVEL_0, 'System Info:\n');
    const infoLines: [string, string][] = [
      ['Machine ID', info.machineID],
      ['System UUID', info.systemUUID],
      ['Boot ID', info.bootID],
      ['Kernel Version', info.kernelVersion],
      ['OS Image', info.osImage],
      ['Operating System', info.operatingSystem],
      ['Architecture', info.architecture],
      ['Container Runtime Version', info.containerRuntimeVersion],
      ['Kubelet Version', info.kubeletVersion],
      ['Kube-Proxy Version', info.kubeProxyVersion],
    ];
    for (const [label, value] of infoLines) w.write(LEVEL_0, `  ${label}:\t${value ?? ''}\n`);
    if (spec.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${spec.podCIDR}\n`);
    if (spec.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
    if (spec.providerID) w.write(LEVEL_0, `ProviderID:\t${spec.providerID}\n`);
    describeNodeResource(w, node, pods, now);
    maybeEvents(w, events, now);
  });
}
