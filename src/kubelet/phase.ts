/**
 * The pod phase from its containers, as the kubelet computes it (getPhase): Pending until every
 * container has started once, Running while any runs or will restart, Succeeded when all exited
 * 0 for good, Failed when all stopped and one failed.
 */

export type ContainerPhase = 'waiting' | 'running' | 'terminated';

export interface ContainerFacts {
  readonly phase: ContainerPhase;
  /** Exit code, for a terminated container. */
  readonly exitCode?: number;
  /** Whether it ever ran (it has a last state or is running). */
  readonly hasRun: boolean;
}

export function podPhase(restartPolicy: string, containers: readonly ContainerFacts[]): 'Pending' | 'Running' | 'Succeeded' | 'Failed' {
  let pendingInitialization = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of containers) {
    if (c.phase === 'running') running++;
    else if (c.phase === 'terminated') {
      stopped++;
      if (c.exitCode === 0) succeeded++;
    } else if (c.hasRun) {
      // Waiting to restart after having run: counts as stopped.
      stopped++;
    } else {
      waiting++;
      pendingInitialization++;
    }
  }
  if (waiting > 0 && pendingInitialization > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (running === 0 && stopped > 0 && waiting === 0) {
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    // OnFailure: a failed container will restart.
    return 'Running';
  }
  return 'Pending';
}
