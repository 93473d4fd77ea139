/**
 * `kubectl rollout undo [--to-revision=N]`: a Deployment gets back the template (hash label
 * dropped) and annotations of the ReplicaSet of that revision — by default the one before the
 * newest; a DaemonSet the template kept in its ControllerRevision. `… rolled back`, or
 * `… skipped rollback (current template already matches revision N)`.
 */
import { KubeObject, clone } from '../../../api/types';
import { Command, CommandContext } from '../../context';
import { CommandError } from '../../errors';
import { objectName } from '../../output';
import { revisionOf, ANNOTATIONS_TO_SKIP } from '../../../controllers/deployment/annotations';
import { POD_TEMPLATE_HASH, equalIgnoreHash } from '../../../controllers/deployment/replicasets';
import { daemonSetPatch } from '../../../controllers/daemonset/history';
import { sortedJSON } from '../../../manifests/decode';
import { TARGET_FLAGS, controllerRevisions, deploymentReplicaSets, groupKind, rolloutTargets } from './common';
import { DryRun, dryRunFlag, dryRunSuffix } from '../apply';
import { describePodTemplate } from '../../describe/podTemplate';
import { PrefixWriter } from '../../describe/writer';

const notFound = (r: number) => new CommandError(`unable to find specified revision ${r} in history`);

/** `deploymentRevision`: the ReplicaSet of `toRevision`, or the second newest for 0. */
function deploymentRevision(cc: CommandContext, d: KubeObject, toRevision: number): KubeObject {
  let latest: { v: number; rs?: KubeObject } = { v: -1 };
  let previous: { v: number; rs?: KubeObject } = { v: -1 };
  for (const rs of deploymentReplicaSets(cc, d)) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision > 0) {
      if (v === toRevision) return rs;
      continue;
    }
    if (latest.v < v) {
      previous = latest;
      latest = { v, rs };
    } else if (previous.v < v) previous = { v, rs };
  }
  if (toRevision > 0) throw notFound(toRevision);
  if (!previous.rs) throw new CommandError(`no rollout history found for deployment ${JSON.stringify(d.metadata.name)}`);
  return previous.rs;
}

/** polymorphichelpers' printTemplate: the describe text of a template, tabs not laid out. */
function templateText(template: unknown): string {
  const w = new PrefixWriter();
  describePodTemplate(w, template);
  return w.raw();
}

function rollbackDeployment(cc: CommandContext, d: KubeObject, toRevision: number, dryRun: DryRun): string {
  const rs = deploymentRevision(cc, d, toRevision);
  // A client dry run shows the revision's template as is (hash label included).
  if (dryRun === 'client') return templateText(rs.spec?.template);
  if (d.spec?.paused) throw new CommandError("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  if (equalIgnoreHash(rs.spec?.template, d.spec?.template)) return `skipped rollback (current template already matches revision ${toRevision})`;
  const template = clone(rs.spec.template);
  if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH];
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries<string>(d.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries<string>(rs.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  cc.cluster.api.update({ ...d, metadata: { ...d.metadata, annotations }, spec: { ...d.spec, template } }, { dryRun: dryRun === 'server' });
  return 'rolled back';
}

function rollbackDaemonSet(cc: CommandContext, ds: KubeObject, toRevision: number, dryRun: DryRun): string {
  const history = controllerRevisions(cc, ds).sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  if (toRevision === 0 && history.length <= 1) throw new CommandError('no last revision to roll back to');
  const target = toRevision === 0 ? history[history.length - 2] : history.find((h) => h.revision === toRevision);
  if (!target) throw notFound(toRevision);
  if (dryRun === 'client') {
    const applied = clone(target.data?.spec?.template ?? {});
    delete applied.$patch;
    return `will roll back to ${templateText(applied)}`;
  }
  if (sortedJSON(daemonSetPatch(ds)) === sortedJSON(target.data)) return `skipped rollback (current template already matches revision ${toRevision})`;
  const template = clone(target.data?.spec?.template ?? {});
  delete template.$patch;
  cc.cluster.api.update({ ...ds, spec: { ...ds.spec, template } }, { dryRun: dryRun === 'server' });
  return 'rolled back';
}

export const rolloutUndoCommand: Command = {
  name: 'undo',
  flags: [
    { name: 'to-revision', type: 'int' },
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    ...TARGET_FLAGS,
  ],
  run(cc) {
    const toRevision = cc.flags.int('to-revision', 0);
    const dryRun = dryRunFlag(cc);
    for (const obj of rolloutTargets(cc)) {
      if (toRevision < 0) throw notFound(toRevision);
      let result: string;
      if (obj.kind === 'Deployment') result = rollbackDeployment(cc, obj, toRevision, dryRun);
      else if (obj.kind === 'DaemonSet') result = rollbackDaemonSet(cc, obj, toRevision, dryRun);
      else throw new CommandError(`no rollbacker has been implemented for ${JSON.stringify(groupKind(obj))}`);
      cc.out(`${objectName(obj)} ${result}${dryRunSuffix(dryRun)}\n`);
    }
  },
};
