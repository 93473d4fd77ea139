/**
 * The server side of `kubectl get`: the columns of each kind and the cells of each object, as
 * the API server's table printers (pkg/printers/internalversion) fill them. kubectl lays them out.
 */
import { KubeObject } from '../api/types';
import { ServerTable, TableColumn, TableRow } from '../kubectl/print/table';
import { translateTimestampSince, humanDuration } from '../kubectl/print/duration';
import { podStatusCells } from './podStatus';
import { formatLabels } from '../labels';
import { nodeStatus } from './nodeStatus';
import { cronJobPrinter, jobPrinter } from './batch';
import { SERVICE_PRINTERS } from './services';

export type RowPrinter = (obj: KubeObject, now: number) => (string | number)[];

export interface KindPrinter {
  readonly columns: readonly TableColumn[];
  readonly row: RowPrinter;
}

const col = (name: string, priority = 0): TableColumn => ({ name, priority, format: name === 'Name' ? 'name' : undefined });
const age = (obj: KubeObject, now: number) => translateTimestampSince(obj.metadata.creationTimestamp, now);

function printPod(pod: KubeObject, now: number): string[] {
  const cells = podStatusCells(pod);
  const restarts = cells.restarts !== 0 && cells.lastRestartAt !== undefined ? `${cells.restarts} (${humanDuration(now - cells.lastRestartAt)} ago)` : String(cells.restarts);
  const gates: any[] = pod.spec?.readinessGates ?? [];
  const readinessGates = gates.length
    ? `${gates.filter((g) => (pod.status?.conditions ?? []).some((c: any) => c.type === g.conditionType && c.status === 'True')).length}/${gates.length}`
    : '<none>';
  return [
    pod.metadata.name!,
    cells.ready,
    cells.status,
    restarts,
    age(pod, now),
    pod.status?.podIPs?.[0]?.ip ?? pod.status?.podIP ?? '<none>',
    pod.spec?.nodeName || '<none>',
    pod.status?.nominatedNodeName || '<none>',
    readinessGates,
  ];
}

function nodeRoles(labels: Record<string, string>): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels)) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) roles.add(k.slice('node-role.kubernetes.io/'.length));
    if (k === 'kubernetes.io/role' && v) roles.add(v);
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

const PRINTERS: Record<string, KindPrinter> = {
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
    row: (ns, now) => [ns.metadata.name!, ns.status?.phase ?? 'Active', age(ns, now)],
  },
  ServiceAccount: {
    columns: [col('Name'), col('Secrets'), col('Age')],
    row: (sa, now) => [sa.metadata.name!, (sa.secrets ?? []).length, age(sa, now)],
  },
  ConfigMap: {
    columns: [col('Name'), col('Data'), col('Age')],
    row: (cm, now) => [cm.metadata.name!, Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length, age(cm, now)],
  },
  Job: jobPrinter,
  CronJob: cronJobPrinter,
  ...SERVICE_PRINTERS,
};

/** Kinds may add their printers (workloads, batch, services). */
export function registerPrinter(kind: string, printer: KindPrinter): void {
  PRINTERS[kind] = printer;
}

const DEFAULT_PRINTER: KindPrinter = { columns: [col('Name'), col('Age')], row: (o, now) => [o.metadata.name!, age(o, now)] };

export function printerFor(kind: string): KindPrinter {
  return PRINTERS[kind] ?? DEFAULT_PRINTER;
}

/** The server-side table of some objects of one kind. */
export function serverTable(kind: string, objects: readonly KubeObject[], now: number): ServerTable {
  const printer = printerFor(kind);
  const rows: TableRow[] = objects.map((o) => ({
    cells: printer.row(o, now),
    name: o.metadata.name!,
    labels: o.metadata.labels,
    namespace: o.metadata.namespace,
  }));
  return { columns: printer.columns, rows };
}

export { formatLabels };

/** `kubectl get events`: since the last time seen, with the object as `kind/name`. */
function printEvent(ev: KubeObject, now: number): string[] {
  const first = ev.firstTimestamp ?? ev.eventTime;
  const last = ev.series?.lastObservedTime ?? ev.lastTimestamp ?? first;
  const source = ev.source?.component ? (ev.source.host ? `${ev.source.component}, ${ev.source.host}` : ev.source.component) : [ev.reportingController, ev.reportingInstance].filter(Boolean).join(', ');
  return [
    translateTimestampSince(last, now),
    ev.type ?? '',
    ev.reason ?? '',
    `${String(ev.involvedObject?.kind ?? '').toLowerCase()}/${ev.involvedObject?.name ?? ''}`,
    ev.involvedObject?.fieldPath ?? '',
    source,
    String(ev.message ?? '').trim(),
    translateTimestampSince(first, now),
    String(ev.series?.count ?? ev.count ?? 1),
    ev.metadata.name!,
  ];
}

registerPrinter('Event', {
  columns: [
    col('Last Seen'),
    col('Type'),
    col('Reason'),
    col('Object'),
    col('Subobject', 1),
    col('Source', 1),
    col('Message'),
    col('First Seen', 1),
    col('Count', 1),
    { name: 'Name', priority: 1, format: 'name' },
  ],
  row: printEvent,
});
