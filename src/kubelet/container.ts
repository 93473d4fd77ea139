/**
 * One container of a pod as the kubelet tracks it: its state (waiting, running, terminated), the
 * last terminated state, restarts, back-off and the process of the current run.
 */
import { TimerHandle } from '../sim/clock';
import { BackoffEntry } from './backoff';
import { ImageBehaviour } from './images';
import { ProbeSpec } from './probes';

export interface Terminated {
  readonly exitCode: number;
  readonly reason: string;
  readonly signal?: number;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly containerID: string;
}

export type State =
  | { readonly kind: 'waiting'; readonly reason: string; readonly message?: string }
  | { readonly kind: 'running'; readonly startedAt: number }
  | { readonly kind: 'terminated'; readonly terminated: Terminated };

export interface ProbeState {
  readonly spec: ProbeSpec;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  timer?: TimerHandle;
}

/** The process of one run: it ends by itself, by a signal, or with the node. */
export interface Run {
  readonly id: string;
  readonly startedAt: number;
  readonly behaviour: ImageBehaviour;
  readonly fails: boolean;
  requests: number;
  exitTimer?: TimerHandle;
  killTimer?: TimerHandle;
  /** SIGTERM was sent; probes are on hold. */
  stopping: boolean;
  /** Why it is being stopped: a failed liveness probe, or the pod's deletion. */
  stopReason?: 'liveness' | 'deletion';
  liveness?: ProbeState;
  readiness?: ProbeState;
  startup?: ProbeState;
  ready: boolean;
  /** The startup probe succeeded (or there is none): liveness and readiness probes run. */
  started: boolean;
  /** When the readiness worker was triggered (the container started): its ticks' phase. */
  readyPhase?: number;
  logs: string[];
}

export interface ContainerRecord {
  readonly spec: any;
  state: State;
  lastTerminated?: Terminated;
  restartCount: number;
  backoff?: BackoffEntry;
  run?: Run;
  /** Runs so far: the first start pays the image's start time, restarts do not. */
  runs: number;
  restartTimer?: TimerHandle;
  /**
   * The last tick each prober worker of the container probed at: a worker ticks once per period
   * whatever the runs, so a run started at the instant of a tick already probed waits for the next.
   */
  probedAt?: { liveness?: number; readiness?: number; startup?: number };
  /** Log lines of the previous run, for `kubectl logs --previous`. */
  previousLogs: readonly string[];
  /** The container status's `volumeMounts` (from the spec, which never changes): built at the first status write. */
  mountStatuses?: readonly any[];
}

export function isRunning(c: ContainerRecord): boolean {
  return c.state.kind === 'running';
}
