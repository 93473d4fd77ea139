/**
 * Resource arguments as kubectl's builder reads them: `pods`, `pods,rs`, `pod/x`, `pod x y`,
 * `all`, short names and groups, with kubectl's refusals for unknown types.
 */
import { ResourceType, RESOURCE_TYPES, resourceTypeByName } from '../api/kinds';
import { CommandError } from './errors';

export interface ResourceRequest {
  readonly type: ResourceType;
  /** Names asked for; empty means all (of the selector). */
  readonly names: string[];
}

export function typeByArg(arg: string): ResourceType {
  const t = resourceTypeByName(arg);
  if (!t) throw new CommandError(`the server doesn't have a resource type "${arg}"`);
  return t;
}

const ALL = () => RESOURCE_TYPES.filter((t) => t.inAll);

/** Turns `get` arguments into requests per type, in the order typed. */
export function parseResourceArgs(args: readonly string[]): ResourceRequest[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes('/'))) {
    const requests: ResourceRequest[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      if (slash < 0) throw new CommandError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
      const type = typeByArg(a.slice(0, slash));
      const name = a.slice(slash + 1);
      const existing = requests.find((r) => r.type === type);
      if (existing) existing.names.push(name);
      else requests.push({ type, names: [name] });
    }
    return requests;
  }
  const [typesArg, ...names] = args;
  const types: ResourceType[] = [];
  for (const part of typesArg.split(',')) {
    if (part === '') continue;
    if (part.toLowerCase() === 'all') types.push(...ALL());
    else types.push(typeByArg(part));
  }
  const unique = [...new Set(types)];
  if (names.length && unique.length > 1) throw new CommandError('you must specify only one resource');
  return unique.map((type) => ({ type, names: [...names] }));
}
