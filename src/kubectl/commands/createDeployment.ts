/**
 * `kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=P] [-- COMMAND ...]`:
 * a Deployment labelled and selecting `app=NAME`, one container per image named after the image
 * (path and tag dropped; `.` and `_` replaced and a random suffix added, as kubectl does).
 */
import { KubeObject, clone } from '../../api/types';
import { StatusError } from '../../api/status';
import { NAME_ALPHABET } from '../../store/names';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { shellWords } from '../args';
import { dryRunFlag, LAST_APPLIED } from './apply';
import { GENERATOR_FLAGS, printGenerated } from './generated';
import { sortedJSON } from '../../manifests/decode';

/** cobra's `ArgsLenAtDash`: how many arguments came before `--`, or -1. */
export function argsLenAtDash(cc: CommandContext): number {
  const words = shellWords(cc.line);
  const dash = words.indexOf('--');
  return dash < 0 ? -1 : cc.args.length - (words.length - dash - 1);
}

/** `NameFromCommandArgs`. */
export function nameFromArgs(cc: CommandContext): string {
  const atDash = argsLenAtDash(cc);
  const n = atDash < 0 ? cc.args.length : atDash;
  if (n !== 1) throw new CommandError(`exactly one NAME is required, got ${n}\nSee '${cc.path ?? 'kubectl create deployment'} -h' for help and examples`);
  return cc.args[0];
}

function containerName(image: string, cc: CommandContext): string {
  let name = image.slice(image.lastIndexOf('/') + 1);
  if (name.includes(':')) name = name.split(':')[0];
  if (name.includes('@')) name = name.split('@')[0];
  if (/[_.]/.test(name)) name = `${name.replace(/_/g, '-').replace(/\./g, '-')}-${cc.cluster.rng.string(5, NAME_ALPHABET)}`;
  return name;
}

export const createDeploymentCommand: Command = {
  name: 'deployment',
  aliases: ['deploy'],
  flags: [
    { name: 'image', type: 'strings' },
    { name: 'port', type: 'int' },
    { name: 'replicas', short: 'r', type: 'int' },
    ...GENERATOR_FLAGS,
  ],
  run(cc) {
    if (!cc.flags.has('image')) throw new CommandError('required flag(s) "image" not set');
    const name = nameFromArgs(cc);
    const images = cc.flags.strings('image');
    const atDash = argsLenAtDash(cc);
    const command = atDash >= 0 ? cc.args.slice(atDash) : cc.args.slice(1);
    if (images.length > 1 && command.length > 0) throw new CommandError('cannot specify multiple --image options and command');
    const labels = { app: name };
    const containers = images.map((image) => {
      const c: Record<string, unknown> = { image, name: containerName(image, cc), resources: {} };
      if (command.length) c.command = command;
      return c;
    });
    const port = cc.flags.int('port', -1);
    if (port >= 0 && containers.length) containers[0].ports = [{ containerPort: port }];
    const deploy: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { labels, name, ...(cc.namespaceGiven ? { namespace: cc.namespace } : {}) },
      spec: {
        replicas: cc.flags.int('replicas', 1),
        selector: { matchLabels: { ...labels } },
        strategy: {},
        template: { metadata: { labels: { ...labels } }, spec: { containers } },
      },
      status: {},
    };
    if (cc.flags.bool('save-config')) deploy.metadata.annotations = { [LAST_APPLIED]: sortedJSON(deploy) + '\n' };
    const dryRun = dryRunFlag(cc);
    let result = deploy;
    if (dryRun !== 'client') {
      const toCreate = clone(deploy);
      toCreate.metadata.namespace = cc.namespace;
      try {
        result = cc.cluster.api.create(toCreate, { dryRun: dryRun === 'server' });
      } catch (e) {
        if (e instanceof StatusError) throw new CommandError(`failed to create deployment: ${e.message}`);
        throw e;
      }
    }
    printGenerated(cc, result, dryRun);
  },
};
