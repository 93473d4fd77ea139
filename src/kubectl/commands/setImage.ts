/**
 * `kubectl set image TYPE NAME CONTAINER=IMAGE…` (also `*=IMAGE`): updates the images of the pod
 * template (or of a pod), containers and init containers alike; prints
 * `<kind>/<name> image updated`, and nothing when the image already was that one.
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
import { deepEqual } from '../../store/equal';
import { mustResourceType } from '../../api/kinds';

const FLAGS: FlagSpec[] = [
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'local', type: 'bool' },
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'record', type: 'bool' },
  { name: 'field-manager', type: 'string' },
];

/** `GetResourcesAndPairs`: resources first, then `name=value` pairs. */
export function resourcesAndPairs(args: readonly string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length) throw new CommandError(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

/** `UpdatePodSpecForObject`: where a kind keeps its pod spec. */
export function podSpecOf(obj: KubeObject): any {
  switch (obj.kind) {
    case 'Pod':
      return obj.spec;
    case 'CronJob':
      return obj.spec?.jobTemplate?.spec?.template?.spec;
    case 'Deployment':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'Job':
      return obj.spec?.template?.spec;
    default:
      return undefined;
  }
}

function setImages(containers: any[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      c.image = image;
      found = true;
    }
  }
  return found;
}

export const setImageCommand: Command = {
  name: 'image',
  flags: FLAGS,
  run(cc: CommandContext) {
    const { resources, pairs } = resourcesAndPairs(cc.args, 'image');
    const images = new Map<string, string>();
    for (const p of pairs) {
      const eq = p.indexOf('=');
      if (eq < 0) throw new CommandError(`invalid image format: ${JSON.stringify(p)}`);
      images.set(p.slice(0, eq), p.slice(eq + 1));
    }
    const problems: string[] = [];
    if (cc.flags.bool('all') && cc.flags.has('selector')) problems.push('cannot set --all and --selector at the same time');
    if (resources.length < 1) problems.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
    if (images.size < 1) problems.push('at least one image update is required');
    else if (images.size > 1 && images.has('*')) problems.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
    if (problems.length === 1) throw new CommandError(problems[0]);
    if (problems.length > 1) throw new CommandError(`[${problems.join(', ')}]`);
    const dryRun = dryRunFlag(cc);
    const errors: unknown[] = [];
    const { objects } = resolveTargets({ ...cc, fail: (e) => errors.push(e) }, resources, 'set image');
    for (const obj of objects) {
      const updated = clone(obj);
      const spec = podSpecOf(updated);
      if (!spec) {
        const t = mustResourceType(obj.kind!);
        errors.push(new CommandError(`error: ${t.resource}/${obj.metadata.name} the object is not a pod or does not have a pod template: *${t.storageVersion}.${t.kind}\n`));
        continue;
      }
      for (const [name, image] of images) {
        const inInit = setImages(spec.initContainers, name, image);
        const inMain = setImages(spec.containers, name, image);
        if (!inInit && !inMain) errors.push(new CommandError(`error: unable to find container named ${JSON.stringify(name)}`));
      }
      if (deepEqual(updated, obj)) continue;
      recordChangeCause(updated, cc, FLAGS);
      if (dryRun !== 'client') {
        try {
          cc.cluster.api.update(updated, { dryRun: dryRun === 'server' });
        } catch (e) {
          if (!(e instanceof StatusError)) throw e;
          errors.push(new CommandError(`failed to patch image update to pod template: ${e.message}`));
          continue;
        }
      }
      cc.out(`${objectName(obj)} image updated${dryRunSuffix(dryRun)}\n`);
    }
    for (const e of errors) cc.fail(e);
  },
};
