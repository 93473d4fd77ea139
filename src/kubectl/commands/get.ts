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
import { parseResourceArgs, ResourceRequest } from '../resources';
import { objectName, objectsToJson, objectsToYaml, sortKeys } from '../output';
import { renderTemplate } from '../print/jsonpath';
import { customColumns, sortByPath } from '../print/customColumns';
import { kindWithGroup } from '../../api/kinds';
import { FieldSelector, parseFieldSelector } from '../../api/fieldSelector';
import { warnAbout } from '../warnings';

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

/** Objects of a request: the named ones (NotFound reported, the rest kept) or all that match. */
export function fetchObjects(cc: CommandContext, req: ResourceRequest, allNamespaces: boolean): KubeObject[] {
  const { api } = cc.cluster;
  const t = req.type;
  const ns = t.namespaced ? cc.namespace : undefined;
  warnAbout(cc, t.kind);
  if (req.names.length) {
    const found: KubeObject[] = [];
    for (const name of req.names) {
      const obj = api.tryGet(t.kind, ns, name);
      if (obj) found.push(obj);
      else if (!cc.flags.bool('ignore-not-found')) cc.fail(apiErrors.notFound(t.resource, t.group, name));
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
  ],
  run(cc) {
    if (cc.args.length === 0) {
      throw new CommandError(
        'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples',
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
    const allNamespaces = cc.flags.bool('all-namespaces');
    const requests = parseResourceArgs(cc.args);
    // The builder visits a selector first and refuses names beside it (visitBySelector).
    if (cc.flags.has('selector') && requests.some((r) => r.names.length)) {
      throw new CommandError(
        cc.args.some((a) => a.includes('/')) ? 'selectors and the all flag cannot be used when passing resource/name arguments' : 'name cannot be provided when a selector is specified',
      );
    }
    const single = requests.length === 1 && requests[0].names.length === 1;
    const results: { req: ResourceRequest; objects: KubeObject[] }[] = [];
    if (output === 'custom-columns' && !template) throw new CommandError('custom-columns format specified but no custom columns given');
    for (const req of requests) {
      try {
        results.push({ req, objects: fetchObjects(cc, req, allNamespaces) });
      } catch (e) {
        if (e instanceof StatusError) cc.fail(e);
        else throw e;
      }
    }
    if (cc.flags.has('sort-by')) for (const r of results) r.objects = sortByPath(r.objects, cc.flags.string('sort-by'));
    const all = results.flatMap((r) => r.objects);
    if (output === 'jsonpath') {
      const root = single && all.length === 1 ? sortKeys(all[0]) : { apiVersion: 'v1', items: all.map(sortKeys), kind: 'List', metadata: { resourceVersion: '' } };
      try {
        cc.out(renderTemplate(template, root));
      } catch (e) {
        throw new CommandError(`error executing jsonpath ${JSON.stringify(template)}: ${(e as Error).message}`);
      }
      return;
    }
    if (output === 'custom-columns') {
      if (all.length) cc.out(customColumns(template, all, cc.flags.bool('no-headers')));
      return;
    }
    if (output === 'name') {
      for (const o of all) cc.out(`${objectName(o)}\n`);
      return;
    }
    if (output === 'yaml') {
      if (all.length || !single) cc.out(objectsToYaml(all, single));
      return;
    }
    if (output === 'json') {
      if (all.length || !single) cc.out(objectsToJson(all, single));
      return;
    }
    const now = cc.cluster.runtime.now();
    const several = requests.length > 1 || cc.flags.bool('show-kind');
    const groups: string[] = [];
    for (const { req, objects } of results) {
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
    else if (all.length === 0 && !requests.some((r) => r.names.length)) {
      // kubectl says "in <ns> namespace" even for cluster-scoped kinds when nothing came back.
      cc.err(allNamespaces ? 'No resources found\n' : `No resources found in ${cc.namespace} namespace.\n`);
    }
  },
};
