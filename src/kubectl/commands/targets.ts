/**
 * The objects a mutating command acts on: `TYPE NAME...`, `TYPE/NAME...`, `-l selector`,
 * `--all`, as kubectl's resource builder resolves them.
 */
import { KubeObject } from '../../api/types';
import { apiErrors } from '../../api/status';
import { CommandContext } from '../context';
import { CommandError } from '../errors';
import { parseResourceArgs } from '../resources';
import { selectorFlag } from './get';

export interface Targets {
  readonly objects: KubeObject[];
  /** Whether objects were picked by selector or --all (so an empty result is not an error). */
  readonly bySelection: boolean;
}

export function resolveTargets(cc: CommandContext, args: readonly string[], command: string): Targets {
  if (args.length === 0) {
    throw new CommandError(`You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
  }
  const requests = parseResourceArgs(args);
  const selection = cc.flags.has('selector') || cc.flags.bool('all');
  const objects: KubeObject[] = [];
  for (const req of requests) {
    const t = req.type;
    const ns = t.namespaced ? cc.namespace : undefined;
    if (req.names.length) {
      if (selection && cc.flags.has('selector')) throw new CommandError('name cannot be provided when a selector is specified');
      for (const name of req.names) {
        const obj = cc.cluster.api.tryGet(t.kind, ns, name);
        if (obj) objects.push(obj);
        else if (!cc.flags.bool('ignore-not-found')) cc.fail(apiErrors.notFound(t.resource, t.group, name));
      }
    } else if (selection) {
      const selector = selectorFlag(cc, t);
      const all = cc.cluster.api.list(t.kind, ns);
      objects.push(...(selector ? all.filter((o) => selector.matches(o.metadata.labels)) : all));
    } else {
      throw new CommandError(`resource(s) were provided, but no name was specified`);
    }
  }
  void command;
  return { objects, bySelection: selection };
}
