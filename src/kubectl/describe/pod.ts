/** describePod: `kubectl describe pod`, field by field as kubectl 1.34 writes it. */
import { KubeObject } from '../../api/types';
import { qosClass } from '../../api/registry/pod/defaults';
import { formatLabelSelector } from '../../labels';
import { compareGo } from '../../labels/goString';
import { translateTimestampSince } from '../print/duration';
import {
  maybeEvents,
  printAnnotationsMultiline,
  printControlledBy,
  printLabelsMultiline,
  printTolerationsMultiline,
  rfc1123,
} from './common';
import { describeContainers, describeResources, podEnvResolver } from './containers';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, PrefixWriter, tabbed } from './writer';

export interface PodDescription {
  readonly pod: KubeObject;
  /** Events about the pod; undefined with --show-events=false. */
  readonly events?: readonly KubeObject[];
  readonly now: number;
}

/** describeTopologySpreadConstraints: one constraint per line, sorted by topology key. */
export function describeTopologySpreadConstraints(w: PrefixWriter, constraints: any[] | undefined, space: string): void {
  if (!constraints?.length) return;
  const sorted = [...constraints].sort((a, b) => compareGo(a.topologyKey ?? '', b.topologyKey ?? ''));
  w.write(LEVEL_0, `${space}Topology Spread Constraints:\t`);
  sorted.forEach((c, i) => {
    if (i !== 0) w.write(LEVEL_0, `${space}\t`);
    let text = `${c.topologyKey ?? ''}:${c.whenUnsatisfiable ?? ''} when max skew ${c.maxSkew ?? 0} is exceeded`;
    if (c.labelSelector) text += ` for selector ${formatLabelSelector(c.labelSelector)}`;
    w.write(LEVEL_0, `${text}\n`);
  });
}

function describePodIPs(w: PrefixWriter, pod: KubeObject): void {
  const ips: any[] = pod.status?.podIPs ?? [];
  if (ips.length === 0) {
    w.write(LEVEL_0, 'IPs:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'IPs:\n');
  for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip ?? ''}\n`);
}

export function describePod({ pod, events, now }: PodDescription): string {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const meta = pod.metadata;
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
    if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
    w.write(LEVEL_0, `Node:\t${spec.nodeName ? `${spec.nodeName}/${status.hostIP ?? ''}` : '<none>'}\n`);
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123(status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
      w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, now)})\n`);
      w.write(LEVEL_0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
    } else {
      w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
    }
    if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
    if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
    const seccomp = spec.securityContext?.seccompProfile;
    if (seccomp) {
      w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type ?? ''}\n`);
      if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
    }
    w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
    describePodIPs(w, pod);
    printControlledBy(w, pod);
    if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    if (spec.resources) {
      w.write(LEVEL_0, 'Resources:\n');
      describeResources(w, spec.resources, LEVEL_1);
    }
    const resolve = podEnvResolver(pod);
    if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses, resolve, '');
    describeContainers(w, 'Containers', spec.containers, status.containerStatuses, resolve, '');
    if (spec.ephemeralContainers?.length) describeContainers(w, 'Ephemeral Containers', spec.ephemeralContainers, status.ephemeralContainerStatuses, resolve, '');
    const conditions: any[] = status.conditions ?? [];
    if (spec.readinessGates?.length) {
      w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of spec.readinessGates) {
        const c = conditions.find((x) => x.type === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType ?? ''} \t${c ? (c.status ?? '') : '<none>'} \n`);
      }
    }
    if (conditions.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''} \n`);
    }
    describeVolumes(w, spec.volumes, '');
    w.write(LEVEL_0, `QoS Class:\t${status.qosClass || qosClass(spec)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
    describeTopologySpreadConstraints(w, spec.topologySpreadConstraints, '');
    maybeEvents(w, events, now);
  });
}
