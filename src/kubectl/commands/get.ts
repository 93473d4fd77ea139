/**
 * `kubectl get`: tables laid out as kubectl does from the server's cells (`-o wide`, `-L`,
 * `--show-labels`, `-A`, several kinds at once), or the objects as `-o name|yaml|json`.
 */
import { KubeObject } from '../../api/types';
import { StatusError, apiErrors } from '../../api/status';
import { ResourceType } from '../../api/kinds';
import { parseSelector, Selector } from '../../labels';
import { serverTable } from '../../printers/tables';
import { printTable, joinKindGroups } from '../print/table';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { namedByTuples, parseResourceArgs, ResourceRequest } from '../resources';
import { objectName, objectsToJson, objectsToYaml, sortKeys } from '../output';
import { renderTemplate } from '../print/jsonpath';
import { customColumns, sortByPath } from '../print/customColumns';
import { kindWithGroup } from '../../api/kinds';
import { FieldSelector, parseFieldSelector } from '../../api/fieldSelector';
import { warnAbout } from '../warnings';
import { objectsFromFiles } from './targets';
import { mustResourceType } from '../../api/kinds';

const OUTPUTS = ['wide', 'yaml', 'json', 'name', 'jsonpath', 'custom-columns'];

export function gvrString(t: ResourceType): string {
  return `${t.group}/${t.storageVersion}, Resource=${t.resource}`;
}

/** Parses `-l` as the API server does, with kubectl's wording of a refusal. */
export function selectorFlag(cc: CommandContext, t: ResourceType): Selector | undefined {
  const text = cc.flags.string('selector');
  if (!cc.flags.has('selector')) return undefined;
  try {
    return parseSelector(text);
  } catch (e) {
    const fields = cc.flags.has('field-selector') ? cc.flags.string('field-selector') : '';
    throw apiErrors.badRequest(`Unable to find ${JSON.stringify(gvrString(t))} that match label selector ${JSON.stringify(text)}, field selector ${JSON.stringify(fields)}: ${(e as Error).message}`);
  }
}

/**
 * The objects of a request: the named ones (a missing one becomes an error, kept for the end as
 * the builder's ContinueOnError does), or all that the selectors match.
 */
export function fetchObjects(cc: CommandContext, req: ResourceRequest, allNamespaces: boolean, errors: unknown[]): KubeObject[] {
  const { api } = cc.cluster;
  const t = req.type;
  const ns = t.namespaced ? cc.namespace : undefined;
  warnAbout(cc, t.kind);
  if (req.names.length) {
    const found: KubeObject[] = [];
    for (const name of req.names) {
      const obj = api.tryGet(t.kind, ns, name);
      if (obj) found.push(obj);
      else if (!cc.flags.bool('ignore-not-found')) errors.push(apiErrors.notFound(t.resource, t.group, name));
    }
    return found;
  }
  const selector = selectorFlag(cc, t);
  const fields = fieldSelectorFlag(cc, t);
  let objects = api.list(t.kind, t.namespaced && !allNamespaces ? cc.namespace : undefined);
  if (selector) objects = objects.filter((o) => selector.matches(o.metadata.labels));
  if (fields) objects = objects.filter((o) => fields.matches(o));
  return objects;
}

/**
 * The builder's refusals of a combination of names, selectors and `-A` (visitBySelector,
 * visitByName, visitByResource), before anything is fetched.
 */
export function checkNamedRequests(cc: CommandContext, requests: readonly ResourceRequest[], allNamespaces: boolean): void {
  const named = requests.some((r) => r.names.length > 0);
  if (!named) return;
  if (cc.flags.string('selector').trim() !== '' || cc.flags.string('field-selector').trim() !== '') {
    throw new CommandError(namedByTuples(cc.args) ? 'selectors and the all flag cannot be used when passing resource/name arguments' : 'name cannot be provided when a selector is specified');
  }
  if (allNamespaces && requests.some((r) => r.names.length > 0 && r.type.namespaced)) {
    throw new CommandError('a resource cannot be retrieved by name across all namespaces');
  }
}

/** Parses `--field-selector` as the API server does, with kubectl's wording of a refusal. */
export function fieldSelectorFlag(cc: CommandContext, t: ResourceType): FieldSelector | undefined {
  if (!cc.flags.has('field-selector')) return undefined;
  const text = cc.flags.string('field-selector');
  try {
    return parseFieldSelector(text, t.kind);
  } catch (e) {
    const label = cc.flags.has('selector') ? cc.flags.string('selector') : '';
    throw apiErrors.badRequest(`Unable to find ${JSON.stringify(gvrString(t))} that match label selector ${JSON.stringify(label)}, field selector ${JSON.stringify(text)}: ${(e as Error).message}`);
  }
}

export const getCommand: Command = {
  name: 'get',
  flags: [
    { name: 'output', short: 'o', type: 'string' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'label-columns', short: 'L', type: 'strings' },
    { name: 'show-labels', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'show-kind', type: 'bool' },
    { name: 'watch', short: 'w', type: 'bool' },
    { name: 'chunk-size', type: 'int' },
    { name: 'sort-by', type: 'string' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'recursive', short: 'R', type: 'bool' },
    // The simulated API server keeps no field managers, so there are none to show.
    { name: 'show-managed-fields', type: 'bool' },
  ],
  run(cc) {
    if (cc.args.length === 0 && !cc.flags.has('filename')) {
      cc.err('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
      throw new CommandError(
        'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples',
      );
    }
    if (cc.flags.bool('watch')) throw new CommandError('watching is not supported by the simulated kubectl: use a "within" or "for" assertion instead');
    const outputFlag = cc.flags.string('output');
    const eq = outputFlag.indexOf('=');
    const output = eq < 0 ? outputFlag : outputFlag.slice(0, eq);
    const template = eq < 0 ? '' : outputFlag.slice(eq + 1);
    if (output && !OUTPUTS.includes(output)) {
      throw new CommandError(`unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
    }
    if (output === 'custom-columns' && !template) throw new CommandError('custom-columns format specified but no custom columns given');
    if (cc.flags.bool('show-labels') && output && output !== 'wide') throw new CommandError(`--show-labels option cannot be used with ${output} printer`);
    const allNamespaces = cc.flags.bool('all-namespaces');
    const errors: unknown[] = [];
    const { requests, results, single } = cc.flags.strings('filename').length ? fromFiles(cc, errors) : fromArgs(cc, allNamespaces, errors);
    // What could not be fetched is reported after what could, as kubectl's aggregate error is.
    const reportErrors = () => errors.forEach((e) => cc.fail(e));
    if (cc.flags.has('sort-by')) for (const r of results) r.objects = sortByPath(r.objects, cc.flags.string('sort-by'));
    const all = results.flatMap((r) => r.objects);
    if (output && output !== 'wide') {
      // printGeneric: a lone named object that failed is only an error.
      if (single && errors.length) return reportErrors();
      if (all.length === 0 && cc.flags.bool('ignore-not-found')) return reportErrors();
      printGeneric(cc, output, template, all, single);
      return reportErrors();
    }
    const now = cc.cluster.runtime.now();
    const infos = tableInfos(results);
    const several = new Set(infos.map((r) => r.req.type)).size > 1 || cc.flags.bool('show-kind');
    const groups: string[] = [];
    for (const { req, objects } of infos) {
      if (objects.length === 0) continue;
      const table = serverTable(req.type.kind, objects, now);
      groups.push(
        printTable(table, {
          wide: output === 'wide',
          showLabels: cc.flags.bool('show-labels'),
          labelColumns: cc.flags.strings('label-columns'),
          withNamespace: allNamespaces && req.type.namespaced,
          kindPrefix: several ? kindWithGroup(req.type) : undefined,
          noHeaders: cc.flags.bool('no-headers'),
        }),
      );
    }
    const text = joinKindGroups(groups, { noHeaders: cc.flags.bool('no-headers') });
    if (text) cc.out(text);
    else if (errors.length === 0 && !cc.flags.bool('ignore-not-found')) {
      // "in <ns> namespace" only when every type asked for is namespaced and -A was not given.
      const namespaced = !allNamespaces && requests.every((r) => r.type.namespaced);
      cc.err(namespaced ? `No resources found in ${cc.namespace} namespace.\n` : 'No resources found\n');
    }
    reportErrors();
  },
};

interface Fetched {
  readonly requests: readonly ResourceRequest[];
  readonly results: { req: ResourceRequest; objects: KubeObject[] }[];
  /** One object was asked for: `-o yaml` prints it alone rather than in a List. */
  readonly single: boolean;
}

/** The objects the arguments name or select, request by request. */
function fromArgs(cc: CommandContext, allNamespaces: boolean, errors: unknown[]): Fetched {
  const requests = parseResourceArgs(cc.args);
  checkNamedRequests(cc, requests, allNamespaces);
  const results: Fetched['results'] = [];
  for (const req of requests) {
    try {
      results.push({ req, objects: fetchObjects(cc, req, allNamespaces, errors) });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      errors.push(e);
    }
  }
  return { requests, results, single: requests.length === 1 && requests[0].names.length === 1 };
}

/**
 * What kubectl's table path sees: a list request is one result even when empty, a named object
 * one only when found; consecutive results of a type share a printer, so one table.
 */
function tableInfos(results: Fetched['results']): Fetched['results'] {
  const infos: Fetched['results'] = [];
  for (const r of results) {
    if (r.req.names.length && r.objects.length === 0) continue;
    const last = infos[infos.length - 1];
    if (last && last.req.type === r.req.type) infos[infos.length - 1] = { req: last.req, objects: [...last.objects, ...r.objects] };
    else infos.push(r);
  }
  return infos;
}

/** `get -f FILE`: the live objects of the file's documents, consecutive ones of a kind together. */
function fromFiles(cc: CommandContext, errors: unknown[]): Fetched {
  if (cc.args.length) throw new CommandError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
  const objects = objectsFromFiles(cc, { fail: (e) => errors.push(e) });
  const results: Fetched['results'] = [];
  for (const obj of objects) {
    const last = results[results.length - 1];
    if (last && last.req.type.kind === obj.kind) last.objects.push(obj);
    else results.push({ req: { type: mustResourceType(obj.kind!), names: [obj.metadata.name!] }, objects: [obj] });
  }
  return { requests: results.map((r) => r.req), results, single: cc.flags.strings('filename').length === 1 && objects.length + errors.length === 1 };
}

/** `-o jsonpath|custom-columns|name|yaml|json`: one object when one was named, else a List. */
function printGeneric(cc: CommandContext, output: string, template: string, all: readonly KubeObject[], single: boolean): void {
  if (output === 'jsonpath') {
    const root = single && all.length === 1 ? sortKeys(all[0]) : { apiVersion: 'v1', items: all.map(sortKeys), kind: 'List', metadata: { resourceVersion: '' } };
    try {
      cc.out(renderTemplate(template, root));
    } catch (e) {
      throw new CommandError(`error executing jsonpath ${JSON.stringify(template)}: ${(e as Error).message}`);
    }
  } else if (output === 'custom-columns') {
    if (all.length) cc.out(customColumns(template, all, cc.flags.bool('no-headers')));
  } else if (output === 'name') {
    for (const o of all) cc.out(`${objectName(o)}\n`);
  } else if (output === 'yaml') {
    cc.out(objectsToYaml(all, single));
  } else if (output === 'json') {
    cc.out(objectsToJson(all, single));
  }
}
