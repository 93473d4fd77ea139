/**
 * `kubectl rollout history`: the revisions of a Deployment (its ReplicaSets) or DaemonSet (its
 * ControllerRevisions) with their change-cause, printed after the name as kubectl's name
 * printer does it (`deployment.apps/web ` then the table and an empty line).
 */
import { KubeObject } from '../../../api/types';
import { Command, CommandContext } from '../../context';
import { CommandError } from '../../errors';
import { objectName } from '../../output';
import { formatRows, describeWriter } from '../../print/tabwriter';
import { CHANGE_CAUSE } from '../../record';
import { revisionOf } from '../../../controllers/deployment/annotations';
import { TARGET_FLAGS, controllerRevisions, deploymentReplicaSets, groupKind, rolloutTargets } from './common';

/** Revision → change-cause of each revision of the object. */
export function revisionsOf(cc: CommandContext, obj: KubeObject): Map<number, KubeObject> {
  const out = new Map<number, KubeObject>();
  if (obj.kind === 'Deployment') {
    for (const rs of deploymentReplicaSets(cc, obj)) {
      const v = revisionOf(rs);
      if (v !== undefined) out.set(v, rs);
    }
  } else if (obj.kind === 'DaemonSet' || obj.kind === 'StatefulSet') {
    for (const h of controllerRevisions(cc, obj)) out.set(h.revision ?? 0, h);
  } else throw new CommandError(`no history viewer has been implemented for ${JSON.stringify(groupKind(obj))}`);
  return out;
}

function viewHistory(cc: CommandContext, obj: KubeObject): string {
  const revisions = revisionsOf(cc, obj);
  if (revisions.size === 0) return 'No rollout history found.';
  const rows = [['REVISION', 'CHANGE-CAUSE']];
  for (const r of [...revisions.keys()].sort((a, b) => a - b)) rows.push([String(r), revisions.get(r)!.metadata.annotations?.[CHANGE_CAUSE] || '<none>']);
  return formatRows(rows, describeWriter());
}

export const rolloutHistoryCommand: Command = {
  name: 'history',
  flags: [
    { name: 'revision', type: 'int' },
    ...TARGET_FLAGS,
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(cc) {
    const revision = cc.flags.int('revision', 0);
    if (revision < 0) throw new CommandError(`revision must be a positive integer: ${revision}`);
    for (const obj of rolloutTargets(cc)) {
      if (revision > 0) {
        if (!revisionsOf(cc, obj).has(revision)) throw new CommandError('unable to find the specified revision');
        // kubectl describes the revision's pod template here (a describer, not simulated).
        throw new CommandError('rollout history --revision: the pod template description is not available in the simulated kubectl');
      }
      cc.out(`${objectName(obj)} \n${viewHistory(cc, obj)}\n`);
    }
  },
};
