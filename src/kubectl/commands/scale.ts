/**
 * `kubectl scale --replicas=N TYPE NAME…` (deployments, replica sets, replication controllers,
 * stateful sets): writes spec.replicas through the scale subresource, with the
 * `--current-replicas` and `--resource-version` preconditions, printing `<kind>/<name> scaled`.
 */
import { KubeObject, clone } from '../../api/types';
import { StatusError } from '../../api/status';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { FlagSpec } from '../args';
import { objectName } from '../output';
import { resolveTargets } from './targets';
import { dryRunFlag, dryRunSuffix } from './apply';
import { recordChangeCause } from '../record';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

const FLAGS: FlagSpec[] = [
  { name: 'replicas', type: 'int' },
  { name: 'current-replicas', type: 'int' },
  { name: 'resource-version', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'record', type: 'bool' },
  { name: 'timeout', type: 'string' },
];

/** The objects named, and the lookup errors kept for the end (the builder's ContinueOnError). */
function targets(cc: CommandContext): { objects: KubeObject[]; errors: unknown[] } {
  const errors: unknown[] = [];
  const { objects } = resolveTargets({ ...cc, fail: (e) => errors.push(e) }, cc.args, 'scale');
  return { objects, errors };
}

function scaleOne(cc: CommandContext, obj: KubeObject, replicas: number, serverDryRun: boolean): void {
  if (!SCALABLE.has(obj.kind!)) throw new StatusError('NotFound', 404, 'the server could not find the requested resource');
  const current = obj.spec?.replicas ?? 0;
  const expected = cc.flags.int('current-replicas', -1);
  if (expected !== -1 && expected !== current) throw new CommandError(`Expected replicas to be ${expected}, was ${current}`);
  const rv = cc.flags.string('resource-version');
  if (rv && rv !== obj.metadata.resourceVersion) throw new CommandError(`Expected resource version to be ${rv}, was ${obj.metadata.resourceVersion}`);
  const updated = clone(obj);
  updated.spec = { ...updated.spec, replicas };
  recordChangeCause(updated, cc, FLAGS);
  cc.cluster.api.update(updated, { dryRun: serverDryRun });
}

export const scaleCommand: Command = {
  name: 'scale',
  flags: FLAGS,
  run(cc) {
    if (!cc.flags.has('replicas')) throw new CommandError('required flag(s) "replicas" not set');
    const replicas = cc.flags.int('replicas', -1);
    if (replicas < 0) throw new CommandError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    if (cc.flags.int('current-replicas', -1) < -1) throw new CommandError('The --current-replicas must specify an integer of -1 or greater');
    const dryRun = dryRunFlag(cc);
    const { objects, errors } = targets(cc);
    if (cc.flags.has('resource-version') && objects.length > 1) throw new CommandError('cannot use --resource-version with multiple resources');
    if (objects.length === 0) {
      if (errors.length && errors[0] instanceof StatusError) throw new CommandError(`no objects passed to scale ${errors[0].message}`);
      throw new CommandError('no objects passed to scale');
    }
    for (const obj of objects) {
      if (dryRun !== 'client') scaleOne(cc, obj, replicas, dryRun === 'server');
      cc.out(`${objectName(obj)} scaled${dryRunSuffix(dryRun)}\n`);
    }
    for (const e of errors) cc.fail(e);
  },
};
