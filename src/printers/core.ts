/**
 * The server-side table cells of the core kinds without a controller of their own in this file's
 * neighbours: pods, nodes, namespaces, service accounts, config maps, secrets and leases
 * (printPod, printNode, printNamespace, … in pkg/printers/internalversion).
 */
import { KubeObject } from '../api/types';
import { humanDuration } from '../kubectl/print/duration';
import { podStatusCells } from './podStatus';
import { nodeStatus } from './nodeStatus';
import { KindPrinter, age, col } from './columns';

function printPod(pod: KubeObject, now: number): string[] {
  const cells = podStatusCells(pod);
  const restarts = cells.restarts !== 0 && cells.lastRestartAt !== undefined ? `${cells.restarts} (${humanDuration(now - cells.lastRestartAt)} ago)` : String(cells.restarts);
  const gates: any[] = pod.spec?.readinessGates ?? [];
  const conditions: any[] = pod.status?.conditions ?? [];
  // Each gate is decided by the first condition of its type.
  const passed = gates.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return [
    pod.metadata.name!,
    cells.ready,
    cells.status,
    restarts,
    age(pod, now),
    pod.status?.podIPs?.[0]?.ip || '<none>',
    pod.spec?.nodeName || '<none>',
    pod.status?.nominatedNodeName || '<none>',
    gates.length ? `${passed}/${gates.length}` : '<none>',
  ];
}

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** `findNodeRoles`: `node-role.kubernetes.io/<role>` keys and the `kubernetes.io/role` value, sorted. */
export function nodeRoles(labels: Record<string, string>): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels)) {
    if (k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length) roles.add(k.slice(ROLE_PREFIX.length));
    else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return roles.size ? [...roles].sort().join(',') : '<none>';
}

function printNode(node: KubeObject, now: number): string[] {
  const address = (type: string) => (node.status?.addresses ?? []).find((a: any) => a.type === type)?.address ?? '<none>';
  const info = node.status?.nodeInfo ?? {};
  return [
    node.metadata.name!,
    nodeStatus(node),
    nodeRoles(node.metadata.labels ?? {}),
    age(node, now),
    info.kubeletVersion ?? '',
    address('InternalIP'),
    address('ExternalIP'),
    info.osImage || '<unknown>',
    info.kernelVersion || '<unknown>',
    info.containerRuntimeVersion || '<unknown>',
  ];
}

export const CORE_PRINTERS: Record<string, KindPrinter> = {
  Pod: {
    columns: [col('Name'), col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', 1), col('Node', 1), col('Nominated Node', 1), col('Readiness Gates', 1)],
    row: printPod,
  },
  Node: {
    columns: [col('Name'), col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 1), col('External-IP', 1), col('OS-Image', 1), col('Kernel-Version', 1), col('Container-Runtime', 1)],
    row: printNode,
  },
  Namespace: {
    columns: [col('Name'), col('Status'), col('Age')],
    row: (ns, now) => [ns.metadata.name!, ns.status?.phase ?? '', age(ns, now)],
  },
  ServiceAccount: {
    columns: [col('Name'), col('Secrets'), col('Age')],
    row: (sa, now) => [sa.metadata.name!, (sa.secrets ?? []).length, age(sa, now)],
  },
  ConfigMap: {
    columns: [col('Name'), col('Data'), col('Age')],
    row: (cm, now) => [cm.metadata.name!, Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length, age(cm, now)],
  },
  Secret: {
    // DATA counts `data` only: the API server has folded `stringData` into it by then.
    columns: [col('Name'), col('Type'), col('Data'), col('Age')],
    row: (s, now) => [s.metadata.name!, s.type ?? '', Object.keys(s.data ?? {}).length, age(s, now)],
  },
  Lease: {
    columns: [col('Name'), col('Holder'), col('Age')],
    row: (l, now) => [l.metadata.name!, l.spec?.holderIdentity ?? '', age(l, now)],
  },
};
