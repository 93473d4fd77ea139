/**
 * `kubectl api-resources`: the simulated API's resource types, each group in its preferred
 * version (`ServerPreferredResources`), sorted by group then name as kubectl sorts them, laid out
 * with the get table writer. `-o wide` adds VERBS and CATEGORIES; `-o name` prints `resource.group`.
 */
import { RESOURCE_TYPES, ResourceType, preferredApiVersion } from '../../api/kinds';
import { Command } from '../context';
import { CommandError } from '../errors';
import { formatTabbed, getTableWriter } from '../print/tabwriter';
import { ALL_CATEGORY } from '../resources';

interface ApiResource {
  readonly name: string;
  readonly shortNames: readonly string[];
  readonly group: string;
  readonly groupVersion: string;
  readonly namespaced: boolean;
  readonly kind: string;
  readonly verbs: readonly string[];
  readonly categories: readonly string[];
}

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** Namespaces cannot be deleted as a collection; every other simulated type has all the verbs. */
function verbsOf(t: ResourceType): string[] {
  return t.kind === 'Namespace' ? VERBS.filter((v) => v !== 'deletecollection') : VERBS;
}

/** One entry per group that serves the type in this release, in that group's preferred version. */
export function apiResources(minor: number): ApiResource[] {
  const list: ApiResource[] = [];
  for (const t of RESOURCE_TYPES) {
    for (const g of t.groups) {
      const groupVersion = preferredApiVersion({ ...t, groups: [g] }, minor);
      if (!groupVersion) continue;
      list.push({
        name: t.resource,
        shortNames: t.shortNames,
        group: g.group,
        groupVersion,
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: verbsOf(t),
        categories: ALL_CATEGORY.includes(t.kind) ? ['all'] : [],
      });
    }
  }
  return list;
}

/** sortableResource: by group (or name, or kind), then by name; stable. */
function sortResources(list: ApiResource[], sortBy: string): ApiResource[] {
  const key = (r: ApiResource) => (sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...list].sort((a, b) => cmp(key(a), key(b)) || cmp(a.name, b.name));
}

export const apiResourcesCommand: Command = {
  name: 'api-resources',
  flags: [
    { name: 'api-group', type: 'string' },
    { name: 'namespaced', type: 'bool' },
    { name: 'verbs', type: 'strings' },
    { name: 'sort-by', type: 'string' },
    { name: 'cached', type: 'bool' },
    { name: 'categories', type: 'strings' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'no-headers', type: 'bool' },
  ],
  run(cc) {
    if (cc.args.length) throw new CommandError(`unexpected arguments: [${cc.args.join(' ')}]\nSee 'kubectl api-resources -h' for help and examples`);
    const output = cc.flags.string('output');
    if (!['', 'wide', 'name'].includes(output)) {
      const known = ['json', 'yaml'].includes(output);
      throw new CommandError(known ? `the simulated kubectl prints api-resources as a table or names, not with -o ${output}` : `unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide,yaml`);
    }
    const sortBy = cc.flags.string('sort-by');
    if (!['', 'name', 'kind'].includes(sortBy)) throw new CommandError('--sort-by accepts only name or kind');
    const verbs = cc.flags.strings('verbs');
    const categories = cc.flags.strings('categories');
    const list = apiResources(cc.cluster.api.minor).filter(
      (r) =>
        (!cc.flags.has('api-group') || r.group === cc.flags.string('api-group')) &&
        (!cc.flags.has('namespaced') || r.namespaced === cc.flags.bool('namespaced')) &&
        verbs.every((v) => r.verbs.includes(v)) &&
        categories.every((c) => r.categories.includes(c)),
    );
    const sorted = sortResources(list, sortBy);
    if (output === 'name') {
      for (const r of sorted) cc.out(`${r.name}${r.group ? `.${r.group}` : ''}\n`);
      return;
    }
    const wide = output === 'wide';
    const lines: string[] = [];
    if (!cc.flags.bool('no-headers')) lines.push(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])].join('\t'));
    for (const r of sorted) {
      const cells = [r.name, r.shortNames.join(','), r.groupVersion, String(r.namespaced), r.kind];
      if (wide) cells.push(r.verbs.join(','), r.categories.join(','));
      lines.push(cells.join('\t'));
    }
    cc.out(formatTabbed(lines.map((l) => `${l}\n`).join(''), getTableWriter()));
  },
};
