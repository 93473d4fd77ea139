/**
 * The objects a mutating command acts on: `TYPE NAME...`, `TYPE/NAME...`, `-l selector`,
 * `--all`, as kubectl's resource builder resolves them.
 */
import { KubeObject } from '../../api/types';
import { apiErrors } from '../../api/status';
import { CommandContext } from '../context';
import { CommandError } from '../errors';
import { namedByTuples, parseResourceArgs } from '../resources';
import { selectorFlag } from './get';
import { readSource } from './apply';
import { parseManifests } from '../../manifests/parse';
import { resolveType } from '../../manifests/decode';

export interface Targets {
  readonly objects: KubeObject[];
  /** Whether objects were picked by selector or --all (so an empty result is not an error). */
  readonly bySelection: boolean;
}

/**
 * The live objects of the manifests named with `-f` (visitByPaths, then Latest): one per
 * document, in the file's namespace or the command's; a missing one is a NotFound error.
 */
export function objectsFromFiles(cc: CommandContext, errors: { fail(e: unknown): void }): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const f of cc.flags.strings('filename')) {
    for (const doc of parseManifests(readSource(cc, f), f)) {
      const t = resolveType(doc.object, f, cc.cluster.api.minor);
      const ns = t.namespaced ? doc.object.metadata?.namespace || cc.namespace : undefined;
      const obj = cc.cluster.api.tryGet(t.kind, ns, doc.object.metadata?.name ?? '');
      if (obj) objects.push(obj);
      else errors.fail(apiErrors.notFound(t.resource, t.group, doc.object.metadata?.name ?? ''));
    }
  }
  return objects;
}

export function resolveTargets(cc: CommandContext, args: readonly string[], command: string): Targets {
  if (cc.flags.strings('filename').length) {
    if (args.length) throw new CommandError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    return { objects: objectsFromFiles(cc, cc), bySelection: false };
  }
  if (args.length === 0) {
    throw new CommandError(`You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
  }
  const requests = parseResourceArgs(args);
  const selection = cc.flags.string('selector').trim() !== '' || cc.flags.bool('all');
  if (selection && requests.some((r) => r.names.length)) {
    throw new CommandError(namedByTuples(args) ? 'selectors and the all flag cannot be used when passing resource/name arguments' : 'name cannot be provided when a selector is specified');
  }
  const allNamespaces = cc.flags.bool('all-namespaces');
  if (allNamespaces && requests.some((r) => r.names.length && r.type.namespaced)) throw new CommandError('a resource cannot be retrieved by name across all namespaces');
  const objects: KubeObject[] = [];
  for (const req of requests) {
    const t = req.type;
    const ns = t.namespaced ? cc.namespace : undefined;
    if (req.names.length) {
      for (const name of req.names) {
        const obj = cc.cluster.api.tryGet(t.kind, ns, name);
        if (obj) objects.push(obj);
        else if (!cc.flags.bool('ignore-not-found')) cc.fail(apiErrors.notFound(t.resource, t.group, name));
      }
    } else if (selection) {
      const selector = selectorFlag(cc, t);
      const all = cc.cluster.api.list(t.kind, allNamespaces ? undefined : ns);
      objects.push(...(selector ? all.filter((o) => selector.matches(o.metadata.labels)) : all));
    } else {
      throw new CommandError(`resource(s) were provided, but no name was specified`);
    }
  }
  void command;
  return { objects, bySelection: selection };
}
