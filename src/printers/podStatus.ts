/**
 * The READY, STATUS and RESTARTS cells of `kubectl get pods`, computed as the API server's
 * printer does (pkg/printers/internalversion printPod). Assertions about pod statuses read this
 * too, so "3 pods are Running" means what a user sees in the STATUS column.
 */
import { parseTime } from '../api/time';

export interface PodStatusCells {
  readonly ready: string;
  readonly status: string;
  readonly restarts: number;
  /** When the newest terminated container state finished, for "(5s ago)". */
  readonly lastRestartAt?: number;
}

/** An absent exit code or signal is Go's zero value, 0. */
function terminatedReason(t: any): string {
  if (t.reason) return t.reason;
  return t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode ?? 0}`;
}

/** The later of `at` and when the container's last terminated state finished. */
function laterFinish(at: number | undefined, cs: any): number | undefined {
  const finished = parseTime(cs.lastState?.terminated?.finishedAt);
  return finished !== undefined && (at === undefined || finished > at) ? finished : at;
}

const NO_SIDECARS: ReadonlySet<string> = new Set();

export function podStatusCells(pod: any): PodStatusCells {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const initContainers: any[] = spec.initContainers ?? [];
  const sidecars: ReadonlySet<string> = initContainers.length ? new Set(initContainers.filter((c) => c.restartPolicy === 'Always').map((c) => c.name)) : NO_SIDECARS;
  const total = (spec.containers?.length ?? 0) + sidecars.size;
  let readyCount = 0;
  let restarts = 0;
  let lastRestartAt: number | undefined;
  let reason: string = status.phase ?? '';
  if (status.reason) reason = status.reason;
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  let initializing = false;
  const initStatuses: any[] = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    restarts += cs.restartCount ?? 0;
    lastRestartAt = laterFinish(lastRestartAt, cs);
    const state = cs.state ?? {};
    if (state.terminated && (state.terminated.exitCode ?? 0) === 0) continue;
    if (sidecars.has(cs.name) && cs.started) {
      if (cs.ready) readyCount++;
      continue;
    }
    if (state.terminated) reason = `Init:${terminatedReason(state.terminated)}`;
    else if (state.waiting?.reason && state.waiting.reason !== 'PodInitializing') reason = `Init:${state.waiting.reason}`;
    else reason = `Init:${i}/${initContainers.length}`;
    initializing = true;
    break;
  }

  const initialized = (status.conditions ?? []).some((c: any) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    restarts = 0;
    lastRestartAt = undefined;
    for (const cs of initStatuses) {
      if (sidecars.has(cs.name)) {
        restarts += cs.restartCount ?? 0;
        lastRestartAt = laterFinish(lastRestartAt, cs);
      }
    }
    let hasRunning = false;
    const statuses: any[] = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      lastRestartAt = laterFinish(lastRestartAt, cs);
      const state = cs.state ?? {};
      if (state.waiting?.reason) reason = state.waiting.reason;
      else if (state.terminated) reason = terminatedReason(state.terminated);
      else if (cs.ready && state.running) {
        hasRunning = true;
        readyCount++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (status.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
      reason = podReady ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';

  return { ready: `${readyCount}/${total}`, status: reason, restarts, lastRestartAt };
}
