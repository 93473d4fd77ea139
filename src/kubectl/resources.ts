/**
 * Resource arguments as cli-runtime's builder reads them (`ResourceTypeOrNameArgs`): `pods`,
 * `pods,rs`, `pod/x`, `pod x y`, `pods,svc x` (every type with every name), `all`, short names
 * and groups, with the builder's refusals word for word.
 */
import { ResourceType, resourceTypeByName, resourceTypeOfKind } from '../api/kinds';
import { CommandError } from './errors';

/** One type, and the names asked for in one run of the arguments (none: all that match). */
export interface ResourceRequest {
  readonly type: ResourceType;
  readonly names: string[];
}

/**
 * The `all` category in discovery order: the core group's resources alphabetically, then apps,
 * autoscaling and batch (the API server's group priorities), each group's resources alphabetically.
 */
export const ALL_CATEGORY: readonly string[] = [
  'Pod', 'ReplicationController', 'Service',
  'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet',
  'HorizontalPodAutoscaler',
  'CronJob', 'Job',
];

export function typeByArg(arg: string): ResourceType {
  const t = resourceTypeByName(arg);
  if (!t) throw new CommandError(`the server doesn't have a resource type ${JSON.stringify(arg)}`);
  return t;
}

/** `SplitResourceArgument`: comma-separated, first occurrence kept. */
function splitTypes(arg: string): string[] {
  return [...new Set(arg.split(','))];
}

/** `resource.group`, as the category expander spells a type. */
function qualified(kind: string): string {
  const t = resourceTypeOfKind(kind)!;
  return t.group ? `${t.resource}.${t.group}` : t.resource;
}

/** `ReplaceAliases`: `all` stands for the types of its category. */
function expandCategories(arg: string): string {
  return arg
    .split(',')
    .map((a) => (a === 'all' ? ALL_CATEGORY.map(qualified).join(',') : a))
    .join(',');
}

/** `normalizeMultipleResourcesArgs`: `a,b x y` becomes `a/x a/y b/x b/y`. */
function normalize(args: readonly string[]): string[] {
  if (args.length < 2) return [...args];
  const types = splitTypes(args[0]);
  if (types.length < 2) return [...args];
  return types.flatMap((t) => args.slice(1).map((n) => `${t}/${n}`));
}

function tuple(arg: string): { resource: string; name: string } {
  const parts = arg.split('/');
  if (parts.length !== 2) throw new CommandError('arguments in resource/name form may not have more than one slash');
  const [resource, name] = parts;
  if (!resource || !name || splitTypes(resource).length !== 1) throw new CommandError('arguments in resource/name form must have a single resource and name');
  return { resource, name };
}

/**
 * Turns the arguments of `get`, `delete`, `label`… into requests, in the order kubectl visits
 * them: `type/name` arguments one by one (consecutive ones of a type together), else each type
 * (deduplicated) with the names given.
 */
export function parseResourceArgs(args: readonly string[]): ResourceRequest[] {
  const normalized = normalize(args);
  const slashed = normalized.filter((a) => a.includes('/')).length;
  if (slashed > 0 && slashed !== normalized.length) {
    throw new CommandError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
  }
  if (slashed > 0) {
    const tuples = normalized.map(tuple);
    const types = new Map(tuples.map((t) => [t.resource, typeByArg(t.resource)]));
    const requests: { type: ResourceType; names: string[] }[] = [];
    for (const { resource, name } of tuples) {
      const type = types.get(resource)!;
      const last = requests[requests.length - 1];
      if (last && last.type === type) last.names.push(name);
      else requests.push({ type, names: [name] });
    }
    return requests;
  }
  if (normalized.length === 0) return [];
  const [typesArg, ...names] = normalized;
  const types: ResourceType[] = [];
  for (const part of splitTypes(expandCategories(typesArg))) {
    const t = typeByArg(part);
    // Two spellings of one type (`po,pods`) map to it once.
    if (!types.includes(t)) types.push(t);
  }
  if (names.length && types.length > 1) throw new CommandError('you must specify only one resource');
  return types.map((type) => ({ type, names: [...names] }));
}

/** Whether the arguments name objects as `type/name` (after `a,b x` became `a/x b/x`). */
export function namedByTuples(args: readonly string[]): boolean {
  return normalize(args).some((a) => a.includes('/'));
}
