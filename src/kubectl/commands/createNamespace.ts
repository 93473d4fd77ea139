/** `kubectl create namespace NAME` (alias `ns`): a bare Namespace, `namespace/NAME created`. */
import { KubeObject } from '../../api/types';
import { Command } from '../context';
import { LAST_APPLIED, dryRunFlag } from './apply';
import { GENERATOR_FLAGS, printGenerated } from './generated';
import { nameFromArgs } from './createDeployment';
import { sortedJSON } from '../../manifests/decode';

export const createNamespaceCommand: Command = {
  name: 'namespace',
  aliases: ['ns'],
  flags: GENERATOR_FLAGS,
  run(cc) {
    const name = nameFromArgs(cc);
    const dryRun = dryRunFlag(cc);
    let ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
    if (cc.flags.bool('save-config')) ns.metadata.annotations = { [LAST_APPLIED]: sortedJSON(ns) + '\n' };
    // An API error (AlreadyExists, Invalid) is kubectl's error as the server wrote it.
    if (dryRun !== 'client') ns = cc.cluster.api.create(ns, { dryRun: dryRun === 'server' });
    printGenerated(cc, ns, dryRun);
  },
};
