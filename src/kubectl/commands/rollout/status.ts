/**
 * `kubectl rollout status`: the message kubectl's status viewer prints for the object as it is.
 * kubectl would keep watching and print one message per change until done; the simulated
 * kubectl does not move the clock, so it prints the message for the current state and returns
 * (use a `within …` step to wait, then run it again).
 */
import { KubeObject } from '../../../api/types';
import { Command, CommandContext } from '../../context';
import { CommandError } from '../../errors';
import { REVISION } from '../../../controllers/deployment/annotations';
import { TARGET_FLAGS, groupKind, rolloutTargets } from './common';

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
    for (const obj of rolloutTargets(cc)) cc.out(rolloutVerdict(obj, revision).message);
  },
};
