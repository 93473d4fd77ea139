/**
 * `kubectl get` columns of the workload kinds, as the API server's printers fill them
 * (printReplicationController, printReplicaSet, printDeployment, printDaemonSet,
 * printStatefulSet, printControllerRevision): numbers as numbers, the wide CONTAINERS/IMAGES/SELECTOR cells.
 */
import { KubeObject } from '../api/types';
import { formatLabelSelector, formatLabels, labelSelectorAsSelector } from '../labels';
import { KindPrinter, TEMPLATE_WIDE as WIDE, age, col, containerCells as layout } from './columns';

const containerCells = (obj: KubeObject) => layout(obj.spec?.template?.spec?.containers);

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
  StatefulSet: {
    columns: [col('Name'), col('Ready'), col('Age'), col('Containers', 1), col('Images', 1)],
    row: (sts, now) => [sts.metadata.name!, `${sts.status?.readyReplicas ?? 0}/${sts.spec?.replicas ?? 0}`, age(sts, now), ...containerCells(sts)],
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
