/**
 * A DaemonSet's status (`updateDaemonSetStatus`): per node that should run it, whether a pod is
 * scheduled there, and whether the oldest one is ready, available and of the current revision;
 * pods on nodes that should not run it are misscheduled. Optional counts are left out at zero.
 */
import { KubeObject } from '../../api/types';
import { isPodAvailable, isPodReady } from '../workload/podutil';
import { nodeShouldRunDaemonPod, oldestFirst } from './pods';
import { isPodUpdated, templateGeneration } from './update';

export function calculateDaemonSetStatus(ds: KubeObject, nodes: readonly KubeObject[], nodeToPods: ReadonlyMap<string, readonly KubeObject[]>, hash: string, now: number): any {
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let updated = 0;
  let available = 0;
  const generation = templateGeneration(ds);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  for (const node of nodes) {
    const pods = nodeToPods.get(node.metadata.name!) ?? [];
    const { shouldRun } = nodeShouldRunDaemonPod(node, ds);
    if (!shouldRun) {
      if (pods.length) misscheduled++;
      continue;
    }
    desired++;
    if (pods.length === 0) continue;
    current++;
    const pod = [...pods].sort(oldestFirst)[0];
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReady, now)) available++;
    }
    if (isPodUpdated(pod, hash, generation)) updated++;
  }
  const status: any = { ...(ds.status ?? {}), currentNumberScheduled: current, desiredNumberScheduled: desired, numberMisscheduled: misscheduled, numberReady: ready };
  for (const [field, value] of [['updatedNumberScheduled', updated], ['numberAvailable', available], ['numberUnavailable', desired - available]] as const) {
    if (value) status[field] = value;
    else delete status[field];
  }
  return status;
}
