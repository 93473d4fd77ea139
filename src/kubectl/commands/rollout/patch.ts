/**
 * `kubectl rollout pause`, `resume` and `restart`: each changes the object (pause and resume
 * Deployments only; restart stamps `kubectl.kubernetes.io/restartedAt` on the pod template of a
 * Deployment, DaemonSet or StatefulSet) and prints `<kind>/<name> paused|resumed|restarted`;
 * a refusal reads `error: deployments.apps "web" is already paused`.
 */
import { KubeObject, clone } from '../../../api/types';
import { mustResourceType } from '../../../api/kinds';
import { rfc3339 } from '../../../api/time';
import { Command, CommandContext } from '../../context';
import { CommandError } from '../../errors';
import { objectName } from '../../output';
import { TARGET_FLAGS, resourceString, rolloutTargets } from './common';

/** Changes a copy of the object, or throws the reason it cannot. */
type Mutation = (obj: KubeObject, cc: CommandContext) => void;

const pause: Mutation = (obj) => {
  if (obj.kind !== 'Deployment') throw new Error('pausing is not supported');
  if (obj.spec.paused) throw new Error('is already paused');
  obj.spec.paused = true;
};

const resume: Mutation = (obj) => {
  if (obj.kind !== 'Deployment') throw new Error('resuming is not supported');
  if (!obj.spec.paused) throw new Error('is not paused');
  delete obj.spec.paused;
};

const restart: Mutation = (obj, cc) => {
  if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(obj.kind!)) throw new Error('restarting is not supported');
  if (obj.kind === 'Deployment' && obj.spec.paused) throw new Error("can't restart paused deployment (run rollout resume first)");
  const meta = (obj.spec.template.metadata ??= {});
  meta.annotations = { ...(meta.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': rfc3339(cc.cluster.runtime.now()) };
};

function patchCommand(name: string, done: string, mutate: Mutation): Command {
  return {
    name,
    flags: [
      ...TARGET_FLAGS,
      { name: 'field-manager', type: 'string' },
    ],
    run(cc) {
      const objects = rolloutTargets(cc);
      if (objects.length === 0) {
        cc.err(`No resources found in ${cc.namespace} namespace.\n`);
        return;
      }
      for (const obj of objects) {
        const changed = clone(obj);
        try {
          mutate(changed, cc);
        } catch (e) {
          cc.fail(new CommandError(`error: ${resourceString(mustResourceType(obj.kind!))} ${JSON.stringify(obj.metadata.name)} ${(e as Error).message}`));
          continue;
        }
        cc.cluster.api.update(changed);
        cc.out(`${objectName(obj)} ${done}\n`);
      }
    },
  };
}

export const rolloutPauseCommand = patchCommand('pause', 'paused', pause);
export const rolloutResumeCommand = patchCommand('resume', 'resumed', resume);
export const rolloutRestartCommand = patchCommand('restart', 'restarted', restart);
