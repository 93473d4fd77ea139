/** `kubectl create namespace NAME` (alias `ns`): a bare Namespace, `namespace/NAME created`. */
import { KubeObject } from '../../api/types';
import { Command } from '../context';
import { objectName, objectsToJson, objectsToYaml } from '../output';
import { LAST_APPLIED, dryRunFlag, dryRunSuffix } from './apply';
import { nameFromArgs } from './createDeployment';
import { sortedJSON } from '../../manifests/decode';

export const createNamespaceCommand: Command = {
  name: 'namespace',
  aliases: ['ns'],
  flags: [
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'save-config', type: 'bool' },
    { name: 'validate', type: 'string', noOptDefault: 'strict' },
    { name: 'field-manager', type: 'string' },
  ],
  run(cc) {
    const name = nameFromArgs(cc);
    const dryRun = dryRunFlag(cc);
    let ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
    if (cc.flags.bool('save-config')) ns.metadata.annotations = { [LAST_APPLIED]: sortedJSON(ns) + '\n' };
    // An API error (AlreadyExists, Invalid) is kubectl's error as the server wrote it.
    if (dryRun !== 'client') ns = cc.cluster.api.create(ns, { dryRun: dryRun === 'server' });
    const output = cc.flags.string('output');
    if (output === 'yaml') cc.out(objectsToYaml([ns], true));
    else if (output === 'json') cc.out(objectsToJson([ns], true));
    else if (output === 'name') cc.out(`${objectName(ns)}\n`);
    else cc.out(`${objectName(ns)} created${dryRunSuffix(dryRun)}\n`);
  },
};
