/**
 * `kubectl get` columns of the workload kinds, as the API server's printers fill them
 * (printReplicationController, printReplicaSet, printDeployment, printDaemonSet,
 * printControllerRevision): numbers as numbers, the wide CONTAINERS/IMAGES/SELECTOR cells.
 */
import { KubeObject } from '../api/types';
import { TableColumn } from '../kubectl/print/table';
import { translateTimestampSince } from '../kubectl/print/duration';
import { formatLabelSelector, formatLabels, labelSelectorAsSelector } from '../labels';
import type { KindPrinter } from './tables';

const col = (name: string, priority = 0): TableColumn => ({ name, priority, format: name === 'Name' ? 'name' : undefined });
const age = (obj: KubeObject, now: number) => translateTimestampSince(obj.metadata.creationTimestamp, now);
const WIDE = [col('Containers', 1), col('Images', 1), col('Selector', 1)];

/** `layoutContainerCells`: names and images joined by commas. */
function containerCells(obj: KubeObject): [string, string] {
  const containers: any[] = obj.spec?.template?.spec?.containers ?? [];
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(',')];
}

/** `LabelSelectorAsSelector(...).String()`, `<invalid>` when it cannot be converted. */
function selectorString(sel: unknown): string {
  try {
    return labelSelectorAsSelector(sel as any).toString();
  } catch {
    return '<invalid>';
  }
}

const replicaColumns = [col('Name'), col('Desired'), col('Current'), col('Ready'), col('Age'), ...WIDE];

export const WORKLOAD_PRINTERS: Record<string, KindPrinter> = {
  ReplicationController: {
    columns: replicaColumns,
    row: (rc, now) => [rc.metadata.name!, rc.spec?.replicas ?? 0, rc.status?.replicas ?? 0, rc.status?.readyReplicas ?? 0, age(rc, now), ...containerCells(rc), formatLabels(rc.spec?.selector)],
  },
  ReplicaSet: {
    columns: replicaColumns,
    row: (rs, now) => [rs.metadata.name!, rs.spec?.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0, age(rs, now), ...containerCells(rs), formatLabelSelector(rs.spec?.selector)],
  },
  Deployment: {
    columns: [col('Name'), col('Ready'), col('Up-to-date'), col('Available'), col('Age'), ...WIDE],
    row: (d, now) => [
      d.metadata.name!,
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      age(d, now),
      ...containerCells(d),
      selectorString(d.spec?.selector),
    ],
  },
  DaemonSet: {
    columns: [col('Name'), col('Desired'), col('Current'), col('Ready'), col('Up-to-date'), col('Available'), col('Node Selector'), col('Age'), ...WIDE],
    row: (ds, now) => {
      const s = ds.status ?? {};
      return [
        ds.metadata.name!,
        s.desiredNumberScheduled ?? 0,
        s.currentNumberScheduled ?? 0,
        s.numberReady ?? 0,
        s.updatedNumberScheduled ?? 0,
        s.numberAvailable ?? 0,
        formatLabels(ds.spec?.template?.spec?.nodeSelector),
        age(ds, now),
        ...containerCells(ds),
        formatLabelSelector(ds.spec?.selector),
      ];
    },
  },
  ControllerRevision: {
    columns: [col('Name'), col('Controller'), col('Revision'), col('Age')],
    row: (h, now) => {
      const ref = (h.metadata.ownerReferences ?? []).find((r) => r.controller);
      let controller = '<none>';
      if (ref) {
        const group = ref.apiVersion.includes('/') ? ref.apiVersion.slice(0, ref.apiVersion.indexOf('/')) : '';
        controller = `${ref.kind.toLowerCase()}${group ? `.${group}` : ''}/${ref.name}`;
      }
      return [h.metadata.name!, controller, h.revision ?? 0, age(h, now)];
    },
  },
};
