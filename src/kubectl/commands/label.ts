/**
 * `kubectl label` and `kubectl annotate`: `key=value` sets, `key-` removes, `--overwrite` to
 * change a value, on named objects or those picked by `-l`/`--all`; kubectl's messages.
 */
import { KubeObject, clone } from '../../api/types';
import { validateLabelValue } from '../../labels';
import { setOwn } from '../../util/own';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { objectName } from '../output';
import { resolveTargets } from './targets';
import { dryRunFlag, dryRunSuffix } from './apply';

interface Changes {
  readonly set: Map<string, string>;
  readonly remove: string[];
}

function splitPairs(args: readonly string[]): { resources: string[]; pairs: string[] } {
  const i = args.findIndex((a) => a.includes('=') || a.endsWith('-'));
  return i < 0 ? { resources: [...args], pairs: [] } : { resources: args.slice(0, i), pairs: args.slice(i) };
}

function parseChanges(pairs: readonly string[], what: 'label' | 'annotation'): Changes {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of pairs) {
    if (spec.includes('=')) {
      const eq = spec.indexOf('=');
      if (what === 'label') {
        const parts = spec.split('=');
        if (parts.length !== 2) throw new CommandError(`invalid label spec: ${spec}`);
        const errs = validateLabelValue(parts[1]);
        if (errs.length) throw new CommandError(`invalid label value: ${JSON.stringify(spec)}: ${errs.join(';')}`);
        set.set(parts[0], parts[1]);
      } else {
        set.set(spec.slice(0, eq), spec.slice(eq + 1));
      }
    } else if (spec.endsWith('-')) {
      remove.push(spec.slice(0, -1));
    } else {
      throw new CommandError(`unknown ${what} spec: ${spec}`);
    }
  }
  for (const k of remove) {
    if (set.has(k)) throw new CommandError(`can not both modify and remove ${what === 'label' ? 'a label' : 'an annotation'} in the same command`);
  }
  return { set, remove };
}

function metadataCommand(name: 'label' | 'annotate'): Command {
  const field = name === 'label' ? 'labels' : 'annotations';
  const what = name === 'label' ? 'label' : 'annotation';
  return {
    name,
    flags: [
      { name: 'overwrite', type: 'bool' },
      { name: 'selector', short: 'l', type: 'string' },
      { name: 'all', type: 'bool' },
      { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
      { name: 'list', type: 'bool' },
      { name: 'output', short: 'o', type: 'string' },
      { name: 'resource-version', type: 'string' },
      { name: 'filename', short: 'f', type: 'strings' },
      { name: 'all-namespaces', short: 'A', type: 'bool' },
    ],
    run(cc: CommandContext) {
      const { resources, pairs } = splitPairs(cc.args);
      const list = name === 'label' && cc.flags.bool('list');
      if (pairs.length === 0 && !list) throw new CommandError(`at least one ${what} update is required`);
      const changes = parseChanges(pairs, what);
      const overwrite = cc.flags.bool('overwrite');
      const dryRun = dryRunFlag(cc);
      const { objects, bySelection } = resolveTargets(cc, resources, name);
      if (objects.length === 0 && bySelection) {
        cc.out('No resources found\n');
        return;
      }
      for (const obj of objects) {
        try {
          if (list) {
            for (const [k, v] of Object.entries(obj.metadata.labels ?? {}).sort()) cc.out(`${k}=${v}\n`);
            continue;
          }
          const current: Record<string, string> = { ...((obj.metadata as any)[field] ?? {}) };
          if (!overwrite) {
            const clashes = [...changes.set].filter(([k, v]) => Object.hasOwn(current, k) && current[k] !== v);
            if (clashes.length) {
              if (name === 'label') {
                const [k] = clashes[0];
                throw new CommandError(`'${k}' already has a value (${current[k]}), and --overwrite is false`);
              }
              throw new CommandError(
                `--overwrite is false but found the following declared annotation(s): ${clashes.map(([k]) => `'${k}' already has a value (${current[k]})`).join('; ')}`,
              );
            }
          }
          for (const k of changes.remove) {
            // Only the request path says so; a client dry run removes silently.
            if (!Object.hasOwn(current, k) && dryRun !== 'client' && name === 'label') cc.out(`${what} "${k}" not found.\n`);
            delete current[k];
          }
          for (const [k, v] of changes.set) setOwn(current, k, v);
          const updated = clone(obj);
          (updated.metadata as any)[field] = Object.keys(current).length ? current : undefined;
          if (!(updated.metadata as any)[field]) delete (updated.metadata as any)[field];
          const before = JSON.stringify(obj.metadata[field] ?? {});
          const after = JSON.stringify(current);
          if (dryRun !== 'client' && before !== after) cc.cluster.api.update(updated, { dryRun: dryRun === 'server' });
          let msg: string;
          if (name === 'annotate') msg = 'annotated';
          else if (before === after) msg = 'not labeled';
          else msg = !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
          cc.out(`${objectName(obj)} ${msg}${dryRunSuffix(dryRun)}\n`);
        } catch (e) {
          cc.fail(e);
        }
      }
    },
  };
}

export const labelCommand = metadataCommand('label');
export const annotateCommand = metadataCommand('annotate');
export type { KubeObject };
