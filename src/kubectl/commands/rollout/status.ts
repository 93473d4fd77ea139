/**
 * `kubectl rollout status`: the message kubectl's status viewer prints for the object, then, as
 * the real command watches, one more for every change of the object until the rollout is done
 * (rollout_status.go: UntilWithSync). The simulated clock moves while it watches. `--watch=false`
 * prints the message for the state as it is and returns; `--timeout` bounds the wait.
 */
import { KubeObject } from '../../../api/types';
import { Command, CommandContext } from '../../context';
import { CommandError } from '../../errors';
import { REVISION } from '../../../controllers/deployment/annotations';
import { TARGET_FLAGS, groupKind, rolloutTargets } from './common';
import { WatchHandler } from '../../../store/objects';
import { WEEK_MS, durationFlag, waitUntil } from '../../waiting';

interface Verdict {
  readonly message: string;
  readonly done: boolean;
}

function deploymentStatus(d: KubeObject, revision: number): Verdict {
  const name = JSON.stringify(d.metadata.name);
  if (revision > 0) {
    const current = Number(d.metadata.annotations?.[REVISION] ?? 0);
    if (current !== revision) throw new CommandError(`desired revision (${revision}) is different from the running revision (${current})`);
  }
  const s = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  const progressing = (s.conditions ?? []).find((c: any) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') throw new CommandError(`deployment ${name} exceeded its progress deadline`);
  const replicas = d.spec?.replicas;
  const updated = s.updatedReplicas ?? 0;
  if (replicas !== undefined && updated < replicas) {
    return { message: `Waiting for deployment ${name} rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
  }
  if ((s.replicas ?? 0) > updated) return { message: `Waiting for deployment ${name} rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
  if ((s.availableReplicas ?? 0) < updated) {
    return { message: `Waiting for deployment ${name} rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
  }
  return { message: `deployment ${name} successfully rolled out\n`, done: true };
}

function daemonSetStatus(ds: KubeObject): Verdict {
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate') throw new CommandError('rollout status is only available for RollingUpdate strategy type');
  const name = JSON.stringify(ds.metadata.name);
  const s = ds.status ?? {};
  if ((ds.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
  const desired = s.desiredNumberScheduled ?? 0;
  if ((s.updatedNumberScheduled ?? 0) < desired) {
    return { message: `Waiting for daemon set ${name} rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`, done: false };
  }
  if ((s.numberAvailable ?? 0) < desired) return { message: `Waiting for daemon set ${name} rollout to finish: ${s.numberAvailable ?? 0} of ${desired} updated pods are available...\n`, done: false };
  return { message: `daemon set ${name} successfully rolled out\n`, done: true };
}

export function rolloutVerdict(obj: KubeObject, revision: number): Verdict {
  switch (obj.kind) {
    case 'Deployment':
      return deploymentStatus(obj, revision);
    case 'DaemonSet':
      return daemonSetStatus(obj);
    default:
      throw new CommandError(`no status viewer has been implemented for ${groupKind(obj)}`);
  }
}

/** Prints the object's status, then watches it (the clock moving) until the rollout is done. */
function watchRollout(cc: CommandContext, obj: KubeObject, revision: number, watch: boolean, timeoutMs: number): void {
  const first = rolloutVerdict(obj, revision);
  cc.out(first.message);
  if (first.done || !watch) return;
  const { api, runtime } = cc.cluster;
  // Without --timeout kubectl would watch for ever; the simulation gives up after a week.
  const events: { type: string; obj: KubeObject }[] = [];
  const handler: WatchHandler = (type, o) => {
    if (o.metadata.namespace === obj.metadata.namespace && o.metadata.name === obj.metadata.name) events.push({ type, obj: o });
  };
  let failure: unknown;
  /** Each change heard prints a message, as each watch event does; true once it is over. */
  const heard = (): boolean => {
    for (let e = events.shift(); e; e = events.shift()) {
      if (e.type === 'DELETED') {
        failure = new CommandError('object has been deleted');
        return true;
      }
      try {
        const verdict = rolloutVerdict(e.obj, revision);
        cc.out(verdict.message);
        if (verdict.done) return true;
      } catch (err) {
        failure = err;
        return true;
      }
    }
    return false;
  };
  api.watch(obj.kind!, handler);
  try {
    const over = waitUntil(cc, runtime.now() + (timeoutMs > 0 ? timeoutMs : WEEK_MS), heard);
    if (failure) throw failure;
    if (!over) {
      throw new CommandError(timeoutMs > 0 ? 'timed out waiting for the condition' : 'the rollout was still not done after 7 days of simulated time; give rollout status a --timeout');
    }
  } finally {
    api.unwatch(obj.kind!, handler);
  }
}

export const rolloutStatusCommand: Command = {
  name: 'status',
  flags: [
    { name: 'watch', short: 'w', type: 'bool' },
    { name: 'revision', type: 'int' },
    { name: 'timeout', type: 'string' },
    ...TARGET_FLAGS,
  ],
  run(cc: CommandContext) {
    const revision = cc.flags.int('revision', 0);
    if (cc.args.length === 0) throw new CommandError('required resource not specified');
    if (revision < 0) throw new CommandError(`revision must be a positive integer: ${revision}`);
    const watch = cc.flags.bool('watch', true);
    const timeoutMs = durationFlag(cc, 'timeout', 0);
    for (const obj of rolloutTargets(cc)) watchRollout(cc, obj, revision, watch, timeoutMs);
  },
};
