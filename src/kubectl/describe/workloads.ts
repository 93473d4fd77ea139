/** ReplicaSet, ReplicationController, Deployment, DaemonSet and StatefulSet describers. */
import { KubeObject } from '../../api/types';
import { formatLabels, formatLabelSelector, labelSelectorAsSelector } from '../../labels';
import { maybeEvents, printAnnotationsMultiline, printControlledBy, printLabelsMultiline, rfc1123 } from './common';
import { describePodTemplate, PodPhaseCounts, podsStatusText } from './podTemplate';
import { intOrString } from './probe';
import { quantityString } from './quantity';
import { LEVEL_0, LEVEL_1, PrefixWriter, tabbed } from './writer';

export interface ControllerDescription {
  readonly obj: KubeObject;
  /** Phases of the pods the controller owns (matched by selector and controller UID). */
  readonly pods: PodPhaseCounts;
  readonly events?: readonly KubeObject[];
  readonly now: number;
}

/** `Conditions:` of a ReplicaSet, ReplicationController or Deployment: Type, Status, Reason. */
function describeControllerConditions(w: PrefixWriter, conditions: any[] | undefined): void {
  if (!conditions?.length) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const c of conditions) w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''}\t${c.reason ?? ''}\n`);
}

/** `(*IntOrString).String()`: `<nil>` when unset. */
const intOrNil = (v: unknown) => (v === undefined || v === null ? '<nil>' : intOrString(v));

/** `%d` of `*spec.Replicas` (the API defaults it to 1). */
const replicas = (spec: any) => spec?.replicas ?? 1;

export function describeReplicaSet({ obj: rs, pods, events, now }: ControllerDescription): string {
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', rs.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
    printControlledBy(w, rs);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${replicas(rs.spec)} desired\n`);
    w.write(LEVEL_0, `Pods Status:\t${podsStatusText(pods)}\n`);
    describePodTemplate(w, rs.spec?.template ?? {});
    describeControllerConditions(w, rs.status?.conditions);
    maybeEvents(w, events, now);
  });
}

export function describeReplicationController({ obj: rc, pods, events, now }: ControllerDescription): string {
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${rc.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${rc.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabels(rc.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', rc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', rc.metadata.annotations);
    w.write(LEVEL_0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${replicas(rc.spec)} desired\n`);
    w.write(LEVEL_0, `Pods Status:\t${podsStatusText(pods)}\n`);
    describePodTemplate(w, rc.spec?.template);
    describeControllerConditions(w, rc.status?.conditions);
    maybeEvents(w, events, now);
  });
}

export interface DeploymentDescription {
  readonly obj: KubeObject;
  /** ReplicaSets the deployment controls, other than the new one, oldest first. */
  readonly oldReplicaSets: readonly KubeObject[];
  readonly newReplicaSet?: KubeObject;
  readonly events?: readonly KubeObject[];
  readonly now: number;
}

/** printReplicaSetsByLabels: `name (current/desired replicas created)`, comma-separated. */
function replicaSetsText(list: readonly KubeObject[]): string {
  return list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${replicas(rs.spec)} replicas created)`).join(', ') || '<none>';
}

/** The selector as `labels.Selector.String()` prints it (empty for a nil or empty selector). */
function selectorText(selector: unknown): string {
  try {
    return labelSelectorAsSelector(selector as any).toString();
  } catch (e) {
    return `Failed to get selector: ${(e as Error).message}`;
  }
}

export function describeDeployment({ obj: d, oldReplicaSets, newReplicaSet, events, now }: DeploymentDescription): string {
  const spec = d.spec ?? {};
  const status = d.status ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123(d.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', d.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${selectorText(spec.selector)}\n`);
    w.write(
      LEVEL_0,
      `Replicas:\t${replicas(spec)} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ` +
        `${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
    const ru = spec.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${intOrNil(ru.maxUnavailable)} max unavailable, ${intOrNil(ru.maxSurge)} max surge\n`);
    describePodTemplate(w, spec.template ?? {});
    describeControllerConditions(w, status.conditions);
    if (oldReplicaSets.length || newReplicaSet) {
      w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetsText(oldReplicaSets)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetsText(newReplicaSet ? [newReplicaSet] : [])}\n`);
    }
    maybeEvents(w, events, now);
  });
}

export function describeDaemonSet({ obj: ds, pods, events, now }: ControllerDescription): string {
  const status = ds.status ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${ds.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${selectorText(ds.spec?.selector)}\n`);
    w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', ds.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ds.metadata.annotations);
    // These lines have no tab: they end the column block above them.
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${status.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${status.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${status.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${status.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${status.numberMisscheduled ?? 0}\n`);
    w.write(LEVEL_0, `Pods Status:\t${podsStatusText(pods)}\n`);
    describePodTemplate(w, ds.spec?.template ?? {});
    maybeEvents(w, events, now);
  });
}

function describeVolumeClaimTemplates(w: PrefixWriter, templates: any[] | undefined): void {
  if (!templates?.length) {
    w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'Volume Claims:\n');
  for (const pvc of templates) {
    w.write(LEVEL_1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
    // GetPersistentVolumeClaimClass: the beta annotation wins over spec.storageClassName.
    const storageClass = pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec?.storageClassName ?? '';
    w.write(LEVEL_1, `StorageClass:\t${storageClass}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata?.labels, '  ');
    printLabelsMultiline(w, 'Annotations', pvc.metadata?.annotations, '  ');
    const storage = pvc.spec?.resources?.requests?.storage;
    w.write(LEVEL_1, `Capacity:\t${storage !== undefined ? quantityString(storage) : '<default>'}\n`);
    w.write(LEVEL_1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
  }
}

export function describeStatefulSet({ obj: ss, pods, events, now }: ControllerDescription): string {
  const spec = ss.spec ?? {};
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${ss.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${ss.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123(ss.metadata.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Selector:\t${selectorText(spec.selector)}\n`);
    printLabelsMultiline(w, 'Labels', ss.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ss.metadata.annotations);
    w.write(LEVEL_0, `Replicas:\t${replicas(spec)} desired | ${ss.status?.replicas ?? 0} total\n`);
    w.write(LEVEL_0, `Update Strategy:\t${spec.updateStrategy?.type ?? ''}\n`);
    const ru = spec.updateStrategy?.rollingUpdate;
    if (ru && ru.partition !== undefined && ru.partition !== null) {
      w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
      if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) w.write(LEVEL_1, `MaxUnavailable:\t${intOrString(ru.maxUnavailable)}\n`);
    }
    w.write(LEVEL_0, `Pods Status:\t${podsStatusText(pods)}\n`);
    describePodTemplate(w, spec.template ?? {});
    describeVolumeClaimTemplates(w, spec.volumeClaimTemplates);
    maybeEvents(w, events, now);
  });
}
