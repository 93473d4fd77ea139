/** The STATUS cell of `kubectl get nodes` (printNode): only the Ready condition counts; Unknown shows NotReady. */
import { KubeObject } from '../api/types';

export function nodeStatus(node: KubeObject): string {
  const ready = (node.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  const parts = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}
