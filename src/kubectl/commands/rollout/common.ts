/** What the `kubectl rollout` sub-commands share: their targets and the kinds' histories. */
import { KubeObject } from '../../../api/types';
import { ResourceType, mustResourceType } from '../../../api/kinds';
import { labelSelectorAsSelector } from '../../../labels';
import { CommandContext } from '../../context';
import { CommandError } from '../../errors';
import { resolveTargets } from '../targets';
import { FlagSpec } from '../../args';

/** How every rollout sub-command may pick its objects besides `TYPE NAME`. */
export const TARGET_FLAGS: readonly FlagSpec[] = [
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
];

/** `deployments.apps`, as the rollout errors name a resource. */
export function resourceString(t: ResourceType): string {
  return t.group ? `${t.resource}.${t.group}` : t.resource;
}

/** `Kind.group` (schema.GroupKind's String), as "not implemented" errors name a kind. */
export function groupKind(obj: KubeObject): string {
  const t = mustResourceType(obj.kind!);
  return t.group ? `${t.kind}.${t.group}` : t.kind;
}

/** The objects of `TYPE NAME`, `TYPE/NAME` or `TYPE -l …`; "required resource not specified" without. */
export function rolloutTargets(cc: CommandContext): KubeObject[] {
  if (cc.args.length === 0) throw new CommandError('required resource not specified');
  return resolveTargets(cc, cc.args, 'rollout').objects;
}

function controlledMatching(cc: CommandContext, kind: string, owner: KubeObject): KubeObject[] {
  let selector;
  try {
    selector = labelSelectorAsSelector(owner.spec?.selector);
  } catch {
    return [];
  }
  return cc.cluster.api
    .list(kind, owner.metadata.namespace)
    .filter((o) => selector.matches(o.metadata.labels) && (o.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === owner.metadata.uid));
}

/** `deploymentutil.GetAllReplicaSets`: the ReplicaSets a Deployment selects and controls. */
export function deploymentReplicaSets(cc: CommandContext, d: KubeObject): KubeObject[] {
  return controlledMatching(cc, 'ReplicaSet', d);
}

/** `controlledHistory`: the ControllerRevisions a DaemonSet (or StatefulSet) selects and controls. */
export function controllerRevisions(cc: CommandContext, owner: KubeObject): KubeObject[] {
  return controlledMatching(cc, 'ControllerRevision', owner);
}
