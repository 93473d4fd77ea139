/** DescribePodTemplate: the `Pod Template:` section of every workload controller. */
import { KubeObject } from '../../api/types';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './common';
import { describeContainers } from './containers';
import { describeTopologySpreadConstraints } from './pod';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './writer';

export function describePodTemplate(w: PrefixWriter, template: any): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    // kubectl writes no newline here.
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const spec = template.spec ?? {};
  const meta = template.metadata ?? {};
  printLabelsMultiline(w, '  Labels', meta.labels);
  if (Object.keys(meta.annotations ?? {}).length) printAnnotationsMultiline(w, '  Annotations', meta.annotations);
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, undefined, undefined, '  ');
  describeContainers(w, 'Containers', spec.containers, undefined, undefined, '  ');
  describeVolumes(w, spec.volumes, '  ');
  describeTopologySpreadConstraints(w, spec.topologySpreadConstraints, '  ');
  if (spec.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec.tolerations);
}

/** `Pods Status:` counts of a controller's pods by phase (getPodStatusForController). */
export interface PodPhaseCounts {
  readonly running: number;
  readonly waiting: number;
  readonly succeeded: number;
  readonly failed: number;
}

export function podPhaseCounts(pods: readonly KubeObject[]): PodPhaseCounts {
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  return { running: count('Running'), waiting: count('Pending'), succeeded: count('Succeeded'), failed: count('Failed') };
}

export function podsStatusText(c: PodPhaseCounts): string {
  return `${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed`;
}
