/**
 * `kubectl expose TYPE NAME` (or `-f FILE`): a Service over the pods an object selects, on the
 * object's port unless `--port` says otherwise. Prints `service/NAME exposed`; refusals read as
 * kubectl's (`couldn't retrieve selectors via --selector flag or introspection: ...`).
 */
import { KubeObject } from '../../api/types';
import { apiErrors } from '../../api/status';
import { resolveType, sortedJSON } from '../../manifests/decode';
import { parseManifests } from '../../manifests/parse';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { objectName, objectsToJson, objectsToYaml } from '../output';
import { parseResourceArgs } from '../resources';
import { dryRunFlag, dryRunSuffix, readSource, LAST_APPLIED } from './apply';
import { cannotExpose, makeLabels, mapBasedSelector, portsFor, protocolsFor } from '../expose/introspect';
import { buildService } from '../expose/generate';

const NAME_MAX = 63;

/** The objects named on the command line (fetched) or in files (as written there). */
function objectsToExpose(cc: CommandContext): KubeObject[] {
  const files = cc.flags.strings('filename');
  if (files.length) {
    const out: KubeObject[] = [];
    for (const f of files) {
      for (const doc of parseManifests(readSource(cc, f), f)) {
        resolveType(doc.object, f, cc.cluster.api.minor);
        out.push(doc.object as KubeObject);
      }
    }
    return out;
  }
  if (cc.args.length === 0) {
    throw new CommandError(`You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
  }
  const out: KubeObject[] = [];
  for (const req of parseResourceArgs(cc.args)) {
    if (req.names.length === 0) throw new CommandError('resource(s) were provided, but no name was specified');
    const ns = req.type.namespaced ? cc.namespace : undefined;
    for (const name of req.names) {
      const obj = cc.cluster.api.tryGet(req.type.kind, ns, name);
      if (!obj) throw apiErrors.notFound(req.type.resource, req.type.group, name);
      out.push(obj);
    }
  }
  return out;
}

function groupOf(obj: KubeObject): string {
  const v = obj.apiVersion ?? '';
  return v.includes('/') ? v.slice(0, v.indexOf('/')) : '';
}

function expose(cc: CommandContext, obj: KubeObject): void {
  const refused = cannotExpose(obj.kind ?? '', groupOf(obj));
  if (refused) throw new CommandError(refused);
  const flag = (name: string) => cc.flags.string(name);
  let selector = flag('selector');
  if (!selector) {
    try {
      selector = mapBasedSelector(obj);
    } catch (e) {
      throw new CommandError(`couldn't retrieve selectors via --selector flag or introspection: ${(e as Error).message}`);
    }
  }
  let port = flag('port');
  let ports = '';
  if (!port) {
    const found = portsFor(obj);
    if (found.length === 0 && flag('cluster-ip') !== 'None') throw new CommandError("couldn't find port via --port flag or introspection");
    if (found.length === 1) port = found[0];
    else ports = found.join(',');
  }
  const defaultName = (obj.metadata?.name ?? '').slice(0, NAME_MAX);
  let svc: KubeObject;
  try {
    svc = buildService({
      name: flag('name') || defaultName,
      selector,
      labels: flag('labels') || makeLabels(obj.metadata?.labels),
      port,
      ports,
      protocol: flag('protocol'),
      protocols: protocolsFor(obj),
      targetPort: flag('target-port') || flag('container-port'),
      type: flag('type'),
      externalIP: flag('external-ip'),
      loadBalancerIP: flag('load-balancer-ip'),
      sessionAffinity: flag('session-affinity'),
      clusterIP: flag('cluster-ip'),
    });
  } catch (e) {
    throw new CommandError((e as Error).message);
  }
  const dryRun = dryRunFlag(cc);
  const output = flag('output');
  if (dryRun === 'client') {
    if (cc.namespaceGiven) svc.metadata.namespace = cc.namespace;
    // kubectl 1.34 omits the zero creationTimestamp (`omitzero`); earlier ones printed `null`.
    print(cc, svc, output, dryRun);
    return;
  }
  if (cc.flags.bool('save-config')) {
    svc.metadata.annotations = { [LAST_APPLIED]: sortedJSON(svc) + '\n' };
  }
  svc.metadata.namespace = cc.namespace;
  const created = cc.cluster.api.create(svc, { dryRun: dryRun === 'server' });
  print(cc, created, output, dryRun);
}

function print(cc: CommandContext, svc: KubeObject, output: string, dryRun: ReturnType<typeof dryRunFlag>): void {
  if (output === 'yaml') cc.out(objectsToYaml([svc], true));
  else if (output === 'json') cc.out(objectsToJson([svc], true));
  else if (output === 'name') cc.out(`${objectName(svc)}\n`);
  else if (output) throw new CommandError(`unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
  else cc.out(`${objectName(svc)} exposed${dryRunSuffix(dryRun)}\n`);
}

export const exposeCommand: Command = {
  name: 'expose',
  flags: [
    { name: 'protocol', type: 'string' },
    { name: 'port', type: 'string' },
    { name: 'type', type: 'string' },
    { name: 'load-balancer-ip', type: 'string' },
    { name: 'selector', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'target-port', type: 'string' },
    { name: 'container-port', type: 'string' },
    { name: 'external-ip', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'session-affinity', type: 'string' },
    { name: 'cluster-ip', type: 'string' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'save-config', type: 'bool' },
    { name: 'record', type: 'bool' },
    { name: 'field-manager', type: 'string' },
  ],
  run(cc) {
    if (cc.flags.has('container-port')) {
      cc.err('Flag --container-port has been deprecated, --container-port will be removed in the future, please use --target-port instead\n');
    }
    for (const obj of objectsToExpose(cc)) expose(cc, obj);
  },
};
