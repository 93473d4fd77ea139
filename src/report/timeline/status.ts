/**
 * How a pod's STATUS column (what `kubectl get pods` shows) is drawn: one colour per kind of
 * state. Statuses without a colour of their own fall into a family (`Init:0/1` is starting,
 * `ErrImagePull` is waiting on something wrong) so the legend stays short whatever the cluster
 * does; the exact status is kept in the tooltip.
 */
import { PodSummary } from '../../history/history';

export type StatusCategory =
  | 'Pending'
  | 'ContainerCreating'
  | 'Running'
  | 'NotReady'
  | 'Terminating'
  | 'Completed'
  | 'Error'
  | 'CrashLoopBackOff'
  | 'Waiting'
  | 'Other';

export interface CategoryStyle {
  readonly label: string;
  readonly fill: string;
}

/** Drawing order in stacked lanes and legend order: a pod's life from bottom to top. */
export const CATEGORIES: readonly StatusCategory[] = [
  'Pending',
  'ContainerCreating',
  'Running',
  'NotReady',
  'Terminating',
  'Completed',
  'Error',
  'CrashLoopBackOff',
  'Waiting',
  'Other',
];

/** Colours tell healthy (greens, blues) from stuck (amber) and broken (reds) at a glance. */
export const CATEGORY_STYLE: Readonly<Record<StatusCategory, CategoryStyle>> = {
  Pending: { label: 'Pending', fill: '#b8bfc9' },
  ContainerCreating: { label: 'ContainerCreating', fill: '#8ecae6' },
  Running: { label: 'Running', fill: '#2a9d8f' },
  NotReady: { label: 'Running, not ready', fill: '#9bd8c7' },
  Terminating: { label: 'Terminating', fill: '#f4a261' },
  Completed: { label: 'Completed', fill: '#3d5a80' },
  Error: { label: 'Error', fill: '#e63946' },
  CrashLoopBackOff: { label: 'CrashLoopBackOff', fill: '#8d0801' },
  Waiting: { label: 'ImagePull / other waiting', fill: '#ffb703' },
  Other: { label: 'Other', fill: '#7d6b91' },
};

/** When two states cover a pixel equally, the more alarming one is drawn. */
export const SEVERITY: Readonly<Record<StatusCategory, number>> = {
  Pending: 1,
  ContainerCreating: 2,
  Running: 0,
  NotReady: 3,
  Terminating: 4,
  Completed: 0,
  Error: 8,
  CrashLoopBackOff: 9,
  Waiting: 6,
  Other: 5,
};

const WAITING = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError', 'SchedulingGated']);

/** The category of a pod summary from the history. */
export function categorize(pod: Pick<PodSummary, 'status' | 'ready'>): StatusCategory {
  const s = pod.status;
  if (s === 'Running') return readyAll(pod.ready) ? 'Running' : 'NotReady';
  if (s === 'Pending' || s === 'Completed' || s === 'Error' || s === 'CrashLoopBackOff' || s === 'Terminating' || s === 'ContainerCreating') return s;
  if (s === 'PodInitializing' || s.startsWith('Init:')) return s.startsWith('Init:') && /Error|CrashLoopBackOff|ExitCode|Signal/.test(s) ? 'Error' : 'ContainerCreating';
  if (WAITING.has(s)) return 'Waiting';
  if (s === 'OOMKilled' || s.startsWith('ExitCode:') || s.startsWith('Signal:') || s === 'ContainerCannotRun' || s === 'Failed') return 'Error';
  if (s === 'Succeeded') return 'Completed';
  return 'Other';
}

function readyAll(ready: string): boolean {
  const [have, want] = ready.split('/');
  return have === want;
}
