/**
 * `kubectl describe (TYPE [NAME_PREFIX | -l label] | TYPE/NAME)`: resolves objects as kubectl's
 * resource builder does, describes each (pkg/describe), and falls back to describing every object
 * whose name starts with a lone NAME that does not exist (DescribeMatchingResources).
 */
import { KubeObject } from '../../api/types';
import { StatusError, apiErrors } from '../../api/status';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { parseResourceArgs, ResourceRequest } from '../resources';
import { describeObject } from '../describe';
import { selectorFlag } from './get';

/** The objects of one request, in the order kubectl visits them; missing names reported. */
function visit(cc: CommandContext, req: ResourceRequest, allNamespaces: boolean, notFound: StatusError[]): KubeObject[] {
  const { api } = cc.cluster;
  const t = req.type;
  if (req.names.length === 0) {
    const selector = selectorFlag(cc, t);
    const objects = api.list(t.kind, t.namespaced && !allNamespaces ? cc.namespace : undefined);
    return selector ? objects.filter((o) => selector.matches(o.metadata.labels)) : objects;
  }
  if (cc.flags.has('selector')) throw new CommandError('name cannot be provided when a selector is specified');
  if (t.namespaced && allNamespaces) throw new CommandError('a resource cannot be retrieved by name across all namespaces');
  const found: KubeObject[] = [];
  for (const name of req.names) {
    const obj = api.tryGet(t.kind, t.namespaced ? cc.namespace : undefined, name);
    if (obj) found.push(obj);
    else notFound.push(apiErrors.notFound(t.resource, t.group, name));
  }
  return found;
}

export const describeCommand: Command = {
  name: 'describe',
  flags: [
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'show-events', type: 'bool' },
    { name: 'chunk-size', type: 'int' },
  ],
  run(cc) {
    if (cc.args.length === 0) {
      throw new CommandError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n');
    }
    const allNamespaces = cc.flags.bool('all-namespaces');
    if (cc.flags.has('selector') && cc.args.some((a) => a.includes('/'))) {
      throw new CommandError('selectors and the all flag cannot be used when passing resource/name arguments');
    }
    const requests = parseResourceArgs(cc.args);
    const options = { now: cc.cluster.runtime.now(), showEvents: cc.flags.bool('show-events', true) };
    const describe = (obj: KubeObject) => describeObject(cc.cluster.api, obj, options);
    const notFound: StatusError[] = [];
    const objects = requests.flatMap((req) => visit(cc, req, allNamespaces, notFound));

    // `describe TYPE NAME` for a name that does not exist: every object whose name starts with it.
    if (notFound.length && cc.args.length === 2 && !cc.args[0].includes('/')) {
      const t = requests[0].type;
      const prefix = cc.args[1];
      const matching = cc.cluster.api.list(t.kind, t.namespaced ? cc.namespace : undefined).filter((o) => o.metadata.name!.startsWith(prefix));
      if (matching.length === 0) throw notFound[0];
      for (const obj of matching) cc.out(`${describe(obj)}\n`);
      return;
    }

    const texts: string[] = [];
    for (const obj of objects) {
      try {
        texts.push(describe(obj));
      } catch (e) {
        cc.fail(e);
      }
    }
    cc.out(texts.join('\n\n'));
    for (const e of notFound) cc.fail(e);
    if (objects.length === 0 && notFound.length === 0) {
      cc.err(allNamespaces ? 'No resources found\n' : `No resources found in ${cc.namespace} namespace.\n`);
    }
  },
};
