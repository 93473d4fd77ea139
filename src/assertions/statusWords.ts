/**
 * The words kubectl's STATUS column of pods can show (printers.go printPod: the phase, a pod
 * reason, a container's waiting or terminated reason, Terminating, NotReady, and the Init:,
 * Signal: and ExitCode: forms). An assertion on a word outside them can never hold, so a typo
 * ("Runing") is refused at once instead of passing as "0 pods are Runing".
 */
import { levenshtein } from '../kubectl/suggest';

const KNOWN: readonly string[] = [
  // phases
  'Pending', 'Running', 'Succeeded', 'Failed', 'Unknown',
  // printPod's own
  'Terminating', 'NotReady', 'SchedulingGated', 'Completed',
  // container waiting reasons (kubelet)
  'ContainerCreating', 'PodInitializing', 'CrashLoopBackOff', 'ErrImagePull', 'ImagePullBackOff', 'ErrImageNeverPull',
  'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'PreStartHookError', 'PostStartHookError',
  'RunContainerError', 'StartError', 'ContainerStatusUnknown',
  // container terminated reasons
  'Error', 'OOMKilled', 'ContainerCannotRun', 'DeadlineExceeded',
  // pod reasons (eviction, admission, shutdown)
  'Evicted', 'NodeAffinity', 'NodeLost', 'Shutdown', 'Terminated', 'UnexpectedAdmissionError', 'OutOfcpu', 'OutOfmemory', 'OutOfpods',
];

const FORMS = /^(Init:.+|Signal:\d+|ExitCode:\d+)$/;

/** Throws when `word` is not a STATUS kubectl shows for a pod, suggesting the closest one. */
export function assertPodStatusWord(word: string): void {
  if (KNOWN.includes(word) || FORMS.test(word)) return;
  const closest = [...KNOWN].sort((a, b) => levenshtein(word, a) - levenshtein(word, b))[0];
  const hint = levenshtein(word, closest) <= 3 ? ` Did you mean "${closest}"?` : '';
  throw new Error(`"${word}" is not a pod STATUS kubectl shows.${hint} Known: ${KNOWN.join(', ')}, Init:…, Signal:N, ExitCode:N`);
}
