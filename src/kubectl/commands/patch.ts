/**
 * `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`: the patch is read as YAML or
 * JSON, applied by the API server, and the object reported `patched` or `patched (no change)`.
 */
import { parse as parseYaml } from 'yaml';
import { KubeObject } from '../../api/types';
import { apiErrors } from '../../api/status';
import { deepEqual } from '../../store/equal';
import { Command } from '../context';
import { CommandError } from '../errors';
import { objectName } from '../output';
import { PatchError, jsonPatch, mergePatch, strategicMergePatch } from '../patch';
import { dryRunFlag, dryRunSuffix, readSource } from './apply';
import { resolveTargets } from './targets';

const PATCH_TYPES = ['json', 'merge', 'strategic'];

function apply(type: string, obj: KubeObject, patch: unknown): KubeObject {
  try {
    if (type === 'json') return jsonPatch(obj, patch) as KubeObject;
    if (type === 'merge') return mergePatch(obj, patch) as KubeObject;
    return strategicMergePatch(obj, patch) as KubeObject;
  } catch (e) {
    if (!(e instanceof PatchError)) throw e;
    throw type === 'json' ? apiErrors.badRequest(e.message) : e;
  }
}

export const patchCommand: Command = {
  name: 'patch',
  flags: [
    { name: 'patch', short: 'p', type: 'string' },
    { name: 'patch-file', type: 'string' },
    { name: 'type', type: 'string' },
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'local', type: 'bool' },
    { name: 'subresource', type: 'string' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'record', type: 'bool' },
  ],
  run(cc) {
    const text = cc.flags.string('patch');
    const file = cc.flags.string('patch-file');
    if (text && file) throw new CommandError('cannot specify --patch and --patch-file together');
    if (!text && !file) throw new CommandError('must specify --patch or --patch-file containing the contents of the patch');
    const type = cc.flags.string('type', 'strategic');
    if (!PATCH_TYPES.includes(type.toLowerCase())) throw new CommandError(`--type must be one of [${PATCH_TYPES.join(' ')}], not ${JSON.stringify(type)}`);
    const source = file ? readSource(cc, file) : text;
    let patch: unknown;
    try {
      patch = parseYaml(source);
    } catch (e) {
      throw new CommandError(`unable to parse ${JSON.stringify(text)}: error converting YAML to JSON: yaml: ${(e as Error).message.split('\n')[0]}`);
    }
    const dryRun = dryRunFlag(cc);
    const { objects } = resolveTargets(cc, cc.args, 'patch');
    for (const obj of objects) {
      try {
        const patched = apply(type.toLowerCase(), obj, patch);
        let changed = !deepEqual(patched, obj);
        if (changed && dryRun !== 'client') {
          // The server decides: a patch of fields it keeps (the status) changes nothing.
          const result = cc.cluster.api.update(patched, { dryRun: dryRun === 'server' });
          changed = dryRun === 'server' ? !deepEqual(result, obj) : result.metadata.resourceVersion !== obj.metadata.resourceVersion;
        }
        cc.out(`${objectName(obj)} patched${changed ? '' : ' (no change)'}${dryRunSuffix(dryRun)}\n`);
      } catch (e) {
        if (e instanceof PatchError) cc.fail(new CommandError(e.message));
        else cc.fail(e);
      }
    }
  },
};
